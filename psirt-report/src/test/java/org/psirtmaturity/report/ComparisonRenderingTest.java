package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.Comparisons;
import org.psirtmaturity.scoring.EditionMapping;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;

class ComparisonRenderingTest {

    /** A year later: 5.3, 4.2, 2.2, 2.5, 6.2 and 1.4 improved, 1.1 regressed; overall 50/23 (BELOW) to 59/23 (WITHIN). */
    static ScoreReport later(Rubric rubric) {
        Assessment older = Fixtures.realistic(rubric, "Example Corp", "A. Tanaka", "none of our own");
        Assessment.Builder b = Assessment.builder(rubric).organization("Example Corp").assessor("B. Suzuki").date(LocalDate.of(2027, 10, 1));
        Map<String, Integer> changes = Map.of("5.3", 3, "4.2", 3, "2.2", 3, "2.5", 3, "6.2", 3, "1.4", 2, "1.1", 2);
        older.answers().forEach(a -> {
            if (changes.containsKey(a.framework())) {
                b.score(a.framework(), changes.get(a.framework()));
            } else {
                b.answer(a);
            }
        });
        older.foundations().forEach(b::foundation);
        return Scoring.score(b.build(), rubric);
    }

    static ScoreReport earlier(Rubric rubric) {
        return Scoring.score(Fixtures.realistic(rubric, "Example Corp", "A. Tanaka", "none of our own"), rubric);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void comparison_showsOverallAndAreaDeltasBandChangesAndChangedFrameworks(String lang) {
        Rubric rubric = Fixtures.rubric(lang);
        ScoreReport older = earlier(rubric);
        ScoreReport newer = later(rubric);
        ReportComparison c = Comparisons.compare(older, newer);
        Labels l = Labels.of(rubric.locale());
        List<String> expected = List.of("2.17", "2.57", "+0.39", // 50/23 -> 59/23, change 9/23
                l.badge(BandStatus.BELOW), l.badge(BandStatus.WITHIN), "2026-10-01", "2027-10-01", "B. Suzuki",
                l.get("comparison.improved"), l.get("comparison.regressed"),
                rubric.framework(org.psirtmaturity.model.FrameworkId.parse("5.3")).orElseThrow().title(), "+2", "-1",
                rubric.area(2).orElseThrow().title(), "+0.80", // area 2: 9/5 -> 13/5
                l.bandShort(org.psirtmaturity.scoring.BandStatus.BELOW));
        for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            String out = Reports.renderComparison(c, older, newer, rubric, format);
            for (String e : expected) {
                assertThat(out).as("%s in %s", e, format).containsIgnoringCase(e); // English text headings are upper case
            }
        }
        String text = Reports.renderComparison(c, older, newer, rubric, ReportFormat.TEXT);
        TextReportTest.assertFitsTerminal(text, 80);
        assertThat(text).containsPattern("5\\.3 .+ 1 +3 +\\+2\n").containsPattern("1\\.1 .+ 3 +2 +-1\n");
        HtmlReportTest.assertNothingExternalNorExecutable(Reports.renderComparison(c, older, newer, rubric, ReportFormat.HTML));
    }

    @Test
    void comparisonJson_isDeterministicExactAndParseable() throws Exception {
        Rubric rubric = Fixtures.EN;
        ScoreReport older = earlier(rubric);
        ScoreReport newer = later(rubric);
        ReportComparison c = Comparisons.compare(older, newer);
        String json = Reports.renderComparison(c, older, newer, rubric, ReportFormat.JSON);
        assertThat(json).isEqualTo(Reports.renderComparison(c, older, newer, rubric, ReportFormat.JSON)).endsWith("}\n");
        // The format's details are tested where it is written (psirt-json's ComparisonJsonTest); here, that the report renders it.
        assertThat(json).contains("\"date\": \"2026-10-01\"", "\"contentDigest\": \"" + rubric.contentDigest() + "\"",
                "\"change\": {\n      \"numerator\": 9,\n      \"denominator\": 23,\n      \"value\": 0.39\n    }", "\"band\": \"BELOW\"", "\"band\": \"WITHIN\"",
                "\"improved\": [\n    \"1.4\",\n    \"2.2\",\n    \"2.5\",\n    \"4.2\",\n    \"5.3\",\n    \"6.2\"\n  ]",
                "\"regressed\": [\n    \"1.1\"\n  ]");
        assertThat(json).contains("\n  \"format\": \"psirt-report-comparison/1\",\n");
    }

    @Test
    void comparisonJson_escapesTexts() throws Exception {
        Rubric rubric = Fixtures.EN;
        Assessment a = Assessment.builder(rubric).organization("q\"b\\s\u0001\n\u2028").score("2.1", 2).build();
        ScoreReport r = Scoring.score(a, rubric);
        String json = Reports.renderComparison(Comparisons.compare(r, r), r, r, rubric, ReportFormat.JSON);
        assertThat(json).contains("\"organization\": \"q\\\"b\\\\s\\u0001\\n\u2028\"");
    }

    @Test
    void comparison_refusesReportsThatAreNotTheComparisons() {
        Rubric rubric = Fixtures.EN;
        ScoreReport older = earlier(rubric);
        ScoreReport newer = later(rubric);
        ReportComparison c = Comparisons.compare(older, newer);

        RubricStructure s = rubric.structure();
        RubricStructure other = new RubricStructure(s.id(), "2.0", s.source(), s.guidance(), s.numbering(), s.areas());
        Map<String, String> texts = new HashMap<>();
        other.textKeys().forEach(k -> texts.put(k, rubric.text(k).orElseThrow()));
        Rubric edition2 = Rubric.assemble(other, rubric.locale(), texts);
        ScoreReport onEdition2 = Scoring.score(Fixtures.realistic(edition2, "X", "Y", "Z"), edition2);

        assertThatThrownBy(() -> Reports.renderComparison(c, older, onEdition2, rubric, ReportFormat.TEXT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reports.renderComparison(c, older, newer, edition2, ReportFormat.TEXT))
                .isInstanceOf(IllegalArgumentException.class);

        // across editions, with a mapping, the newer rubric renders it
        ReportComparison across = Comparisons.compare(older, onEdition2, EditionMapping.identity(older.rubric(), onEdition2.rubric()));
        assertThat(Reports.renderComparison(across, older, onEdition2, edition2, ReportFormat.MARKDOWN)).contains("Comparison");
    }
}
