package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.MaturityProfile;

/**
 * Gaps on the real sheet, where 4.4 and 5.4 define only levels 4 and 5, and 5.2, 5.3 and 6.2 define
 * no level 5: a gap always leads to a defined level and lists only defined levels; a target profile
 * that names an undefined level or an unknown framework is a problem; the roadmap puts the Level 1
 * frameworks first until FIRST Maturity Level 1 is reached.
 */
class GapTest {

    private static final Rubric RUBRIC = TestRubrics.japanese();
    private static final String RUBRIC_NAME = "sisac-psirt-maturity-sheet 1.0";

    private static FrameworkId id(String text) {
        return FrameworkId.parse(text);
    }

    private static RubricLevel level(String framework, int level) {
        return RUBRIC.level(id(framework), level).orElseThrow();
    }

    private static Gap gap(ScoreReport r, String framework) {
        return r.gaps().stream().filter(g -> g.framework().equals(id(framework))).findFirst()
                .orElseThrow(() -> new AssertionError("no gap for " + framework + " in " + r.gaps()));
    }

    private static ScoringOptions defaultTarget(int level) {
        return ScoringOptions.defaults().withDefaultTargetLevel(level);
    }

    /** Every FIRST Maturity Level 1 requirement without a framework answered yes. */
    private static Assessment.Builder withAllFoundations(Assessment.Builder b) {
        Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1()).forEach(k -> b.foundation(k, true));
        return b;
    }

    // ------------------------------------------------------------------ the rubric the tests rely on

    @Test
    void theSheet_leavesTheLevelsTheseTestsRelyOnUndefined() {
        assertThat(RUBRIC.framework(id("4.4")).orElseThrow().definedLevels()).extracting(RubricLevel::level).containsExactly(4, 5);
        assertThat(RUBRIC.framework(id("5.4")).orElseThrow().definedLevels()).extracting(RubricLevel::level).containsExactly(4, 5);
        assertThat(RUBRIC.framework(id("5.2")).orElseThrow().definedLevels()).extracting(RubricLevel::level).containsExactly(0, 1, 2, 3, 4);
        assertThat(RUBRIC.framework(id("2.1")).orElseThrow().definedLevels()).extracting(RubricLevel::level)
                .containsExactly(0, 1, 2, 3, 4, 5);
    }

    // ------------------------------------------------------------------ the level a gap leads to

    @Test
    void aDefaultTargetOnAnUndefinedLevel_movesToTheNearestDefinedLevelAbove() {
        ScoreReport r = Scoring.score(Assessment.builder(RUBRIC).score("4.4", 1).score("5.4", 2).score("2.1", 1).build(), RUBRIC);

        assertThat(r.gaps()).extracting(g -> g.framework().toString(), Gap::current, Gap::target, Gap::requestedTarget,
                Gap::isTargetAdjusted, Gap::size).containsExactly(
                        tuple("2.1", 1, 3, 3, false, 2),
                        tuple("4.4", 1, 4, 3, true, 3),
                        tuple("5.4", 2, 4, 3, true, 2));
        assertThat(gap(r, "4.4").steps()).containsExactly(level("4.4", 4));
        assertThat(gap(r, "5.4").steps()).containsExactly(level("5.4", 4));
        assertThat(gap(r, "2.1").steps()).containsExactly(level("2.1", 2), level("2.1", 3));
        assertThat(r.framework(id("4.4")).orElseThrow().target()).isEqualTo(4);
        assertThat(r.framework(id("2.1")).orElseThrow().target()).isEqualTo(3);
    }

    @Test
    void aScoreAtTheAdjustedTarget_hasNoGap() {
        ScoreReport r = Scoring.score(Assessment.builder(RUBRIC).score("4.4", 4).score("5.4", 5).build(), RUBRIC);
        assertThat(r.gaps()).isEmpty();
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void aDefaultTargetAboveTheHighestDefinedLevel_movesToTheHighestDefinedLevelBelow() {
        ScoreReport r = Scoring.score(Assessment.builder(RUBRIC).score("5.2", 2).score("2.1", 2).score("4.4", 0).build(), RUBRIC,
                defaultTarget(5));

        assertThat(gap(r, "5.2")).satisfies(g -> {
            assertThat(g.target()).isEqualTo(4);
            assertThat(g.requestedTarget()).isEqualTo(5);
            assertThat(g.isTargetAdjusted()).isTrue();
            assertThat(g.steps()).containsExactly(level("5.2", 3), level("5.2", 4));
        });
        assertThat(gap(r, "2.1")).satisfies(g -> {
            assertThat(g.target()).isEqualTo(5);
            assertThat(g.isTargetAdjusted()).isFalse();
            assertThat(g.steps()).extracting(RubricLevel::level).containsExactly(3, 4, 5);
        });
        // Level 5 is defined for 4.4: not adjusted, and the undefined levels 1 to 3 are no steps.
        assertThat(gap(r, "4.4")).satisfies(g -> {
            assertThat(g.target()).isEqualTo(5);
            assertThat(g.isTargetAdjusted()).isFalse();
            assertThat(g.steps()).containsExactly(level("4.4", 4), level("4.4", 5));
            assertThat(g.size()).isEqualTo(5);
        });
        assertThat(Scoring.score(Assessment.builder(RUBRIC).score("5.2", 4).build(), RUBRIC, defaultTarget(5)).gaps())
                .as("level 4 is the top of 5.2").isEmpty();
    }

    @Test
    void steps_areOnlyDefinedLevels_risingToTheTarget() {
        ScoreReport r = Scoring.score(TestRubrics.allAt(0), RUBRIC, defaultTarget(5));
        assertThat(r.gaps()).hasSize(27).allSatisfy(g -> {
            Framework f = RUBRIC.framework(g.framework()).orElseThrow();
            List<RubricLevel> expected = f.definedLevels().stream().filter(l -> l.level() > 0 && l.level() <= g.target()).toList();
            assertThat(g.steps()).isEqualTo(expected);
            assertThat(g.steps()).allSatisfy(s -> assertThat(s.description()).isPresent());
            assertThat(g.steps().get(g.steps().size() - 1).level()).isEqualTo(g.target());
            assertThat(f.level(g.target()).isDefined()).isTrue();
        });
        assertThat(r.gaps()).filteredOn(Gap::isTargetAdjusted).extracting(g -> g.framework().toString(), Gap::target)
                .containsExactlyInAnyOrder(tuple("5.2", 4), tuple("5.3", 4), tuple("6.2", 4));
    }

    @Test
    void anExplicitTargetOnADefinedLevel_isUsedAsItIs() {
        ScoringOptions options = ScoringOptions.defaults().withTargets(TargetProfile.none().with("4.4", 5).with("5.2", 4));
        ScoreReport r = Scoring.score(Assessment.builder(RUBRIC).score("4.4", 4).score("5.2", 1).build(), RUBRIC, options);
        assertThat(r.gaps()).extracting(g -> g.framework().toString(), Gap::current, Gap::target, Gap::isTargetAdjusted)
                .containsExactly(tuple("5.2", 1, 4, false), tuple("4.4", 4, 5, false));
        assertThat(Scoring.checkOptions(RUBRIC, options)).isEmpty();
    }

    // ------------------------------------------------------------------ target profiles that do not fit the rubric

    @Test
    void aTargetProfileNamingUndefinedLevelsOrUnknownFrameworks_hasProblemsInProfileOrder() {
        ScoringOptions options = ScoringOptions.defaults().withTargets(TargetProfile.none()
                .with("9.9", 3).with("5.2", 5).with("2.1", 4).with("4.4", 3).with("6.3", 2));

        List<Problem> problems = Scoring.checkOptions(RUBRIC, options);

        assertThat(problems).extracting(Problem::path, Problem::code, Problem::arguments).containsExactly(
                tuple("targets[4.4]", "target.level.undefined", List.of("3", "4.4", "4, 5")),
                tuple("targets[5.2]", "target.level.undefined", List.of("5", "5.2", "0, 1, 2, 3, 4")),
                tuple("targets[6.3]", "target.level.undefined", List.of("2", "6.3", "-")),
                tuple("targets[9.9]", "target.framework.unknown", List.of("9.9", RUBRIC_NAME)));
        assertThat(problems.get(0).message()).isEqualTo("the target profile asks for level 3 of framework 4.4, which the rubric leaves "
                + "undefined; expected one of the defined levels 4, 5");
        assertThat(problems.get(3).message()).isEqualTo("the target profile names framework 9.9, which rubric " + RUBRIC_NAME
                + " does not have; expected a framework of the rubric");

        List<Problem> japanese = Scoring.checkOptions(RUBRIC, options.withMessagesLocale(Locale.JAPANESE));
        assertThat(japanese).extracting(Problem::path, Problem::code, Problem::arguments)
                .containsExactlyElementsOf(problems.stream().map(p -> tuple(p.path(), p.code(), p.arguments())).toList());
        assertThat(japanese.get(0).message()).isEqualTo("目標プロファイルがフレームワーク 4.4 のレベル 3 を指定していますが、このレベルはルーブリックで"
                + "定義されていません。定義されたレベル 4, 5 のいずれかを指定してください");
    }

    @Test
    void score_throwsTheTargetProblemsAfterTheAssessmentsErrors() {
        ScoringOptions options = ScoringOptions.defaults().withTargets(TargetProfile.none().with("9.9", 3).with("4.4", 3));
        Assessment bad = Assessment.builder(RUBRIC).score("2.1", 7).build();

        assertThatThrownBy(() -> Scoring.score(bad, RUBRIC, options)).isInstanceOfSatisfying(InvalidAssessmentException.class,
                e -> assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
                        tuple("answers[2.1].level", "answer.level.range"),
                        tuple("targets[4.4]", "target.level.undefined"),
                        tuple("targets[9.9]", "target.framework.unknown")));
        // A valid assessment is refused for its options alone.
        assertThatThrownBy(() -> Scoring.score(TestRubrics.allAt(3), RUBRIC, options)).isInstanceOfSatisfying(
                InvalidAssessmentException.class, e -> assertThat(e.problems()).extracting(Problem::code)
                        .containsExactly("target.level.undefined", "target.framework.unknown"));
    }

    @Test
    void aDefaultTargetIsNeverAProblem_evenWhereItIsUndefined() {
        for (int target = 0; target <= 5; target++) {
            assertThat(Scoring.checkOptions(RUBRIC, defaultTarget(target))).isEmpty();
            assertThat(Scoring.score(TestRubrics.allAt(0), RUBRIC, defaultTarget(target)).gaps())
                    .allSatisfy(g -> assertThat(RUBRIC.framework(g.framework()).orElseThrow().level(g.target()).isDefined()).isTrue());
        }
    }

    // ------------------------------------------------------------------ the roadmap's order

    @Test
    void requiredByFirstLevel1_isTrueForTheFiveLevel1FrameworksOnly() {
        ScoreReport r = Scoring.score(TestRubrics.allAt(0), RUBRIC);
        assertThat(r.gaps()).filteredOn(Gap::requiredByFirstLevel1).extracting(g -> g.framework().toString())
                .containsExactly("2.1", "3.1", "3.3", "4.2", "5.3");
    }

    /** Scores for the order tests: Level 1 frameworks with small gaps, others with large ones. */
    private static Assessment.Builder mixedTeam() {
        return Assessment.builder(RUBRIC)
                .score("1.1", 0)      // gap 3
                .score("1.2", 1)      // gap 2
                .score("2.1", 2)      // gap 1, Level 1 (intake)
                .score("3.3", 1)      // gap 2, Level 1 (analysis)
                .score("4.4", 1)      // gap 3 (to 4, the nearest defined level)
                .score("5.3", 0)      // gap 3, Level 1 (disclosure)
                .score("6.1", 2)      // gap 1
                .score("3.1", 3);     // no gap, Level 1 (qualification)
    }

    @Test
    void aYoungTeam_getsTheLevel1GapsFirst_eachGroupLargerGapFirst() {
        ScoreReport r = Scoring.score(withAllFoundations(mixedTeam()).build(), RUBRIC);

        assertThat(r.firstLevel1().isReached()).isFalse();
        assertThat(r.gaps()).extracting(g -> g.framework().toString(), Gap::size, Gap::requiredByFirstLevel1).containsExactly(
                tuple("5.3", 3, true),
                tuple("3.3", 2, true),
                tuple("2.1", 1, true),
                tuple("1.1", 3, false),
                tuple("4.4", 3, false),
                tuple("1.2", 2, false),
                tuple("6.1", 1, false));
    }

    @Test
    void aTeamThatReachedLevel1_getsTheLargerGapsFirst_thenLevel1Frameworks() {
        Assessment a = withAllFoundations(Assessment.builder(RUBRIC))
                .score("1.1", 2)      // gap 3
                .score("1.2", 3)      // gap 2
                .score("2.1", 3)      // gap 2, Level 1
                .score("3.1", 4)      // gap 1, Level 1
                .score("3.3", 3)      // gap 2, Level 1
                .score("4.2", 5)      // no gap, Level 1
                .score("5.3", 3)      // gap 1 (to 4, the highest defined level), Level 1
                .score("6.1", 4)      // gap 1
                .build();
        ScoreReport r = Scoring.score(a, RUBRIC, defaultTarget(5));

        assertThat(r.firstLevel1().isReached()).isTrue();
        assertThat(r.gaps()).extracting(g -> g.framework().toString(), Gap::size, Gap::requiredByFirstLevel1).containsExactly(
                tuple("1.1", 3, false),
                tuple("2.1", 2, true),
                tuple("3.3", 2, true),
                tuple("1.2", 2, false),
                tuple("3.1", 1, true),
                tuple("5.3", 1, true),
                tuple("6.1", 1, false));

        // The same scores without the foundations: Level 1 is not reached, and its frameworks come first.
        Assessment withoutFoundations = new Assessment(a.rubric(), a.context(), a.answers(), Map.of(), a.extensions());
        ScoreReport notReached = Scoring.score(withoutFoundations, RUBRIC, defaultTarget(5));
        assertThat(notReached.firstLevel1().isReached()).isFalse();
        assertThat(notReached.gaps()).extracting(g -> g.framework().toString())
                .containsExactly("2.1", "3.3", "3.1", "5.3", "1.1", "1.2", "6.1");
    }

    @Test
    void theOrder_doesNotDependOnTheAnswerOrder() {
        Assessment a = withAllFoundations(mixedTeam()).build();
        List<FrameworkAnswer> reversed = new ArrayList<>(a.answers());
        Collections.reverse(reversed);
        assertThat(Scoring.score(a.withAnswers(reversed), RUBRIC).gaps()).isEqualTo(Scoring.score(a, RUBRIC).gaps());
    }

    // ------------------------------------------------------------------ the record's invariants

    @Test
    void gap_needsRisingDefinedStepsEndingAtItsTarget() {
        FrameworkId f44 = id("4.4");
        Gap adjusted = new Gap(f44, 1, 4, 3, false, List.of(level("4.4", 4)));
        assertThat(adjusted.isTargetAdjusted()).isTrue();
        assertThat(adjusted.size()).isEqualTo(3);
        assertThat(new Gap(f44, 0, 5, 5, false, List.of(level("4.4", 4), level("4.4", 5))).isTargetAdjusted()).isFalse();

        Framework framework = RUBRIC.framework(f44).orElseThrow();
        assertThatThrownBy(() -> new Gap(f44, 1, 4, 3, false, List.of(framework.level(3), level("4.4", 4))))
                .as("an undefined step").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rising defined levels above 1");
        assertThatThrownBy(() -> new Gap(f44, 1, 5, 5, false, List.of(level("4.4", 4))))
                .as("not ending at the target").hasMessage("framework 4.4: the steps must end at the target 5");
        assertThatThrownBy(() -> new Gap(f44, 4, 4, 3, false, List.of())).hasMessage("a gap needs current < target, got 4 and 4");
        assertThatThrownBy(() -> new Gap(f44, 4, 5, 5, false, List.of(level("4.4", 4), level("4.4", 5))))
                .as("a step at the current level").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Gap(f44, 3, 5, 5, false, List.of(level("4.4", 5), level("4.4", 4))))
                .as("falling steps").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Gap(f44, 3, 4, 4, false, List.of(level("5.4", 4))))
                .as("another framework's level").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Gap(f44, 3, 4, 6, false, List.of(level("4.4", 4)))).as("requested target out of range")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Gap(f44, 3, 4, 4, false, null)).isInstanceOf(NullPointerException.class);
    }
}
