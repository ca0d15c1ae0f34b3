package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AveragingMethod;
import org.psirtmaturity.scoring.Comparisons;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;

/**
 * Text output fits the terminal for any assessment: random answers (levels 0 to 5, undefined levels
 * included, exclusions, unanswered, missing), random texts mixing ASCII, Japanese, fullwidth forms,
 * emoji, combining marks and control characters, random targets, both languages, any width.
 */
class TextWidthProperties {

    private static final List<String> PIECES = List.of("a", "Z", " ", "  ", "-", "|", "<", "&", "PSIRT", "supercalifragilisticexpialidocious",
            "脆", "弱", "性", "。", "、", "（", "）", "「", "」", "ー", "ｶ", "Ａ", "　", "한", "\uD83D\uDE00", "\uD83C\uDDEF\uD83C\uDDF5",
            "e\u0301", "\u200D", "\t", "\n", "\r\n", "\u001B[31m", "\u202E", "\u0000", "…", "█", "\uD840\uDC0B");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(60).map(l -> String.join("", l))
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        Rubric rubric = Fixtures.JA;
        List<Framework> frameworks = rubric.frameworks().stream().filter(f -> !f.outOfScope()).toList();
        Arbitrary<List<Integer>> choices = Arbitraries.integers().between(-3, 5).list().ofSize(frameworks.size());
        return Combinators.combine(choices, texts().optional(), texts().optional(), texts().list().ofSize(frameworks.size()))
                .as((c, org, assessor, reasons) -> {
                    Assessment.Builder b = Assessment.builder(rubric).date(LocalDate.of(2026, 4, 1));
                    org.ifPresent(b::organization);
                    assessor.ifPresent(b::assessor);
                    for (int i = 0; i < frameworks.size(); i++) {
                        String id = frameworks.get(i).id().toString();
                        int v = c.get(i);
                        if (v >= 0) {
                            b.score(id, v);
                        } else if (v == -1) {
                            b.exclude(id, reasons.get(i));
                        } else if (v == -2) {
                            b.unanswered(id);
                        } // -3: no answer at all
                    }
                    return b.build();
                });
    }

    @Property
    void text_neverExceedsTheWidth(@ForAll("assessments") Assessment assessment, @ForAll boolean japanese,
            @ForAll @IntRange(min = 60, max = 140) int width, @ForAll boolean levelTexts, @ForAll @IntRange(min = 0, max = 5) int target,
            @ForAll boolean areaMean) {
        Rubric rubric = japanese ? Fixtures.JA : Fixtures.EN;
        ScoringOptions options = ScoringOptions.defaults().withDefaultTargetLevel(target)
                .withAveraging(areaMean ? AveragingMethod.AREA_MEAN : AveragingMethod.FRAMEWORK_MEAN);
        ScoreReport report = Scoring.score(assessment, rubric, options);
        String out = Reports.render(report, rubric, ReportFormat.TEXT, new RenderOptions(width, levelTexts));
        TextReportTest.assertFitsTerminal(out, width);
    }

    @Property(tries = 50)
    void comparisonText_neverExceeds80Columns(@ForAll("assessments") Assessment older, @ForAll("assessments") Assessment newer,
            @ForAll boolean japanese) {
        Rubric rubric = japanese ? Fixtures.JA : Fixtures.EN;
        ScoreReport o = Scoring.score(older, rubric);
        ScoreReport n = Scoring.score(newer, rubric);
        String out = Reports.renderComparison(Comparisons.compare(o, n), o, n, rubric, ReportFormat.TEXT);
        TextReportTest.assertFitsTerminal(out, 80);
        assertThat(out).contains(japanese ? "比較" : "Comparison");
    }
}
