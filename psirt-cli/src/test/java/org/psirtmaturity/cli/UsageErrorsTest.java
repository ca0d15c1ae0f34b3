package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psirtmaturity.cli.CliTest.run;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psirtmaturity.cli.CliTest.Run;

/** Usage errors and internal errors: one message of ours, in the run's language, never Java's or picocli's own text. */
class UsageErrorsTest {

    static final String FILE = CliTest.EXAMPLES + "within-band.json";

    /** Asserts a usage error: exit 2, our message, the hint to --help, nothing of Java or picocli. */
    static void assertUsageError(Run r, String... expected) {
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("psirt: ").contains(expected);
        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.err()).doesNotContain("Exception", "java.", "Invalid value for", "Unknown option", "Missing required",
                "Usage:", "\tat ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "score|--target|2,5-3|invalid value for option --target: \"2,5-3\"; expected MIN-MAX with 0 <= MIN <= MAX <= 5, e.g. 2.5-3.0; write decimals with a point, not a comma",
        "score|--target|3-2|invalid value for option --target: \"3-2\"; expected MIN-MAX with 0 <= MIN <= MAX <= 5, e.g. 2.5-3.0",
        "score|--target|x|invalid value for option --target: \"x\"; expected MIN-MAX",
        "score|--target|2.5-6|invalid value for option --target: \"2.5-6\"",
        "score|--target|1e1-2|invalid value for option --target: \"1e1-2\"",
        "score|--width|abc|invalid value for option --width: \"abc\"; expected a whole number of columns from 60 to 1000",
        "score|--width|59|invalid value for option --width: \"59\"",
        "score|--width|99999999999|invalid value for option --width: \"99999999999\"",
        "score|--format|pdf|invalid value for option --format: \"pdf\"; expected text, markdown, json or html",
        "score|--lang|fr|invalid value for option --lang: \"fr\"; expected ja or en",
        "validate|--format|html|invalid value for option --format: \"html\"; expected text or json",
        "rubric|--format|md|invalid value for option --format: \"md\"; expected text or json",
        "rubric|--width|20|invalid value for option --width: \"20\"",
    })
    void badOptionValues_sayWhatWasExpected(String command, String option, String value, String expected) {
        Run r = command.equals("rubric") ? run(command, option, value) : run(command, FILE, option, value);
        assertUsageError(r, expected, "See \"psirt " + command + " --help\" for the options.");
    }

    @Test
    void decimalComma_inJapanese() {
        Run r = run("score", FILE, "--target", "2,5-3", "--lang", "ja");
        assertUsageError(r, "オプション --target の値「2,5-3」は使えません。指定できる値：", "小数点にはカンマではなくピリオドを使ってください",
                "オプションの一覧は「psirt score --help」で確認できます。");
    }

    @Test
    void otherUsageErrors_areWordedToo() {
        assertUsageError(run("score"), "psirt: missing argument: FILE");
        assertUsageError(run("score", FILE, "--lang"), "psirt: option --lang needs a value: ja or en");
        assertUsageError(run("frobnicate"), "psirt: unknown option or argument: frobnicate", "See \"psirt --help\"");
        assertUsageError(run("score", FILE, "--frobnicate"), "unknown option or argument: --frobnicate");
        assertUsageError(run("score", FILE, "other.json"), "unknown option or argument: other.json");
        assertUsageError(run("score", FILE, "--lang", "en", "--lang", "ja"), "option --lang is given more than once");
        assertUsageError(run("compare", FILE), "missing argument: NEW");
        assertUsageError(run("score", FILE, "--lang", "ja", "--width", "x"), "オプション --width の値「x」は使えません。指定できる値：60〜1000 の整数");
        assertUsageError(run("score", "--lang=ja"), "引数 FILE がありません");
    }

    @Test
    void internalErrors_areOneLineWithExitFour() {
        StringWriter s = new StringWriter();
        PrintWriter err = new PrintWriter(s, true);
        int code = PsirtCli.ExceptionHandler.handle(new IllegalStateException("broken\nsecond line"), err, Texts.of(Language.en));
        assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(s.toString()).isEqualTo("psirt: internal error (please report it): java.lang.IllegalStateException: broken\n");

        s.getBuffer().setLength(0);
        code = PsirtCli.ExceptionHandler.handle(new OutOfMemoryError("Java heap space"), err, Texts.of(Language.ja));
        assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(s.toString()).isEqualTo("psirt: メモリが不足しました（java.lang.OutOfMemoryError: Java heap space）。-Xmx で Java のメモリを増やしてください\n");

        s.getBuffer().setLength(0);
        code = PsirtCli.ExceptionHandler.handle(new CliException(ExitCodes.IO_ERROR, "cannot read x: no such file"), err, Texts.of(Language.en));
        assertThat(code).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(s.toString()).isEqualTo("psirt: cannot read x: no such file\n");
    }

    @Test
    void texts_replacePlaceholdersInOnePass() {
        Texts t = Texts.of(Language.en);
        assertThat(t.format("io.cannotRead", "{1}", "x")).isEqualTo("cannot read {1}: x");
    }
}
