package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@link ScoreShortcut} against picocli on generated argument lists: whatever the shortcut reads,
 * picocli reads too, into the same request.
 */
class ScoreShortcutProperties {

    /** Options, values and files, valid and not, in every spelling the two parsers might disagree on. */
    private static final List<String> WORDS = List.of(
            "--lang", "--lang=ja", "--lang=en", "--lang=JA", "--lang=fr", "--lang=", "ja", "en", "Ja", "fr",
            "--target", "--target=2.5-3.0", "--target=3-4", "2.5-3.0", "3.0-4.0", "x", "3-2", "-1-2",
            "--strict", "--require-complete", "--strict=true", "--no-strict",
            "-f", "--format", "--format=json", "--format=HTML", "-fjson", "-f=json", "text", "markdown", "json", "html", "TEXT",
            "Json", "pdf",
            "-o", "--out", "--out=report.txt", "report.txt", "dir/report.md",
            "--width", "--width=100", "80", "100", "080", "59", "1000000", "0x50", "+80",
            "-", "--", "-h", "--help", "-V", "--version", "@args.txt", "--bogus", "-x", "",
            "in.json", "other.json", "a=b.json", "score", "help", "\"quoted\".json", "日本語.json");

    private static ScoreRequest picocli(String[] args) {
        CommandLine cl = PsirtCli.commandLine(List.of("score"), new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        ParseResult parsed = cl.parseArgs(args);
        assertThat(parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()).isFalse();
        assertThat(parsed.hasSubcommand()).isTrue();
        assertThat(parsed.subcommand().isUsageHelpRequested() || parsed.subcommand().isVersionHelpRequested()).isFalse();
        return ((ScoreCommand) parsed.subcommand().commandSpec().userObject()).request();
    }

    @Provide
    Arbitrary<List<String>> arguments() {
        return Arbitraries.of(WORDS).list().ofMaxSize(7);
    }

    @Property(tries = 3000)
    void whatTheShortcutReads_picocliReadsAlike(@ForAll("arguments") List<String> words) {
        List<String> list = new ArrayList<>();
        list.add("score");
        list.addAll(words);
        String[] args = list.toArray(new String[0]);
        ScoreRequest quick = ScoreShortcut.parse(args);
        Statistics.collect(quick != null ? "read by the shortcut" : "left to picocli");
        Statistics.coverage(checker -> checker.check("read by the shortcut").percentage(p -> p >= 1));
        if (quick != null) {
            assertThat(picocli(args)).as(list.toString()).isEqualTo(quick);
        }
    }

    /** Each option of the score command, in the spellings the shortcut reads. */
    private static final List<List<List<String>>> OPTIONS = List.of(
            List.of(List.of("--lang", "ja"), List.of("--lang=en")),
            List.of(List.of("--target", "2.0-2.5"), List.of("--target=3-4"), List.of("--target", "x")),
            List.of(List.of("--strict")),
            List.of(List.of("--require-complete")),
            List.of(List.of("-f", "json"), List.of("--format", "HTML"), List.of("--format=markdown")),
            List.of(List.of("-o", "out.txt"), List.of("--out=x/y.md")),
            List.of(List.of("--width", "120"), List.of("--width=60"), List.of("--width", "10")));

    @Provide
    Arbitrary<List<List<String>>> validOptions() {
        return Arbitraries.of(OPTIONS).list().uniqueElements().ofMaxSize(OPTIONS.size()).flatMap(options -> {
            if (options.isEmpty()) {
                return Arbitraries.just(List.<List<String>>of());
            }
            List<Arbitrary<List<String>>> spellings = new ArrayList<>();
            for (List<List<String>> option : options) {
                spellings.add(Arbitraries.of(option));
            }
            return Combinators.combine(spellings).as(chosen -> chosen);
        });
    }

    @Property(tries = 300)
    void plainScoreCommandLines_areReadByTheShortcut(@ForAll("validOptions") List<List<String>> options,
            @ForAll("positions") int position) {
        List<List<String>> groups = new ArrayList<>(options);
        groups.add(Math.min(position, groups.size()), List.of("assessment.json"));
        List<String> list = new ArrayList<>();
        list.add("score");
        for (List<String> g : groups) {
            list.addAll(g);
        }
        String[] args = list.toArray(new String[0]);
        ScoreRequest quick = ScoreShortcut.parse(args);
        assertThat(quick).as(list.toString()).isNotNull().isEqualTo(picocli(args));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 12);
    }
}
