package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AveragingMethod;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetBand;
import org.psirtmaturity.scoring.TargetProfile;
import org.psirtmaturity.scoring.TestRubrics;

class ReportJsonTest {

    private static ScoreReport report() {
        Assessment a = Assessment.builder(TestRubrics.japanese()).organization("Example Corp").assessor("A. Tanaka")
                .date(LocalDate.of(2026, 10, 1))
                .score("2.1", 1).score("3.1", 3).score("4.4", 1).exclude("6.4", "no sales team").unanswered("1.1")
                .foundation("executive-sponsorship", true)
                .build();
        ScoringOptions options = ScoringOptions.defaults().withAveraging(AveragingMethod.AREA_MEAN)
                .withTargetBand(new TargetBand(new BigDecimal("2.50"), new BigDecimal("3.0")))
                .withTargets(TargetProfile.none().with("3.1", 4)).withMessagesLocale(Locale.JAPANESE);
        return Scoring.score(a, TestRubrics.japanese(), options);
    }

    private static List<String> topLevelKeys(String json) {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  \"([A-Za-z0-9]+)\":").matcher(json);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void write_isStableAndInTheDocumentedOrder() {
        ScoreReport r = report();
        String json = ReportJson.write(r);
        assertThat(ReportJson.write(r)).isEqualTo(json);
        assertThat(topLevelKeys(json)).containsExactly("format", "provenance", "context", "overall", "targetBand", "completeness", "areas",
                "frameworks", "gaps", "firstLevel1", "flags");
        assertThat(json).startsWith("{\n  \"format\": \"psirt-score-report/1\",\n  \"provenance\": {\n    \"rubric\": {\n"
                + "      \"id\": \"sisac-psirt-maturity-sheet\",\n      \"edition\": \"1.0\",\n      \"locale\": \"ja\",\n");
        assertThat(json).contains("\"overall\": {\n    \"average\": {\n      \"numerator\": 5,\n      \"denominator\": 3,\n"
                + "      \"value\": 1.67\n    },\n    \"frameworks\": 3,\n    \"band\": \"BELOW\"\n  }");
        assertThat(json).contains("\"minimum\": 2.50").doesNotContain("\r");
    }

    @Test
    void read_givesBackTheSameReport() {
        ScoreReport r = report();
        assertThat(ReportJson.read(ReportJson.write(r))).isEqualTo(r);
        ScoreReport empty = Scoring.score(Assessment.builder(TestRubrics.japanese()).build(), TestRubrics.japanese());
        assertThat(ReportJson.read(ReportJson.write(empty))).isEqualTo(empty);
    }

    @Test
    void read_checksDerivedValuesAndRejectsUnknownProperties() {
        String json = ReportJson.write(report());
        List<Problem> tampered = ReportJson.parse(json
                .replace("\"value\": 1.67", "\"value\": 1.68")
                .replace("\"partial\": true", "\"partial\": false")
                .replace("\"libraryVersion\"", "\"comment\": \"x\",\n    \"libraryVersion\"")
                .replace("\"band\": \"BELOW\"", "\"band\": \"LOW\""))
                .problems();
        assertThat(tampered).extracting(Problem::path, Problem::code).contains(
                tuple("provenance.comment", "json.property.unknown"),
                tuple("overall.average.value", "json.value"),
                tuple("overall.band", "json.value"),
                tuple("completeness.partial", "json.value"));
        assertThat(ReportJson.parse(json.replace("\"denominator\": 3", "\"denominator\": 0")).problems())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("overall.average.denominator", "json.value"));
        assertThat(ReportJson.parse(json.replace("psirt-score-report/1", "psirt-score-report/9")).problems())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("format", "json.format"));
        assertThat(ReportJson.parse(AssessmentJsonTest.BRIEF_EXAMPLE).isValid()).isFalse();
    }

    @Test
    void read_reportsBrokenInvariantsAsProblems() {
        String json = ReportJson.write(report());
        // a framework SCORED without a level
        String noLevel = json.replaceFirst("(\"framework\": \"2.1\",\\n\\s*\"status\": \"SCORED\",\\n\\s*)\"level\": 1,\\n\\s*", "$1");
        assertThat(noLevel).isNotEqualTo(json);
        assertThat(ReportJson.parse(noLevel).problems()).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("frameworks[7]", "json.value"));
    }
}
