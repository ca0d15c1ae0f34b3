package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;

class ComparisonsTest {

    private static final Rubric RUBRIC = TestRubrics.japanese();

    private static ScoreReport report(Rubric rubric, LocalDate date, Object... frameworkAndLevel) {
        Assessment.Builder b = Assessment.builder(rubric).organization("Example Corp").date(date);
        for (int i = 0; i < frameworkAndLevel.length; i += 2) {
            b.score((String) frameworkAndLevel[i], (Integer) frameworkAndLevel[i + 1]);
        }
        return Scoring.score(b.build(), rubric);
    }

    @Test
    void compare_givesExactDeltasBandChangesAndImprovedAndRegressedFrameworks() {
        ScoreReport older = report(RUBRIC, LocalDate.of(2026, 4, 1), "2.1", 1, "2.2", 2, "3.1", 4, "1.1", 3);
        ScoreReport newer = report(RUBRIC, LocalDate.of(2026, 10, 1), "2.1", 3, "2.2", 2, "3.1", 3, "1.2", 2);

        ReportComparison c = Comparisons.compare(older, newer);

        assertThat(c.overall().older().average()).hasValue(Fraction.of(5, 2));
        assertThat(c.overall().newer().average()).hasValue(Fraction.of(5, 2));
        assertThat(c.overall().change()).hasValue(Fraction.ZERO);
        assertThat(c.overall().bandChanged()).isFalse();
        AreaDelta area2 = c.areas().get(1);
        assertThat(area2.area()).isEqualTo(2);
        assertThat(area2.delta().orElseThrow().change()).hasValue(Fraction.of(1));
        assertThat(area2.delta().orElseThrow().bandChanged()).isTrue();
        assertThat(area2.delta().orElseThrow().older().band()).isEqualTo(BandStatus.BELOW);
        assertThat(area2.delta().orElseThrow().newer().band()).isEqualTo(BandStatus.WITHIN);
        assertThat(c.areas().get(0).delta().orElseThrow().change()).hasValue(Fraction.of(-1));
        assertThat(c.areas().get(3).delta().orElseThrow().change()).isEmpty();

        assertThat(c.improved()).extracting(d -> d.framework().toString(), d -> d.change().orElseThrow()).containsExactly(tuple("2.1", 2));
        assertThat(c.regressed()).extracting(d -> d.framework().toString(), d -> d.change().orElseThrow()).containsExactly(tuple("3.1", -1));
        FrameworkDelta oneOne = c.frameworks().get(0);
        assertThat(oneOne.older().orElseThrow().status()).isEqualTo(FrameworkStatus.SCORED);
        assertThat(oneOne.newer().orElseThrow().status()).isEqualTo(FrameworkStatus.UNANSWERED);
        assertThat(oneOne.change()).isEmpty();
        assertThat(c.frameworks()).hasSize(28);
    }

    @Test
    void compare_refusesReportsOnDifferentEditionsWithoutAMapping() {
        ScoreReport older = report(RUBRIC, LocalDate.of(2026, 4, 1), "2.1", 1);
        ScoreReport newer = report(TestRubrics.asEdition("2.0"), LocalDate.of(2026, 10, 1), "2.1", 3);

        assertThatThrownBy(() -> Comparisons.compare(older, newer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot compare a report on rubric sisac-psirt-maturity-sheet 1.0 with one on rubric "
                        + "sisac-psirt-maturity-sheet 2.0: their frameworks may not correspond; pass an EditionMapping that says how they do");
    }

    @Test
    void compare_acrossEditionsFollowsTheMapping() {
        Rubric v2 = TestRubrics.asEdition("2.0");
        ScoreReport older = report(RUBRIC, LocalDate.of(2026, 4, 1), "2.1", 1, "2.2", 4);
        ScoreReport newer = report(v2, LocalDate.of(2026, 10, 1), "2.1", 2, "2.2", 3);
        // pretend that edition 2.0 swapped 2.1 and 2.2
        EditionMapping swap = new EditionMapping(older.rubric(), newer.rubric(),
                Map.of(FrameworkId.parse("2.1"), FrameworkId.parse("2.2"), FrameworkId.parse("2.2"), FrameworkId.parse("2.1")));

        ReportComparison c = Comparisons.compare(older, newer, swap);

        assertThat(c.older()).isEqualTo(new RubricRef("sisac-psirt-maturity-sheet", "1.0"));
        assertThat(c.newer()).isEqualTo(new RubricRef("sisac-psirt-maturity-sheet", "2.0"));
        FrameworkDelta d21 = c.frameworks().stream().filter(d -> d.framework().toString().equals("2.1")).findFirst().orElseThrow();
        assertThat(d21.older().orElseThrow().framework()).isEqualTo(FrameworkId.parse("2.2"));
        assertThat(d21.change()).hasValue(-2);
        assertThat(c.improved()).extracting(d -> d.framework().toString()).containsExactly("2.2");

        EditionMapping wrongWay = EditionMapping.identity(newer.rubric(), older.rubric());
        assertThatThrownBy(() -> Comparisons.compare(older, newer, wrongWay)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the edition mapping goes from sisac-psirt-maturity-sheet 2.0 to sisac-psirt-maturity-sheet 1.0");
        assertThatThrownBy(() -> new EditionMapping(older.rubric(), newer.rubric(),
                Map.of(FrameworkId.parse("2.1"), FrameworkId.parse("2.3"), FrameworkId.parse("2.2"), FrameworkId.parse("2.3"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("map to framework 2.3");
    }

    @Test
    void trend_ordersTheOverallAveragesByDate() {
        ScoreReport spring = report(RUBRIC, LocalDate.of(2026, 4, 1), "2.1", 1);
        ScoreReport autumn = report(RUBRIC, LocalDate.of(2026, 10, 1), "2.1", 3);
        ScoreReport lastYear = report(RUBRIC, LocalDate.of(2025, 10, 1), "2.1", 0);
        ScoreReport undated = Scoring.score(Assessment.builder(RUBRIC).score("2.1", 5).build(), RUBRIC);

        List<TrendPoint> trend = Comparisons.trend(List.of(autumn, undated, spring, lastYear));

        assertThat(trend).extracting(TrendPoint::date, p -> p.overall().average().orElseThrow()).containsExactly(
                tuple(Optional.of(LocalDate.of(2025, 10, 1)), Fraction.of(0)),
                tuple(Optional.of(LocalDate.of(2026, 4, 1)), Fraction.of(1)),
                tuple(Optional.of(LocalDate.of(2026, 10, 1)), Fraction.of(3)),
                tuple(Optional.empty(), Fraction.of(5)));
        assertThat(trend).allSatisfy(p -> assertThat(p.rubric()).isEqualTo(RubricRef.of(RUBRIC)));
        assertThat(Comparisons.trend(List.of())).isEmpty();
    }
}
