package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplacingOutputTest {

    @TempDir
    Path dir;

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void commit_replacesTheTarget_andUntilThenItIsUntouched() throws IOException {
        Path target = Files.writeString(dir.resolve("out.txt"), "old");
        try (ReplacingOutput o = ReplacingOutput.open(target, () -> { })) {
            assertThat(o.temporary().getParent()).isEqualTo(dir);
            assertThat(o.temporary().getFileName().toString()).startsWith(".out.txt.").endsWith(".tmp");
            o.stream().write("new".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(target)).isEqualTo("old");
            o.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void close_withoutCommit_leavesTheTargetAndRemovesTheTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.txt"), "old");
        try (ReplacingOutput o = ReplacingOutput.open(target, () -> { })) {
            o.stream().write("half a li".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
        try (ReplacingOutput o = ReplacingOutput.open(dir.resolve("sub").resolve("new.txt"), () -> { })) {
            o.stream().write('x');
        }
        assertThat(dir.resolve("sub").resolve("new.txt")).doesNotExist();
    }

    @Test
    void aSymbolicLink_isFollowed_andStays() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        try (ReplacingOutput o = ReplacingOutput.open(link, () -> { })) {
            o.stream().write("new".getBytes(StandardCharsets.UTF_8));
            o.commit();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aDevice_isWrittenDirectly() throws IOException {
        try (ReplacingOutput o = ReplacingOutput.open(Path.of("/dev/null"), () -> { })) {
            assertThat(o.temporary()).isNull();
            o.stream().write("nothing".getBytes(StandardCharsets.UTF_8));
            o.commit();
        }
        assertThat(Path.of("/dev/null")).exists();
    }
}
