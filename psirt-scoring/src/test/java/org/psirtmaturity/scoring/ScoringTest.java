package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.Requirement;

class ScoringTest {

    private static final Rubric RUBRIC = TestRubrics.japanese();

    private static FrameworkId id(String text) {
        return FrameworkId.parse(text);
    }

    @Test
    void allThrees_areWithinTheBandAndFlagTheUndefinedLevels() {
        ScoreReport r = Scoring.score(TestRubrics.allAt(3), RUBRIC);

        assertThat(r.overall().average()).hasValue(Fraction.of(3));
        assertThat(r.overall().frameworks()).isEqualTo(27);
        assertThat(r.overall().band()).isEqualTo(BandStatus.WITHIN);
        assertThat(r.overall().displayValue()).hasValue(new BigDecimal("3.00"));
        assertThat(r.areas()).allSatisfy(a -> assertThat(a.average().band()).isEqualTo(BandStatus.WITHIN));
        assertThat(r.targetBand()).isEqualTo(new TargetBand(new BigDecimal("2.5"), new BigDecimal("3.0")));
        assertThat(r.flags()).extracting(Problem::path, Problem::code).containsExactly(
                tuple("answers[4.4].level", "answer.level.undefined"), tuple("answers[5.4].level", "answer.level.undefined"));
        // 4.4 and 5.4 define only levels 4 and 5: their gaps lead there, not to the undefined level 3.
        assertThat(r.gaps()).extracting(g -> g.framework().toString(), Gap::current, Gap::target, Gap::isTargetAdjusted)
                .containsExactly(tuple("4.4", 3, 4, true), tuple("5.4", 3, 4, true));
        assertThat(r.completeness()).isEqualTo(new Completeness(28, 27, 0, 0, 1));
        assertThat(r.completeness().isPartial()).isFalse();
    }

    @Test
    void frameworkSixThree_neverCounts() {
        ScoreReport r = Scoring.score(Assessment.builder(RUBRIC).score("6.1", 1).score("6.2", 2).unanswered("6.3").build(), RUBRIC);
        assertThat(r.framework(id("6.3")).orElseThrow().status()).isEqualTo(FrameworkStatus.OUT_OF_SCOPE);
        assertThat(r.area(6).orElseThrow().average()).isEqualTo(new BandedAverage(Optional.of(Fraction.of(3, 2)), 2, BandStatus.BELOW));
        assertThat(r.completeness().outOfScope()).isEqualTo(1);

        assertThatThrownBy(() -> Scoring.score(Assessment.builder(RUBRIC).score("6.3", 5).build(), RUBRIC))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code).containsExactly(tuple("answers[6.3]", "answer.out-of-scope")));
    }

    @Test
    void bandEdges_twoAndAHalfAndThreeAreWithin() {
        ScoreReport lower = Scoring.score(Assessment.builder(RUBRIC).score("2.1", 2).score("2.2", 3).build(), RUBRIC);
        assertThat(lower.overall().average()).hasValue(Fraction.of(5, 2));
        assertThat(lower.overall().band()).isEqualTo(BandStatus.WITHIN);

        ScoreReport upper = Scoring.score(Assessment.builder(RUBRIC).score("2.1", 2).score("2.2", 4).build(), RUBRIC);
        assertThat(upper.overall().average()).hasValue(Fraction.of(3));
        assertThat(upper.overall().band()).isEqualTo(BandStatus.WITHIN);
    }

    /** 27 frameworks: the first {@code threes} at 3, the others at 2. */
    private static Assessment threesThenTwos(int threes) {
        Assessment.Builder b = Assessment.builder(RUBRIC);
        List<Framework> fs = TestRubrics.inScope();
        for (int i = 0; i < fs.size(); i++) {
            b.score(fs.get(i).id().toString(), i < threes ? 3 : 2);
        }
        return b.build();
    }

    @Test
    void bandEdges_justBelowAndJustAboveAreOutside() {
        // 67/27 = 2.4814…, the largest average below 2.5 that 27 frameworks can give
        ScoreReport below = Scoring.score(threesThenTwos(13), RUBRIC);
        assertThat(below.overall().average()).hasValue(Fraction.of(67, 27));
        assertThat(below.overall().band()).isEqualTo(BandStatus.BELOW);
        // 68/27 = 2.518…
        assertThat(Scoring.score(threesThenTwos(14), RUBRIC).overall().band()).isEqualTo(BandStatus.WITHIN);

        // 82/27 = 3.037…: all at 3 and one at 4
        Assessment.Builder b = Assessment.builder(RUBRIC);
        TestRubrics.allAt(3).answers().forEach(b::answer);
        ScoreReport above = Scoring.score(b.score("1.1", 4).build(), RUBRIC);
        assertThat(above.overall().average()).hasValue(Fraction.of(82, 27));
        assertThat(above.overall().band()).isEqualTo(BandStatus.ABOVE);
    }

    @Test
    void bandEdges_customBandIsComparedExactly() {
        ScoringOptions options = ScoringOptions.defaults().withTargetBand(new TargetBand(new BigDecimal("2.48"), new BigDecimal("2.49")));
        ScoreReport r = Scoring.score(threesThenTwos(13), RUBRIC, options);
        assertThat(r.overall().average()).hasValue(Fraction.of(67, 27));
        assertThat(r.overall().band()).isEqualTo(BandStatus.WITHIN);
        assertThat(r.targetBand().minimum()).isEqualByComparingTo("2.48");
        assertThat(r.provenance().options().targetBand()).isPresent();
        // the display value 2.48 equals the lower edge, yet 67/27 is exactly above it: a display value is never compared
        ScoringOptions tight = ScoringOptions.defaults().withTargetBand(new TargetBand(new BigDecimal("2.482"), new BigDecimal("3")));
        assertThat(Scoring.score(threesThenTwos(13), RUBRIC, tight).overall().band()).isEqualTo(BandStatus.BELOW);
    }

    @Test
    void excludedAndUnansweredFrameworks_areLeftOutOfTheAverages() {
        Assessment a = Assessment.builder(RUBRIC).score("1.1", 1).score("1.2", 2).exclude("1.3", "no community").unanswered("1.4").build();
        ScoreReport r = Scoring.score(a, RUBRIC);
        assertThat(r.area(1).orElseThrow().average().average()).hasValue(Fraction.of(3, 2));
        assertThat(r.overall().average()).hasValue(Fraction.of(3, 2));
        assertThat(r.area(2).orElseThrow().average()).isEqualTo(new BandedAverage(Optional.empty(), 0, BandStatus.NO_DATA));
        assertThat(r.completeness()).isEqualTo(new Completeness(28, 2, 1, 24, 1));
        assertThat(r.completeness().isPartial()).isTrue();
        assertThat(r.framework(id("1.3")).orElseThrow().exclusionReason()).hasValue("no community");
    }

    @Test
    void nothingScored_hasNoData() {
        ScoreReport r = Scoring.score(Assessment.builder(RUBRIC).build(), RUBRIC);
        assertThat(r.overall()).isEqualTo(new BandedAverage(Optional.empty(), 0, BandStatus.NO_DATA));
        assertThat(r.overall().displayValue()).isEmpty();
        assertThat(r.completeness().unanswered()).isEqualTo(27);
    }

    @Test
    void areaMean_weighsEveryAreaTheSame() {
        // area 1: 1.1 at 1, 1.2 at 1 (mean 1); area 2: 2.1 at 4 (mean 4)
        Assessment a = Assessment.builder(RUBRIC).score("1.1", 1).score("1.2", 1).score("2.1", 4).build();
        ScoreReport frameworkMean = Scoring.score(a, RUBRIC);
        ScoreReport areaMean = Scoring.score(a, RUBRIC, ScoringOptions.defaults().withAveraging(AveragingMethod.AREA_MEAN));
        assertThat(frameworkMean.overall().average()).hasValue(Fraction.of(2));
        assertThat(areaMean.overall().average()).hasValue(Fraction.of(5, 2));
        assertThat(areaMean.overall().frameworks()).isEqualTo(3);
        assertThat(areaMean.overall().band()).isEqualTo(BandStatus.WITHIN);
        assertThat(frameworkMean.overall().band()).isEqualTo(BandStatus.BELOW);
    }

    @Test
    void undefinedLevels_areFlaggedByDefaultAndRejectedInStrictMode() {
        Assessment a = Assessment.builder(RUBRIC).score("6.2", 5).score("4.4", 0).build();
        ScoreReport r = Scoring.score(a, RUBRIC);
        assertThat(r.framework(id("6.2")).orElseThrow().level()).hasValue(5);
        assertThat(r.flags()).extracting(Problem::path).containsExactly("answers[4.4].level", "answers[6.2].level");
        assertThat(r.overall().average()).hasValue(Fraction.of(5, 2));

        assertThatThrownBy(() -> Scoring.score(a, RUBRIC, ScoringOptions.defaults().withStrict(true)))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code)
                        .containsExactly(tuple("answers[6.2].level", "answer.level.undefined"), tuple("answers[4.4].level", "answer.level.undefined")));
    }

    @Test
    void flags_followTheMessagesLocale() {
        ScoreReport r = Scoring.score(Assessment.builder(RUBRIC).score("4.4", 1).build(), RUBRIC,
                ScoringOptions.defaults().withMessagesLocale(Locale.JAPANESE));
        assertThat(r.flags()).singleElement().extracting(Problem::message).asString().startsWith("フレームワーク 4.4 のレベル 1");
    }

    @Test
    void requireComplete_refusesAPartialAssessment() {
        ScoringOptions complete = ScoringOptions.defaults().withRequireComplete(true);
        assertThatThrownBy(() -> Scoring.score(Assessment.builder(RUBRIC).score("2.1", 3).build(), RUBRIC, complete))
                .isInstanceOfSatisfying(InvalidAssessmentException.class,
                        e -> assertThat(e.problems()).hasSize(26).allSatisfy(p -> assertThat(p.code()).isEqualTo("answer.missing")));
        assertThat(Scoring.score(TestRubrics.allAt(4), RUBRIC, complete).completeness().isPartial()).isFalse();
    }

    @Test
    void invalidAssessment_isRefusedWithEveryError() {
        Assessment bad = Assessment.builder(new RubricRef("sisac-psirt-maturity-sheet", "2.0")).score("2.1", 6).score("7.1", 1).build();
        assertThatThrownBy(() -> Scoring.score(bad, RUBRIC)).isInstanceOfSatisfying(InvalidAssessmentException.class,
                e -> assertThat(e.problems()).extracting(Problem::code)
                        .containsExactly("rubric.mismatch", "answer.level.range", "answer.framework.unknown"));
    }

    @Test
    void gaps_listTheDefinedLevelsToClimb_level1ServicesFirstWhileLevel1IsNotReached() {
        Assessment a = Assessment.builder(RUBRIC)
                .score("1.1", 2)      // gap 1
                .score("5.3", 2)      // gap 1, Level 1 (disclosure)
                .score("4.4", 1)      // gap 3, to level 4: levels 2 and 3 are undefined
                .score("2.1", 0)      // gap 3, Level 1 (intake)
                .score("1.2", 0)      // gap 3
                .score("3.1", 3)      // no gap
                .exclude("4.2")       // excluded: no gap
                .build();
        ScoreReport r = Scoring.score(a, RUBRIC);
        assertThat(r.firstLevel1().isReached()).isFalse();
        assertThat(r.gaps()).extracting(g -> g.framework().toString(), Gap::current, Gap::target, Gap::requiredByFirstLevel1).containsExactly(
                tuple("2.1", 0, 3, true),
                tuple("5.3", 2, 3, true),
                tuple("1.2", 0, 3, false),
                tuple("4.4", 1, 4, false),
                tuple("1.1", 2, 3, false));
        Gap intake = r.gaps().get(0);
        assertThat(intake.steps()).extracting(RubricLevel::level).containsExactly(1, 2, 3);
        assertThat(intake.steps()).allSatisfy(s -> assertThat(s.description()).isPresent());
        assertThat(intake.steps().get(2)).isEqualTo(RUBRIC.level(id("2.1"), 3).orElseThrow());
        assertThat(intake.isTargetAdjusted()).isFalse();
        Gap metrics = r.gaps().get(3);
        assertThat(metrics.isTargetAdjusted()).isTrue();
        assertThat(metrics.requestedTarget()).isEqualTo(3);
        assertThat(metrics.steps()).extracting(RubricLevel::level).containsExactly(4);
        assertThat(metrics.steps()).allSatisfy(s -> assertThat(s.isDefined()).isTrue());
    }

    @Test
    void gaps_useTheTargetProfileAndTheDefaultTarget() {
        ScoringOptions options = ScoringOptions.defaults().withDefaultTargetLevel(2).withTargets(TargetProfile.none().with("2.1", 5));
        ScoreReport r = Scoring.score(Assessment.builder(RUBRIC).score("2.1", 3).score("1.1", 1).score("1.2", 2).build(), RUBRIC, options);
        assertThat(r.gaps()).extracting(g -> g.framework().toString(), Gap::size).containsExactly(tuple("2.1", 2), tuple("1.1", 1));
        assertThat(r.framework(id("2.1")).orElseThrow().target()).isEqualTo(5);
        assertThat(r.framework(id("1.2")).orElseThrow().target()).isEqualTo(2);
        assertThat(r.gaps().get(0).steps()).extracting(RubricLevel::level).containsExactly(4, 5);

        ScoringOptions unknown = ScoringOptions.defaults().withTargets(TargetProfile.none().with("9.9", 3));
        assertThatThrownBy(() -> Scoring.score(TestRubrics.allAt(3), RUBRIC, unknown))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code).containsExactly(tuple("targets[9.9]", "target.framework.unknown")))
                .hasMessageContaining("framework 9.9");
    }

    @Test
    void firstLevel1_judgesServicesFromLevelsAndFoundationsFromYesNoAnswers() {
        Assessment a = Assessment.builder(RUBRIC)
                .score("2.1", 3).score("3.1", 2).exclude("4.2", "we ship no fixes").score("5.3", 5)
                .foundation("executive-sponsorship", true).foundation("budget", false).foundation("triage", true)
                .build();
        Level1Assessment l1 = Scoring.score(a, RUBRIC).firstLevel1();
        assertThat(l1.threshold()).isEqualTo(3);
        assertThat(l1.met()).extracting(Requirement::key).containsExactly("executive-sponsorship", "intake", "triage", "disclosure");
        assertThat(l1.missing()).extracting(Requirement::key).containsExactly("budget", "qualification", "remediation");
        assertThat(l1.unknown()).extracting(Requirement::key).containsExactly("stakeholders", "policy.vulnerability-management",
                "policy.information-handling", "policy.scoring-prioritisation", "policy.remediation-sla", "policy.disclosure", "analysis");
        assertThat(l1.isReached()).isFalse();
        assertThat(l1.requirements().get(9)).isEqualTo(new RequirementOutcome(
                org.psirtmaturity.model.first.MaturityProfile.firstLevel1().requirement("qualification").orElseThrow(),
                RequirementStatus.MISSING, Optional.of(2)));

        Level1Assessment lower = Scoring.score(a, RUBRIC, ScoringOptions.defaults().withLevel1Threshold(2)).firstLevel1();
        assertThat(lower.met()).extracting(Requirement::key).contains("qualification");
    }

    @Test
    void firstLevel1_isReachedWhenEverythingIsInPlace() {
        Assessment.Builder b = Assessment.builder(RUBRIC);
        TestRubrics.allAt(4).answers().forEach(b::answer);
        Level1Assessment.yesNoKeys(org.psirtmaturity.model.first.MaturityProfile.firstLevel1()).forEach(k -> b.foundation(k, true));
        assertThat(Scoring.score(b.build(), RUBRIC).firstLevel1().isReached()).isTrue();
    }

    @Test
    void provenance_recordsTheRubricTheOptionsAndTheLibraryVersion() {
        ScoringOptions options = ScoringOptions.defaults().withAveraging(AveragingMethod.AREA_MEAN);
        ScoreReport r = Scoring.score(Assessment.builder(RUBRIC).organization("Example Corp").date(LocalDate.of(2026, 10, 1)).build(),
                RUBRIC, options);
        Provenance p = r.provenance();
        assertThat(p.rubric()).isEqualTo(RubricRef.of(RUBRIC));
        assertThat(p.rubricLocale()).isEqualTo(RUBRIC.locale());
        assertThat(p.rubricDigest()).isEqualTo(RUBRIC.contentDigest()).hasSize(64);
        assertThat(p.options()).isEqualTo(options);
        assertThat(p.libraryVersion()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
        assertThat(r.context().flatMap(AssessmentContext::date)).hasValue(LocalDate.of(2026, 10, 1));
    }

    @Test
    void report_isInRubricOrderWhateverTheAnswerOrder() {
        ScoreReport r = Scoring.score(Assessment.builder(RUBRIC).score("6.5", 1).score("1.1", 2).build(), RUBRIC);
        assertThat(r.frameworks()).extracting(f -> f.framework().toString()).startsWith("1.1", "1.2").endsWith("6.4", "6.5").hasSize(28);
        assertThat(r.areas()).extracting(AreaResult::area).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(r.areas().get(0).title()).isEqualTo(RUBRIC.area(1).orElseThrow().title());
    }

    @Test
    void options_rejectLevelsOutsideTheRange() {
        assertThatThrownBy(() -> ScoringOptions.defaults().withDefaultTargetLevel(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringOptions.defaults().withLevel1Threshold(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetProfile.none().with("2.1", 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetProfile.none().with("two", 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
