package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shorter start-up paths of {@link PsirtCli#main}: the score shortcut and a command line with
 * only the subcommand run behave as the full picocli command line does.
 */
class StartupPathsTest {

    record Run(int exit, String out, String err) {
    }

    private static final String EMPTY = "";
    private static final String MALFORMED = "{\"format\": ";

    private static String[] args(String line) {
        return line.isEmpty() ? new String[0] : line.split(" ");
    }

    private static Run picocli(List<String> subcommands, String stdin, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = PsirtCli.commandLine(subcommands, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), bytes,
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out + bytes.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static Run shortcut(String stdin, String[] args) {
        ScoreRequest request = ScoreShortcut.parse(args);
        assertThat(request).as(String.join(" ", args)).isNotNull();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PsirtCli.run(request, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "score ../examples/within-band.json",
        "score ../examples/within-band.json --lang ja",
        "score --lang=en ../examples/young-psirt.json -f markdown",
        "score ../examples/within-band.json --lang en --format json",
        "score ../examples/acme-2026-04.json --lang ja --format=HTML",
        "score ../examples/with-exclusions.json --lang en --width 100",
        "score ../examples/with-exclusions.json --lang ja --strict",
        "score ../examples/young-psirt.json --lang en --require-complete",
        "score ../examples/within-band.json --lang en --target 3.0-4.0",
        "score ../examples/within-band.json --lang en --target=9-1",
        "score ../examples/within-band.json --lang en --target x",
        "score ../examples/within-band.json --lang en --width 10",
        "score no-such-file.json --lang en",
        "score - --lang en"})
    void theShortcut_runsAsPicocliDoes(String line) {
        for (String stdin : List.of(EMPTY, MALFORMED)) {
            Run expected = picocli(PsirtCli.SUBCOMMANDS, stdin, args(line));
            assertThat(shortcut(stdin, args(line))).as(line).isEqualTo(expected);
        }
    }

    @Test
    void theShortcut_writesTheSameFile(@TempDir Path dir) throws Exception {
        Run viaPicocli = picocli(PsirtCli.SUBCOMMANDS, EMPTY, args("score ../examples/within-band.json --lang ja -o " + dir.resolve("a.txt")));
        Run viaShortcut = shortcut(EMPTY, args("score ../examples/within-band.json --lang ja -o " + dir.resolve("b.txt")));
        assertThat(viaShortcut).isEqualTo(viaPicocli);
        assertThat(Files.readString(dir.resolve("b.txt"))).isEqualTo(Files.readString(dir.resolve("a.txt"))).contains("Example Networks Inc.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "score", "score --help", "score -h", "score -V", "score ../examples/within-band.json extra",
        "score ../examples/within-band.json --bogus", "score ../examples/within-band.json --lang fr",
        "score ../examples/within-band.json --lang JA --format Json", "score ../examples/within-band.json -fjson --lang en",
        "score --", "validate ../examples/young-psirt.json --lang en", "validate --help", "compare --help",
        "compare ../examples/acme-2025-10.json ../examples/acme-2026-04.json --lang en", "template --lang ja", "template -x",
        "rubric --lang en -f json", "rubric --help", "batch --help", "batch", "help", "help score", "help nothing", "--help",
        "--version", "", "frobnicate", "SCORE ../examples/within-band.json", "scor ../examples/within-band.json"})
    void onlyTheNamedSubcommand_behavesAsTheFullCommandLine(String line) {
        Run full = picocli(PsirtCli.SUBCOMMANDS, EMPTY, args(line));
        assertThat(picocli(PsirtCli.subcommandsFor(args(line)), EMPTY, args(line))).as(line).isEqualTo(full);
    }

    @Test
    void subcommandsFor_buildsOnlyTheSubcommandNamedFirst() {
        assertThat(PsirtCli.subcommandsFor(args("score x.json"))).containsExactly("score");
        assertThat(PsirtCli.subcommandsFor(args("batch in.jsonl"))).containsExactly("batch");
        assertThat(PsirtCli.subcommandsFor(args("help score"))).isEqualTo(PsirtCli.SUBCOMMANDS);
        assertThat(PsirtCli.subcommandsFor(args("--help"))).isEqualTo(PsirtCli.SUBCOMMANDS);
        assertThat(PsirtCli.subcommandsFor(args("x.json score"))).isEqualTo(PsirtCli.SUBCOMMANDS);
        assertThat(PsirtCli.subcommandsFor(new String[0])).isEqualTo(PsirtCli.SUBCOMMANDS);
    }

    @Test
    void theShortcut_leavesEverythingUnusualToPicocli() {
        for (String line : List.of("score", "score --help", "score x.json -h", "score x.json --version", "score x.json --lang",
                "score x.json y.json", "score x.json --lang ja --lang en", "score x.json --strict --strict", "score @args.txt",
                "score x.json --lang JA", "score x.json --format Json", "score x.json --width 080", "score x.json --width=",
                "score x.json -fjson", "score x.json -- --strict", "score x.json --target -1-2", "score a=b.json",
                "validate x.json", "help score", "x.json score")) {
            assertThat(ScoreShortcut.parse(args(line))).as(line).isNull();
        }
        assertThat(ScoreShortcut.parse(args("score x.json"))).isEqualTo(new ScoreRequest("x.json", null, null, false, false,
                org.psirtmaturity.report.ReportFormat.TEXT, null, 80));
    }

    @Test
    void theShortcut_stepsAsideWhenPicocliIsConfigured() {
        String[] args = args("score x.json");
        System.setProperty("picocli.trace", "DEBUG");
        try {
            assertThat(ScoreShortcut.parse(args)).isNull();
        } finally {
            System.clearProperty("picocli.trace");
        }
        assertThat(ScoreShortcut.parse(args)).isNotNull();
    }
}
