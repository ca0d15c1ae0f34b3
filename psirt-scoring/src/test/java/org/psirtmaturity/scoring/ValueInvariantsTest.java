package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.RubricLevel;

/** The result records check their invariants at the edges, and the small conveniences do what they say. */
class ValueInvariantsTest {

    private static final FrameworkId F21 = FrameworkId.parse("2.1");

    @Test
    void fraction_normalisesComparesAndConvertsExactly() {
        assertThat(new Fraction(2, 4)).isEqualTo(new Fraction(1, 2));
        assertThat(new Fraction(1, -2)).isEqualTo(new Fraction(-1, 2));
        assertThat(new Fraction(3, 1).denominator()).isEqualTo(1);
        assertThat(new Fraction(0, 5)).isEqualTo(Fraction.ZERO);
        assertThatThrownBy(() -> new Fraction(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThat(new Fraction(-3, 4).signum()).isEqualTo(-1);
        assertThat(Fraction.ZERO.signum()).isZero();
        assertThat(new Fraction(3, 4).signum()).isEqualTo(1);
        assertThat(new Fraction(67, 27).compareTo(new Fraction(5, 2))).isNegative();
        assertThat(new Fraction(5, 2).compareTo(new Fraction(67, 27))).isPositive();
        assertThat(new Fraction(10, 4).compareTo(new Fraction(5, 2))).isZero();
        assertThat(Fraction.of(new BigDecimal("2.50"))).isEqualTo(new Fraction(5, 2));
        assertThat(Fraction.of(new BigDecimal("3"))).isEqualTo(new Fraction(3, 1));
        assertThat(Fraction.of(new BigDecimal("3.0"))).isEqualTo(new Fraction(3, 1));
        assertThat(Fraction.of(new BigDecimal("3E+1"))).isEqualTo(new Fraction(30, 1));
        assertThat(Fraction.of(new BigDecimal("0.125"))).isEqualTo(new Fraction(1, 8));
    }

    @Test
    void targetBand_acceptsItsEdgesAndRejectsBeyondThem() {
        assertThat(new TargetBand(BigDecimal.ZERO, new BigDecimal("5")).maximum()).isEqualByComparingTo("5");
        assertThat(new TargetBand(new BigDecimal("3"), new BigDecimal("3.0")).minimum()).isEqualByComparingTo("3");
        assertThatThrownBy(() -> new TargetBand(new BigDecimal("-0.1"), new BigDecimal("3"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetBand(new BigDecimal("1"), new BigDecimal("5.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetBand(new BigDecimal("3.01"), new BigDecimal("3"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a target band needs 0 <= minimum <= maximum <= 5, got 3.01 to 3");
    }

    @Test
    void gap_needsCurrentBelowTargetAndTheDefinedLevelsBetween() {
        Framework f = TestRubrics.japanese().framework(F21).orElseThrow();
        List<RubricLevel> oneToThree = f.levels().subList(1, 4);
        assertThat(new Gap(F21, 0, 3, 3, true, oneToThree).steps()).hasSize(3);
        assertThat(new Gap(F21, 4, 5, 5, false, f.levels().subList(5, 6)).steps()).hasSize(1);
        assertThatThrownBy(() -> new Gap(F21, 3, 3, 3, true, List.of())).hasMessage("a gap needs current < target, got 3 and 3");
        assertThatThrownBy(() -> new Gap(F21, 0, 3, 3, true, f.levels().subList(1, 3)))
                .hasMessage("framework 2.1: the steps must end at the target 3");
        assertThatThrownBy(() -> new Gap(F21, 0, 3, 3, true, List.of()))
                .hasMessage("framework 2.1: the steps must end at the target 3");
        Framework other = TestRubrics.japanese().framework(FrameworkId.parse("2.2")).orElseThrow();
        assertThatThrownBy(() -> new Gap(F21, 0, 2, 2, true, other.levels().subList(1, 3)))
                .hasMessage("framework 2.1: the steps must be rising defined levels above 0, got level 1 of 2.2");
        assertThatThrownBy(() -> new Gap(F21, 1, 3, 3, true, List.of(f.level(2), f.level(2), f.level(3))))
                .hasMessage("framework 2.1: the steps must be rising defined levels above 1, got level 2 of 2.1");
    }

    @Test
    void completeness_countsMustAddUpAndBeNonNegative() {
        Completeness c = new Completeness(28, 20, 3, 4, 1);
        assertThat(c.answered()).isEqualTo(23);
        assertThat(c.isPartial()).isTrue();
        assertThat(new Completeness(28, 27, 0, 0, 1).isPartial()).isFalse();
        assertThat(new Completeness(0, 0, 0, 0, 0).answered()).isZero();
        assertThatThrownBy(() -> new Completeness(28, 20, 3, 4, 2)).hasMessage("counts must be non-negative and add up to 28");
        assertThatThrownBy(() -> new Completeness(28, 29, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Completeness(1, 0, 0, 2, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Completeness(1, 2, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Completeness(1, -1, 2, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frameworkResult_aLevelGoesWithScoredAndAReasonWithExcluded() {
        FrameworkResult scored = new FrameworkResult(F21, FrameworkStatus.SCORED, Optional.of(2), Optional.empty(), 3);
        assertThat(scored.isIncluded()).isTrue();
        assertThat(new FrameworkResult(F21, FrameworkStatus.EXCLUDED, Optional.empty(), Optional.of("r"), 3).isIncluded()).isFalse();
        assertThat(new FrameworkResult(F21, FrameworkStatus.UNANSWERED, Optional.empty(), Optional.empty(), 0).isIncluded()).isFalse();
        assertThatThrownBy(() -> new FrameworkResult(F21, FrameworkStatus.SCORED, Optional.empty(), Optional.empty(), 3))
                .hasMessage("framework 2.1: a level goes with status SCORED and only with it");
        assertThatThrownBy(() -> new FrameworkResult(F21, FrameworkStatus.EXCLUDED, Optional.of(1), Optional.empty(), 3))
                .hasMessage("framework 2.1: a level goes with status SCORED and only with it");
        assertThatThrownBy(() -> new FrameworkResult(F21, FrameworkStatus.UNANSWERED, Optional.empty(), Optional.of("r"), 3))
                .hasMessage("framework 2.1: only an exclusion has a reason");
        assertThatThrownBy(() -> new FrameworkResult(F21, FrameworkStatus.SCORED, Optional.of(6), Optional.empty(), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrameworkResult(F21, FrameworkStatus.SCORED, Optional.of(1), Optional.empty(), 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deltas_needOneSideAtLeast() {
        FrameworkResult r = new FrameworkResult(F21, FrameworkStatus.SCORED, Optional.of(2), Optional.empty(), 3);
        assertThat(new FrameworkDelta(F21, Optional.of(r), Optional.empty()).older()).hasValue(r);
        assertThat(new FrameworkDelta(F21, Optional.empty(), Optional.of(r)).newer()).hasValue(r);
        assertThatThrownBy(() -> new FrameworkDelta(F21, Optional.empty(), Optional.empty())).hasMessage("framework 2.1 is in neither report");
        AreaResult a = new AreaResult(2, "t", new BandedAverage(Optional.empty(), 0, BandStatus.NO_DATA));
        assertThat(new AreaDelta(2, Optional.of(a), Optional.empty()).older()).hasValue(a);
        assertThat(new AreaDelta(2, Optional.empty(), Optional.of(a)).newer()).hasValue(a);
        assertThatThrownBy(() -> new AreaDelta(2, Optional.empty(), Optional.empty())).hasMessage("area 2 is in neither report");
    }

    @Test
    void smallConveniences_doWhatTheySay() {
        RubricRef ref = RubricRef.of(TestRubrics.japanese());
        assertThat(ref.matches(TestRubrics.japanese())).isTrue();
        assertThat(new RubricRef(ref.id(), "9.9").matches(TestRubrics.japanese())).isFalse();
        assertThat(new RubricRef("other", ref.edition()).matches(TestRubrics.japanese())).isFalse();
        TargetProfile targets = TargetProfile.none().with("2.1", 5);
        assertThat(targets.target(F21)).hasValue(5);
        assertThat(targets.target(FrameworkId.parse("2.2"))).isEmpty();
        assertThat(targets.targetOr(FrameworkId.parse("2.2"), 3)).isEqualTo(3);
        Problem p = new Problem("answers[4.4].level", "answer.level.undefined", "m");
        assertThat(new ValidationProblem(p, Severity.WARNING)).hasToString("WARNING answers[4.4].level: m [answer.level.undefined]");
        Assessment a = Assessment.builder(TestRubrics.japanese()).score("2.1", 3).build();
        List<FrameworkAnswer> others = List.of(FrameworkAnswer.of("3.1", Answer.scored(1)));
        assertThat(a.withAnswers(others).answers()).isEqualTo(others);
        assertThat(a.withAnswers(others).rubric()).isEqualTo(a.rubric());
        Assessment.Builder b = Assessment.builder(TestRubrics.japanese());
        assertThat(b.answer(FrameworkAnswer.of("2.1", Answer.unanswered()))).isSameAs(b);
        ValidationResult result = AssessmentValidator.requireValid(
                Assessment.builder(TestRubrics.japanese()).score("4.4", 0).build(), TestRubrics.japanese(), Locale.ENGLISH,
                ValidationOptions.DEFAULT);
        assertThat(result.warnings()).extracting(Problem::code).containsExactly("answer.level.undefined");
        assertThat(new Assessment(ref, Optional.empty(), List.of(), Map.of(), Map.of()).answersFor("2.1")).isEmpty();
    }

    @Test
    void libraryVersion_isTheVersionTheBuildWrote() {
        assertThat(LibraryVersion.get()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
