package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command, {@code java -jar target/psirt.jar}, in child processes: signals sent to a
 * running {@code batch}, named pipes, a full device and a closed pipe as standard output, and inputs
 * larger than the document limit under a small heap. Runs after {@code package} (failsafe).
 */
class PsirtProcessIT {

    static final Path JAR = Path.of(System.getProperty("psirt.jar", "target/psirt.jar")).toAbsolutePath();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final String EXAMPLE = Path.of("../examples/within-band.json").toAbsolutePath().toString();
    static final String EXISTING = "{\"line\":1,\"format\":\"the reports of an earlier run\"}\n";
    static final long TIMEOUT_SECONDS = 60;

    static String assessmentLine;

    @TempDir
    Path dir;

    Path out;

    @BeforeAll
    static void requireJar() throws IOException {
        assertThat(JAR).as("the packaged command (mvn package)").exists();
        assessmentLine = Files.readString(Path.of(EXAMPLE)).replace("\n", "") + "\n";
    }

    @BeforeEach
    void existingOut() throws IOException {
        out = dir.resolve("reports.jsonl");
        Files.writeString(out, EXISTING);
    }

    /** A {@code psirt} process with the given arguments, the C locale, and its standard error in a file. */
    private ProcessBuilder psirt(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeAll(Language.LOCALE_VARIABLES);
        pb.environment().put("LANG", "C");
        pb.redirectError(dir.resolve("stderr-" + System.nanoTime() + ".txt").toFile());
        return pb;
    }

    private ProcessBuilder psirt(String... args) {
        return psirt(List.of(), args);
    }

    private static String stderr(ProcessBuilder pb) throws IOException {
        return Files.readString(pb.redirectError().file().toPath(), StandardCharsets.UTF_8);
    }

    private static int waitFor(Process p) throws InterruptedException {
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("psirt did not end within " + TIMEOUT_SECONDS + " s");
        }
        return p.exitValue();
    }

    /** The temporary files of OUT in the directory ({@code .reports.jsonl.*.tmp}). */
    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".reports.jsonl.")).toList();
        }
    }

    /** Waits until the batch has written a report to its temporary file: it is running, OUT untouched. */
    private void awaitFirstReport() throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < end) {
            List<Path> temporary = temporaryFiles();
            if (temporary.size() == 1 && Files.size(temporary.get(0)) > 0) {
                assertThat(Files.readString(temporary.get(0))).startsWith("{\"line\":1,\"format\":\"psirt-score-report/1\"");
                assertThat(Files.readString(out)).isEqualTo(EXISTING);
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no report in a temporary file beside OUT within " + TIMEOUT_SECONDS + " s: " + temporaryFiles());
    }

    private void assertOutUnchangedAndNoTemporaryFile(ProcessBuilder pb) throws IOException {
        assertThat(Files.readString(out)).isEqualTo(EXISTING);
        assertThat(temporaryFiles()).isEmpty();
        assertThat(stderr(pb)).isEqualTo("psirt batch: interrupted; reports.jsonl was left as it was and the temporary file was removed\n");
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        Assumptions.assumeTrue(waitFor(mkfifo) == 0, "mkfifo is not available");
        return fifo;
    }

    /** Opens a named pipe for writing; the open waits for the reader, so it runs with a time limit. */
    private static OutputStream openForWriting(Path fifo) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return (OutputStream) new FileOutputStream(fifo.toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void batch_interruptedBySigterm_leavesAnExistingOutAsItWas() throws Exception {
        ProcessBuilder pb = psirt("batch", "-", out.getFileName().toString());
        Process p = pb.start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write((assessmentLine + assessmentLine).getBytes(StandardCharsets.UTF_8));
            stdin.flush(); // the pipe stays open: the batch waits for more
            awaitFirstReport();
            // SIGTERM, as Process.destroy() sends it, without closing the pipe as Process.destroy() also does: an end
            // of input together with the signal would let the batch end normally first
            assertThat(p.toHandle().destroy()).isTrue();
            assertThat(waitFor(p)).isEqualTo(128 + 15);
        }
        assertOutUnchangedAndNoTemporaryFile(pb);
    }

    @Test
    void batch_interruptedBySigint_onANamedPipe_leavesAnExistingOutAsItWas() throws Exception {
        String ignored = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("SigIgn:")).findFirst()
                .orElse("SigIgn: 0").replaceAll("SigIgn:\\s*", "");
        Assumptions.assumeTrue((Long.parseUnsignedLong(ignored, 16) & 0x2) == 0,
                "SIGINT is ignored by this process, and so by its children (a background job of a shell without job control)");
        Path fifo = fifo("in.fifo");
        ProcessBuilder pb = psirt("batch", fifo.getFileName().toString(), out.getFileName().toString());
        Process p = pb.start();
        try (OutputStream writer = openForWriting(fifo)) {
            writer.write(assessmentLine.getBytes(StandardCharsets.UTF_8));
            writer.flush();
            awaitFirstReport();
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
            assertThat(waitFor(kill)).isZero();
            assertThat(waitFor(p)).isEqualTo(128 + 2);
        }
        assertOutUnchangedAndNoTemporaryFile(pb);
    }

    @Test
    void batch_readsANamedPipeToItsEnd() throws Exception {
        Path fifo = fifo("in.fifo");
        ProcessBuilder pb = psirt("batch", fifo.getFileName().toString(), out.getFileName().toString());
        Process p = pb.start();
        try (OutputStream writer = openForWriting(fifo)) {
            writer.write((assessmentLine + "\n" + assessmentLine).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(waitFor(p)).as(stderr(pb)).isZero();
        assertThat(stderr(pb)).isEqualTo("psirt batch: 3 lines read: 2 scored, 0 failed, 1 blank\n");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("{\"line\":3,\"format\":\"psirt-score-report/1\"");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void batch_refusesAnOutThatIsItsStandardInput() throws Exception {
        ProcessBuilder pb = psirt("batch", "-", out.getFileName().toString()).redirectInput(out.toFile());
        assertThat(waitFor(pb.start())).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr(pb)).isEqualTo("psirt: OUT reports.jsonl is the same file as IN <stdin>: the reports would overwrite the "
                + "assessments; write them to another file\n");
        assertThat(Files.readString(out)).isEqualTo(EXISTING);
    }

    @Test
    void everyCommand_exitsThree_whenStandardOutputIsAFullDevice() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
        Files.writeString(dir.resolve("in.jsonl"), assessmentLine);
        List<String[]> commands = List.of(
                new String[] {"score", EXAMPLE},
                new String[] {"score", EXAMPLE, "--format", "html"},
                new String[] {"validate", EXAMPLE},
                new String[] {"compare", EXAMPLE, EXAMPLE, "--format", "json"},
                new String[] {"template"},
                new String[] {"rubric"},
                new String[] {"batch", "in.jsonl"},
                new String[] {"export", "cyclonedx", EXAMPLE},
                new String[] {"export", "ciso-assistant"},
                new String[] {"--help"},
                new String[] {"--version"});
        List<ProcessBuilder> builders = new ArrayList<>();
        List<Process> processes = new ArrayList<>();
        for (String[] args : commands) {
            ProcessBuilder pb = psirt(args).redirectOutput(full);
            builders.add(pb);
            processes.add(pb.start());
        }
        for (int i = 0; i < processes.size(); i++) {
            String command = String.join(" ", commands.get(i));
            assertThat(waitFor(processes.get(i))).as(command).isEqualTo(ExitCodes.IO_ERROR);
            assertThat(stderr(builders.get(i))).as(command).endsWith("psirt: cannot write standard output: no space left on the device\n")
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void aClosedPipe_asStandardOutput_isAnError() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            many.append(assessmentLine); // about 8 KiB of report each: more than a pipe holds
        }
        Files.writeString(dir.resolve("in.jsonl"), many);
        List<String[]> commands = List.of(new String[] {"rubric", "--format", "json"}, new String[] {"batch", "in.jsonl"},
                new String[] {"score", EXAMPLE, "--format", "html"});
        for (String[] args : commands) {
            ProcessBuilder pb = psirt(args);
            Process p = pb.start();
            p.getInputStream().close(); // the reader goes away before the command writes
            String command = String.join(" ", args);
            assertThat(waitFor(p)).as(command).isEqualTo(ExitCodes.IO_ERROR);
            assertThat(stderr(pb)).as(command).endsWith("psirt: cannot write standard output: the reading end of the pipe was closed\n")
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void inputsBeyondTheDocumentLimit_getTheSizeProblem_underASmallHeap() throws Exception {
        Path big = dir.resolve("big.json");
        try (OutputStream o = Files.newOutputStream(big)) {
            o.write("{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"sisac-psirt-maturity-sheet\",\"edition\":\"1.0\"},\"answers\":[],\"extensions\":{\"x\":\""
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] block = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 80; i++) { // 5 MiB
                o.write(block);
            }
            o.write("\"}}".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.size(big)).isGreaterThan(4L * 1024 * 1024);
        record Case(String name, String[] args, File stdin) {
        }
        List<Case> cases = List.of(
                new Case("score of a 5 MiB file", new String[] {"score", "big.json"}, null),
                new Case("score of /dev/zero", new String[] {"score", "/dev/zero"}, null),
                new Case("validate of an endless standard input", new String[] {"validate", "-"}, new File("/dev/zero")),
                new Case("compare", new String[] {"compare", "big.json", EXAMPLE}, null),
                new Case("export cyclonedx", new String[] {"export", "cyclonedx", "big.json"}, null));
        for (Case c : cases) {
            Path stdout = dir.resolve("stdout.txt");
            ProcessBuilder pb = psirt(List.of("-Xmx64m"), c.args()).redirectOutput(stdout.toFile());
            if (c.stdin() != null) {
                pb.redirectInput(c.stdin());
            }
            assertThat(waitFor(pb.start())).as(c.name()).isEqualTo(ExitCodes.INVALID_INPUT);
            String printed = Files.readString(stdout) + stderr(pb); // validate prints the problems on standard output
            assertThat(printed).as(c.name()).contains("error: the document is larger than 4194304 bytes", "[json.limit.document-size]")
                    .doesNotContain("OutOfMemoryError", "Exception", "\tat ");
        }
    }

    @Test
    void theEnvironmentChoosesTheLanguage_whateverJavaThinks() throws Exception {
        ProcessBuilder pb = psirt(List.of("-Duser.language=en", "-Duser.country=US"), "score", "no-such-file.json");
        pb.environment().put("LANG", "ja_JP.UTF-8"); // whether or not the machine has the locale installed
        assertThat(waitFor(pb.start())).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(stderr(pb)).isEqualTo("psirt: no-such-file.json を読み込めません：ファイルが存在しません\n");
        ProcessBuilder c = psirt(List.of("-Duser.language=ja"), "score", "no-such-file.json");
        c.environment().putAll(Map.of("LANG", "ja_JP.UTF-8", "LC_ALL", "C"));
        assertThat(waitFor(c.start())).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(stderr(c)).isEqualTo("psirt: cannot read no-such-file.json: no such file\n");
    }
}
