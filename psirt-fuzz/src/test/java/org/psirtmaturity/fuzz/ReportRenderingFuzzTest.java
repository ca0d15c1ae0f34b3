package org.psirtmaturity.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.json.ReportJson;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.report.RenderOptions;
import org.psirtmaturity.report.ReportFormat;
import org.psirtmaturity.report.Reports;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.Comparisons;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;

/**
 * Fuzz target for rendering: an assessment read from untrusted bytes is scored against the Japanese
 * and the English sheet and rendered in every format, alone and compared with a fixed older report.
 * Rendering must not throw; JSON is the scoring module's report JSON; HTML carries no script, and
 * user text with markup is escaped; text output carries no control character but line breaks, so an
 * organisation name cannot drive a terminal.
 */
class ReportRenderingFuzzTest {

    private static final List<Rubric> RUBRICS = List.of(Rubrics.installed().forLocale(Locale.JAPANESE),
            Rubrics.installed().forLocale(Locale.ENGLISH));
    private static final List<RenderOptions> OPTIONS = List.of(RenderOptions.defaults(),
            RenderOptions.defaults().withWidth(RenderOptions.MIN_WIDTH).withIncludeLevelTexts(false));

    private static ScoreReport baseline(Rubric rubric) {
        Assessment.Builder b = Assessment.builder(rubric).organization("baseline");
        for (Framework f : rubric.frameworks()) {
            if (!f.outOfScope()) {
                b.score(f.id().toString(), f.definedLevels().get(0).level());
            }
        }
        return Scoring.score(b.build(), rubric);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"format\"", "\"psirt-assessment/1\"", "\"rubric\"", "\"id\"", "\"edition\"", "\"sisac-psirt-maturity-sheet\"",
            "\"1.0\"", "\"context\"", "\"organization\"", "\"assessor\"", "\"date\"", "\"answers\"", "\"framework\"", "\"level\"",
            "\"excluded\"", "\"reason\"", "\"unanswered\"", "\"foundations\"", "\"2.1\"", "\"4.4\"", "\"6.3\"", "<script>", "</td>",
            "|", "&amp;", "\\u001b[2J", "\\u202e", "\uFF21"})
    void renderReports(byte[] input) {
        ParseResult<Assessment> read = AssessmentJson.parse(new ByteArrayInputStream(input), Locale.ENGLISH);
        if (read.value().isEmpty()) {
            return;
        }
        Assessment a = read.value().get();
        for (Rubric rubric : RUBRICS) {
            ScoringOptions options = ScoringOptions.defaults().withMessagesLocale(rubric.locale());
            if (!AssessmentValidator.validate(a, rubric, options.messagesLocale(), options.validationOptions()).isValid()) {
                continue;
            }
            ScoreReport report = Scoring.score(a, rubric, options);
            ScoreReport older = baseline(rubric);
            for (RenderOptions render : OPTIONS) {
                for (ReportFormat format : ReportFormat.values()) {
                    String out = Reports.render(report, rubric, format, render);
                    check(format, out, a);
                    check(format, Reports.renderComparison(Comparisons.compare(older, report), older, report, rubric, format), a);
                }
            }
            assertEquals(ReportJson.write(report), Reports.render(report, rubric, ReportFormat.JSON));
        }
    }

    private static void check(ReportFormat format, String out, Assessment a) {
        assertFalse(out.isEmpty());
        if (format == ReportFormat.HTML) {
            assertFalse(out.toLowerCase(Locale.ROOT).contains("<script"), "a script in the HTML report");
            a.context().flatMap(c -> c.organization()).filter(o -> o.contains("<")).ifPresent(o ->
                    assertFalse(out.contains(o), "unescaped markup of the organisation in HTML"));
        }
        if (format == ReportFormat.TEXT) {
            assertTrue(out.chars().noneMatch(c -> c != '\n' && (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0)),
                    "a control character in the text report");
        }
    }
}
