package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A standard output that cannot be written (a full device, a closed pipe) is an error of every
 * command: exit 3 and a message, never a silent success. The real devices and pipes are tested on
 * the packaged command in {@code PsirtProcessIT}.
 */
class OutputFailureTest {

    static final String FILE = CliTest.EXAMPLES + "within-band.json";

    /** A standard output that refuses every byte with the reason of a full device or a closed pipe. */
    static final class Refusing extends OutputStream {
        private final String reason;

        Refusing(String reason) {
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(reason);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException(reason);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "score " + FILE,
        "score " + FILE + " --format json",
        "score " + FILE + " --format html",
        "validate " + FILE,
        "validate " + FILE + " --format json",
        "compare " + CliTest.EXAMPLES + "acme-2025-10.json " + CliTest.EXAMPLES + "acme-2026-04.json",
        "template",
        "rubric",
        "rubric --format json",
        "batch -",
        "export cyclonedx",
        "export cyclonedx " + FILE,
        "export ciso-assistant",
        "--help",
        "score --help",
        "--version",
    })
    void everyCommand_exitsThreeWhenStandardOutputIsFull(String command) throws IOException {
        String stdin = command.startsWith("batch") ? java.nio.file.Files.readString(java.nio.file.Path.of(FILE)).replace("\n", "") + "\n" : "";
        for (String reason : new String[] {"No space left on device", "Broken pipe"}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = PsirtCli.run(command.split(" "), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new Refusing(reason),
                    err, CliTest.C_LOCALE);
            String message = err.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(command + ": " + message).isEqualTo(ExitCodes.IO_ERROR);
            assertThat(message).as(command).endsWith("psirt: cannot write standard output: "
                    + (reason.startsWith("No space") ? "no space left on the device" : "the reading end of the pipe was closed") + "\n")
                    .doesNotContain("Exception");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "batch"})
    void theMessageIsInTheRunsLanguage(String command) throws IOException {
        String stdin = java.nio.file.Files.readString(java.nio.file.Path.of(FILE)).replace("\n", "") + "\n";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PsirtCli.run(new String[] {command, "-", "--lang", "ja"}, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new Refusing("No space left on device"), err, CliTest.C_LOCALE);
        assertThat(exit).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("psirt: 標準出力 に書き込めません：デバイスの空き容量がありません\n");
    }
}
