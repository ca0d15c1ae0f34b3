package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;

class TextReportTest {

    /** Asserts the terminal contract: lines within the width, no trailing spaces, no control characters but line feeds. */
    static void assertFitsTerminal(String out, int width) {
        assertThat(out).endsWith("\n");
        List<String> lines = out.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertThat(DisplayWidth.of(line)).as("line %d is %d columns wide: %s", i + 1, DisplayWidth.of(line), line)
                    .isLessThanOrEqualTo(width);
            assertThat(line).as("line %d", i + 1).doesNotEndWith(" ");
            assertThat(line.chars().noneMatch(c -> Character.isISOControl(c))).as("control character in line %d: %s", i + 1, line).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void text_at80Columns_neverHasAWiderLine(String lang) {
        ScoreReport report = lang.equals("ja") ? Fixtures.japaneseReport() : Fixtures.englishReport();
        String out = Reports.render(report, Fixtures.rubric(lang), ReportFormat.TEXT);
        assertFitsTerminal(out, 80);
        assertThat(out.lines().mapToInt(DisplayWidth::of).max().orElseThrow()).isGreaterThan(70); // it does use the width
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 72, 100, 132})
    void text_atOtherWidths_fitsToo(int width) {
        for (String lang : List.of("ja", "en")) {
            ScoreReport report = lang.equals("ja") ? Fixtures.japaneseReport() : Fixtures.englishReport();
            assertFitsTerminal(Reports.render(report, Fixtures.rubric(lang), ReportFormat.TEXT, RenderOptions.defaults().withWidth(width)),
                    width);
        }
    }

    @Test
    void text_showsLevelBarsAndMarksFrameworksBelowTarget() {
        String out = Reports.render(Fixtures.englishReport(), Fixtures.EN, ReportFormat.TEXT);
        assertThat(out).containsPattern("2\\.1 +Intake of Vulnerability Reports +███░░ 3 +3\n");
        assertThat(out).containsPattern("5\\.3 +Disclosure +█░░░░ 1 +< 3\n");
        assertThat(out).containsPattern("6\\.3 +Training the Validation Team +out of scope +-\n");
        assertThat(out).contains("! PARTIAL assessment: 2 frameworks in scope are unanswered.");
    }

    @Test
    void text_putsALongExclusionReasonOnItsOwnLine() {
        String out = Reports.render(Fixtures.englishReport(), Fixtures.EN, ReportFormat.TEXT);
        assertThat(out).containsPattern("5\\.4 +Metrics for Vulnerability Information\\S* +excluded +-\n +reason: we publish no vulnerability metrics");
        assertThat(out).containsPattern("6\\.4 +.+ +excluded \\(no sales team\\) +-\n");
    }

    @Test
    void text_cleansControlCharactersAndKeepsWideTextsWithinTheWidth() {
        Rubric ja = Fixtures.JA;
        String org = "\u001B[2J\u001B[31m株式会社".repeat(3) + "とても長い組織名".repeat(12) + "\u202Eevil\tname\r\nline";
        Assessment a = Assessment.builder(ja).organization(org).assessor("評価者".repeat(40)).date(LocalDate.of(2026, 1, 2))
                .score("2.1", 2).exclude("2.2", "理由".repeat(60) + "\u0007").build();
        String out = Reports.render(Scoring.score(a, ja), ja, ReportFormat.TEXT);
        assertFitsTerminal(out, 80);
        assertThat(out).doesNotContain("\u001B").doesNotContain("\u202E").doesNotContain("\u0007").doesNotContain("\r");
        assertThat(out).contains("[31m株式会社"); // kept as text, harmless without the escape character
    }

    @Test
    void text_keepsTheDigestOnOneLine() {
        ScoreReport report = Fixtures.englishReport();
        String out = Reports.render(report, Fixtures.EN, ReportFormat.TEXT);
        assertThat(out).contains("    " + report.provenance().rubricDigest() + "\n");
    }
}
