package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.json.AssessmentJson;

class CliTest {

    /** What one run of the command printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = PsirtCli.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), bytes,
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out + bytes.toString(StandardCharsets.UTF_8), err.toString());
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    static final String EXAMPLES = "../examples/";

    @ParameterizedTest
    @CsvSource({"ja,text", "ja,markdown", "ja,json", "ja,html", "en,text", "en,markdown", "en,json", "en,html"})
    void score_printsTheReportInEveryFormatAndLanguage(String lang, String format) {
        Run r = run("score", EXAMPLES + "within-band.json", "--lang", lang, "--format", format);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Example Networks Inc.").contains("2.85");
    }

    @ParameterizedTest
    @ValueSource(strings = {"young-psirt.json", "within-band.json", "with-exclusions.json", "acme-2025-10.json", "acme-2026-04.json"})
    void score_textReportFitsEightyColumns(String example) {
        for (String lang : List.of("ja", "en")) {
            Run r = run("score", EXAMPLES + example, "--lang", lang);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out().lines()).allSatisfy(line -> assertThat(TextColumns.width(line)).as(line).isLessThanOrEqualTo(80));
        }
    }

    @Test
    void score_readsStandardInputAndWritesAFile(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of(EXAMPLES + "young-psirt.json"));
        Path out = dir.resolve("report.html");
        Run r = runWithInput(json, "score", "-", "--lang", "ja", "--format", "html", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("Kobayashi Devices");
    }

    @Test
    void score_invalidInputPrintsEveryProblemAndExitsOne() {
        String bad = "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"sisac-psirt-maturity-sheet\",\"edition\":\"1.0\"},"
                + "\"answers\":[{\"framework\":\"9.9\",\"level\":3},{\"framework\":\"2.1\",\"level\":7},{\"framework\":\"6.3\",\"level\":1}]}";
        Run r = runWithInput(bad, "score", "-", "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("<stdin>: answers[9.9]", "answer.framework.unknown", "answers[2.1].level", "answer.level.range",
                "answer.out-of-scope");
    }

    @Test
    void score_malformedJsonExitsOneWithThePlace() {
        Run r = runWithInput("{\"format\": ", "score", "-", "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).startsWith("<stdin>: ");
    }

    @Test
    void score_strictRejectsUndefinedLevels() {
        assertThat(run("score", EXAMPLES + "young-psirt.json", "--lang", "en").exit()).isZero();
        Run strict = run("score", EXAMPLES + "young-psirt.json", "--lang", "en", "--strict");
        assertThat(strict.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(strict.err()).contains("answers[4.4].level", "answers[5.4].level");
    }

    @Test
    void score_customTargetBandChangesTheStatus() {
        Run r = run("score", EXAMPLES + "within-band.json", "--lang", "en", "--format", "json", "--target", "3.0-4.0");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("BELOW");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("score").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("score", EXAMPLES + "within-band.json", "--format", "pdf").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("score", EXAMPLES + "within-band.json", "--lang", "fr").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("score", EXAMPLES + "within-band.json", "--target", "3-2").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("score", EXAMPLES + "within-band.json", "--target", "x").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void missingFileExitsThree() {
        Run r = run("score", "no-such-file.json");
        assertThat(r.exit()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(r.err()).contains("cannot read no-such-file.json: no such file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "validate", "compare", "template", "rubric", "batch"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: psirt " + command);
    }

    @Test
    void topLevelHelpDocumentsTheExitCodes() {
        Run r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Exit codes:", "1  invalid input", "2  usage error", "3  a file could not be read");
    }

    @Test
    void validate_printsProblemsOnly() {
        Run ok = run("validate", EXAMPLES + "young-psirt.json", "--lang", "en");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("warning: answers[4.4].level", "valid (2 warnings)");
        Run bad = runWithInput("{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"other\",\"edition\":\"9\"},\"answers\":[]}",
                "validate", "-", "--lang", "ja");
        assertThat(bad.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.out()).contains("error: rubric");
    }

    @Test
    void compare_showsImprovementsBetweenTwoDatedAssessments() {
        Run r = run("compare", EXAMPLES + "acme-2025-10.json", EXAMPLES + "acme-2026-04.json", "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1.22", "2.41");
        Run md = run("compare", EXAMPLES + "acme-2025-10.json", EXAMPLES + "acme-2026-04.json", "--lang", "ja", "--format", "markdown");
        assertThat(md.exit()).as(md.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void template_isABlankAssessmentThatReadsBack(String lang) {
        Run r = run("template", "--lang", lang);
        assertThat(r.exit()).isZero();
        Assessment blank = AssessmentJson.read(r.out());
        assertThat(blank.answers()).hasSize(27).allSatisfy(a -> {
            assertThat(a.answer()).isEqualTo(Answer.unanswered());
            assertThat(a.extensions()).containsKey(TemplateCommand.TITLE_KEY);
        });
        assertThat(blank.answers()).extracting(a -> a.framework()).doesNotContain("6.3");
        Run validate = runWithInput(r.out(), "validate", "-", "--lang", lang);
        assertThat(validate.exit()).isZero();
    }

    @Test
    void rubric_printsTextWithinEightyColumnsAndJson() throws Exception {
        for (String lang : List.of("ja", "en")) {
            Run text = run("rubric", "--lang", lang);
            assertThat(text.exit()).isZero();
            assertThat(text.out().lines()).allSatisfy(line -> assertThat(TextColumns.width(line)).as(line).isLessThanOrEqualTo(80));
            Run json = run("rubric", "--lang", lang, "--format", "json");
            assertThat(json.exit()).isZero();
            assertThat(topLevel(json.out(), "locale")).isEqualTo(lang);
            assertThat(topLevel(json.out(), "areas")).isEqualTo("6 elements");
            // the content digests of the bundled texts, as every earlier build computed them
            assertThat(topLevel(json.out(), "digest")).isEqualTo(lang.equals("ja")
                    ? "60e8ff6be27c5fdb1580534bd8005a2ebe1c31ec2e7aa57beaf5b0a7a06deff4"
                    : "ba3906516da83a4b0f808739926fc195526ae67f052e6b6b286f102603cc3376");
            // indented as every JSON format of the library is (RubricJson)
            assertThat(json.out()).startsWith("{\n  \"id\": \"sisac-psirt-maturity-sheet\",\n  \"edition\": \"1.0\",\n  \"locale\": \""
                    + lang + "\",\n").contains("\n  \"areas\": [\n    {\n      \"number\": 1,\n", "\"notes\": [ ],\n",
                    "\"citations\": [\n", "\"defined\": false,\n", "\"description\": null,\n")
                    .endsWith("\n    }\n  ]\n}\n");
        }
        assertThat(run("rubric", "--lang", "ja").out()).contains("2.1 脆弱性報告の受付", "6.3 診断チームのトレーニング ※対象外");
    }

    /**
     * A top-level property of the rubric's JSON (two-space indentation): a string's value, or the
     * number of an array's elements (for "areas", the area objects at the next level).
     */
    private static String topLevel(String json, String name) {
        if (name.equals("areas")) {
            return Pattern.compile("\n    \\{\n      \"number\": ").matcher(json).results().count() + " elements";
        }
        Matcher m = Pattern.compile("\n  \"" + name + "\": \"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void version_isPrinted() {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("psirt ");
    }
}
