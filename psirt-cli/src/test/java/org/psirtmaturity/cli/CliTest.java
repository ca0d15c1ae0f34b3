package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.Level1Assessment;
import org.psirtmaturity.json.AssessmentJson;

class CliTest {

    /** What one run of the command printed and returned. */
    record Run(int exit, String out, String err) {
    }

    /** The environment of the runs: the C locale, so that the language is English unless --lang says otherwise. */
    static final Map<String, String> C_LOCALE = Map.of("LANG", "C");

    static Run runIn(Map<String, String> environment, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PsirtCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, environment);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run runWithInput(String stdin, String... args) {
        return runIn(C_LOCALE, stdin, args);
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
    void templateWorkbook_isRecognisedByItsContent_andReadsBackAsAValidAssessment(@TempDir Path dir) throws Exception {
        Path workbook = dir.resolve("questionnaire.data"); // no .xlsx name: the content says what it is
        Run template = run("template", "--format", "xlsx", "--lang", "ja", "-o", workbook.toString());
        assertThat(template.exit()).as(template.err()).isZero();
        assertThat(Files.size(workbook)).isPositive();
        Run validate = run("validate", workbook.toString(), "--lang", "en");
        assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).contains("valid (0 warnings)");
        Run score = run("score", workbook.toString(), "--lang", "en", "--format", "json");
        assertThat(score.exit()).isZero();
        assertThat(score.out()).contains("\"unanswered\": 27");
        Run noFile = run("template", "--format", "xlsx");
        assertThat(noFile.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFile.err()).contains("-o FILE");
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
        assertThat(r.err()).contains("<stdin>: error: answers[9.9].framework: ", "[answer.framework.unknown]", "<stdin>: error: answers[2.1].level: ",
                "[answer.level.range]", "[answer.out-of-scope]");
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
    @ValueSource(strings = {"score", "validate", "compare", "batch", "export cyclonedx"})
    void missingOrUnreadableInput_printsAMessageAndExitsThree(String command) throws IOException {
        Path dir = Files.createTempDirectory("psirt-cli-test");
        try {
            for (String input : List.of("no-such-file.json", dir.toString())) {
                List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
                args.add(input);
                if (command.equals("compare")) {
                    args.add(EXAMPLES + "within-band.json");
                }
                Run r = run(args.toArray(String[]::new));
                assertThat(r.exit()).as(command + " " + input).isEqualTo(ExitCodes.IO_ERROR);
                assertThat(r.err()).isEqualTo("psirt: cannot read " + input + ": "
                        + (input.equals(dir.toString()) ? "it is a directory" : "no such file") + "\n");
            }
        } finally {
            Files.delete(dir);
        }
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
        assertThat(r.out()).contains("Exit codes:", "1  invalid input", "2  usage error", "3  a file, or standard output, could not be read",
                "4  internal error", "130, 143  interrupted", "a failed or\ninterrupted run leaves an existing file as it was");
    }

    @Test
    void validate_printsProblemsOnly() {
        Run ok = run("validate", EXAMPLES + "young-psirt.json", "--lang", "en");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("warning: answers[4.4].level", "valid (2 warnings)");
        Run bad = runWithInput("{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"other\",\"edition\":\"9\"},\"answers\":[]}",
                "validate", "-", "--lang", "ja");
        assertThat(bad.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.out()).contains("<標準入力>: エラー: rubric.id: ");
    }

    @Test
    void compare_showsImprovementsBetweenTwoDatedAssessments() {
        Run r = run("compare", EXAMPLES + "acme-2025-10.json", EXAMPLES + "acme-2026-04.json", "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1.22", "2.41");
        Run md = run("compare", EXAMPLES + "acme-2025-10.json", EXAMPLES + "acme-2026-04.json", "--lang", "ja", "--format", "markdown");
        assertThat(md.exit()).as(md.err()).isZero();
    }

    @Test
    void compare_warnsWhenTheOrderOrTheOrganisationLooksWrong() {
        String older = EXAMPLES + "acme-2025-10.json";
        String newer = EXAMPLES + "acme-2026-04.json";
        assertThat(run("compare", older, newer).err()).isEmpty();
        Run swapped = run("compare", newer, older);
        assertThat(swapped.exit()).isZero();
        assertThat(swapped.err()).isEqualTo("psirt: warning: " + newer + " (the older assessment) is dated 2026-04-01, after " + older
                + " (the newer one, dated 2025-10-01); give the older assessment first\n");
        Run others = run("compare", older, EXAMPLES + "within-band.json", "--format", "json");
        assertThat(others.exit()).isZero();
        assertThat(others.err()).isEqualTo("psirt: warning: the assessments name different organizations: \"Acme Industrial Controls\" in "
                + older + ", \"Example Networks Inc.\" in " + EXAMPLES + "within-band.json\n");
        assertThat(others.out()).startsWith("{\n  \"format\": \"psirt-report-comparison/1\""); // standard output stays JSON
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void template_isACompleteStartingPointThatReadsBack(String lang) {
        Run r = run("template", "--lang", lang);
        assertThat(r.exit()).isZero();
        Assessment blank = AssessmentJson.read(r.out());
        assertThat(blank.answers()).hasSize(27).allSatisfy(a -> {
            assertThat(a.answer()).isEqualTo(Answer.unanswered());
            assertThat(a.extensions()).containsKey(TemplateCommand.TITLE_KEY);
        });
        assertThat(blank.answers()).extracting(a -> a.framework()).doesNotContain("6.3");
        // the context: placeholders that read back, and today's date
        AssessmentContext context = blank.context().orElseThrow();
        assertThat(context.organization()).contains(lang.equals("ja") ? "組織名" : "Organization name");
        assertThat(context.assessor()).contains(lang.equals("ja") ? "評価者名" : "Assessor name");
        assertThat(context.date().orElseThrow()).isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        // every Level 1 requirement answered yes or no, set to false, named under extensions.x-foundations
        Set<String> keys = Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1());
        assertThat(blank.foundations().keySet()).containsExactlyElementsOf(keys);
        assertThat(blank.foundations().values()).containsOnly(false);
        @SuppressWarnings("unchecked")
        Map<String, Object> names = (Map<String, Object>) blank.extensions().get(TemplateCommand.FOUNDATIONS_KEY);
        assertThat(names.keySet()).containsExactlyElementsOf(keys);
        assertThat(names.get("executive-sponsorship")).isEqualTo(lang.equals("ja") ? "経営層の支援" : "Executive sponsorship");
        // it validates as it is, without a warning, and scores
        Run validate = runWithInput(r.out(), "validate", "-", "--lang", lang);
        assertThat(validate.exit()).as(validate.out()).isZero();
        assertThat(validate.out().lines()).hasSize(1);
        Run score = runWithInput(r.out(), "score", "-", "--lang", lang, "--format", "json");
        assertThat(score.exit()).as(score.err()).isZero();
        assertThat(score.out()).contains("\"unanswered\": 27");
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
