package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psirtmaturity.cli.CliTest.Run;

/** {@code psirt batch} in the same JVM: line numbers, blank lines, and an OUT that is never destroyed. */
class BatchTest {

    @TempDir
    Path dir;

    Path in;
    Path out;
    String assessment;

    static final String EXISTING = "the previous reports\n";

    @BeforeEach
    void files() throws IOException {
        assessment = Files.readString(Path.of(CliTest.EXAMPLES + "within-band.json")).replace("\n", "");
        in = dir.resolve("in.jsonl");
        Files.writeString(in, assessment + "\n\n   \n{\"format\": 1}\n" + assessment + "\n");
        out = dir.resolve("out.jsonl");
        Files.writeString(out, EXISTING);
    }

    /** The files of the directory other than IN and OUT: a temporary file left behind would be one. */
    private List<Path> others() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.equals(in) && !p.equals(out)).toList();
        }
    }

    @Test
    void batch_numbersItsLinesAndCountsTheBlankOnes() throws IOException {
        Run r = CliTest.run("batch", in.toString(), out.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEqualTo("psirt batch: 5 lines read: 2 scored, 1 failed, 2 blank\n");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"line\":1,\"format\":\"psirt-score-report/1\"");
        assertThat(lines.get(1)).startsWith("{\"line\":4,\"problems\":[");
        assertThat(lines.get(2)).startsWith("{\"line\":5,\"format\":");
        assertThat(others()).isEmpty();
    }

    @Test
    void batch_replacesOut_keepingItsPermissions() throws IOException {
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        Files.writeString(in, assessment + "\n");
        Run r = CliTest.run("batch", in.toString(), out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("{\"line\":1,");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
        assertThat(others()).isEmpty();
    }

    @Test
    void batch_refusesAnOutThatIsIn_byNameOrThroughALink() throws IOException {
        Path hardLink = Files.createLink(dir.resolve("hard.jsonl"), in);
        Path symbolicLink = Files.createSymbolicLink(dir.resolve("symbolic.jsonl"), in);
        String before = Files.readString(in);
        for (Path same : List.of(in, dir.resolve(".").resolve("in.jsonl"), hardLink, symbolicLink)) {
            Run r = CliTest.run("batch", in.toString(), same.toString());
            assertThat(r.exit()).as(same.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).isEqualTo("psirt: OUT " + same + " is the same file as IN " + in
                    + ": the reports would overwrite the assessments; write them to another file\n");
            assertThat(Files.readString(in)).isEqualTo(before);
        }
        Run reversed = CliTest.run("batch", symbolicLink.toString(), in.toString(), "--lang", "ja");
        assertThat(reversed.err()).contains("は入力 " + symbolicLink + " と同じファイルです");
    }

    @Test
    void batch_leavesOutAsItWas_whenInCannotBeOpened() throws IOException {
        Run r = CliTest.run("batch", dir.resolve("missing.jsonl").toString(), out.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(r.err()).isEqualTo("psirt: cannot read " + dir.resolve("missing.jsonl") + ": no such file\n");
        assertThat(Files.readString(out)).isEqualTo(EXISTING);
        assertThat(others()).isEmpty();
    }

    @Test
    void batch_leavesOutAsItWas_whenReadingFailsHalfway() throws IOException {
        InputStream failing = new SequenceInputStream(new java.io.ByteArrayInputStream((assessment + "\n" + assessment + "\n")
                .getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("Input/output error");
                    }
                });
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit = PsirtCli.run(new String[] {"batch", "-", out.toString()}, failing, stdout, stderr, CliTest.C_LOCALE);
        assertThat(exit).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("psirt: cannot read <stdin>: Input/output error\n");
        assertThat(Files.readString(out)).isEqualTo(EXISTING);
        assertThat(others()).isEmpty();
    }

    @Test
    void batch_writesADeviceDirectly_andAFullDeviceIsAnError() {
        Run ok = CliTest.run("batch", in.toString(), "/dev/null");
        assertThat(ok.exit()).isEqualTo(ExitCodes.INVALID_INPUT); // one bad line
        assertThat(Path.of("/dev/null")).exists();
        if (Files.exists(Path.of("/dev/full"))) {
            Run full = CliTest.run("batch", in.toString(), "/dev/full");
            assertThat(full.exit()).isEqualTo(ExitCodes.IO_ERROR);
            assertThat(full.err()).isEqualTo("psirt: cannot write /dev/full: no space left on the device\n");
        }
    }

    @Test
    void batch_readsStandardInput_andWritesStandardOutput() {
        Run r = CliTest.runIn(Map.of("LANG", "ja_JP.UTF-8"), assessment + "\n\n", "batch", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("{\"line\":1,\"format\":\"psirt-score-report/1\"").endsWith("}\n");
        assertThat(r.err()).isEqualTo("psirt batch: 2 行を読み込みました（採点 1 行、エラー 0 行、空行 1 行）\n");
    }
}
