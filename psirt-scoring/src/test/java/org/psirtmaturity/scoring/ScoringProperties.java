package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.MaturityProfile;

class ScoringProperties {

    private static final Rubric RUBRIC = TestRubrics.japanese();
    private static final List<Framework> IN_SCOPE = TestRubrics.inScope();
    private static final BandedAverage NO_DATA = new BandedAverage(Optional.empty(), 0, BandStatus.NO_DATA);

    /** Per framework in scope: -3 no answer, -2 excluded, -1 unanswered, 0 to 5 a level. */
    @Provide
    Arbitrary<List<Integer>> codes() {
        return Arbitraries.integers().between(-3, 5).list().ofSize(IN_SCOPE.size());
    }

    @Provide
    Arbitrary<AveragingMethod> methods() {
        return Arbitraries.of(AveragingMethod.class);
    }

    private static Assessment assessment(List<Integer> codes) {
        List<FrameworkAnswer> answers = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String id = IN_SCOPE.get(i).id().toString();
            int code = codes.get(i);
            if (code == -2) {
                answers.add(FrameworkAnswer.of(id, Answer.excluded("outside our business")));
            } else if (code == -1) {
                answers.add(FrameworkAnswer.of(id, Answer.unanswered()));
            } else if (code >= 0) {
                answers.add(FrameworkAnswer.of(id, Answer.scored(code)));
            }
        }
        return Assessment.builder(RUBRIC).build().withAnswers(answers);
    }

    private static ScoreReport score(List<Integer> codes, AveragingMethod method) {
        return Scoring.score(assessment(codes), RUBRIC, ScoringOptions.defaults().withAveraging(method));
    }

    private static List<BandedAverage> averages(ScoreReport r) {
        List<BandedAverage> all = new ArrayList<>();
        all.add(r.overall());
        r.areas().forEach(a -> all.add(a.average()));
        return all;
    }

    @Property(tries = 100)
    void averages_stayWithinZeroAndFive(@ForAll("codes") List<Integer> codes, @ForAll("methods") AveragingMethod method) {
        for (BandedAverage a : averages(score(codes, method))) {
            a.average().ifPresent(f -> assertThat(f).isBetween(Fraction.ZERO, Fraction.of(5)));
            assertThat(a.frameworks()).isBetween(0, IN_SCOPE.size());
        }
    }

    @Property(tries = 100)
    void raisingOneAnswer_neverLowersAnyAverage(@ForAll("codes") List<Integer> codes, @ForAll("methods") AveragingMethod method,
            @ForAll Random random) {
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) >= 0 && codes.get(i) < 5) {
                scored.add(i);
            }
        }
        if (scored.isEmpty()) {
            return;
        }
        int which = scored.get(random.nextInt(scored.size()));
        List<Integer> raised = new ArrayList<>(codes);
        raised.set(which, codes.get(which) + 1 + random.nextInt(5 - codes.get(which)));

        List<BandedAverage> before = averages(score(codes, method));
        List<BandedAverage> after = averages(score(raised, method));
        for (int i = 0; i < before.size(); i++) {
            Fraction b = before.get(i).average().orElse(Fraction.ZERO);
            Fraction a = after.get(i).average().orElse(Fraction.ZERO);
            assertThat(a).isGreaterThanOrEqualTo(b);
        }
        assertThat(after.get(0).average().orElseThrow()).isGreaterThan(before.get(0).average().orElseThrow());
    }

    @Property(tries = 100)
    void excludingAFramework_equalsRemovingItsAnswer(@ForAll("codes") List<Integer> codes, @ForAll("methods") AveragingMethod method,
            @ForAll Random random) {
        int which = random.nextInt(codes.size());
        List<Integer> excluded = new ArrayList<>(codes);
        excluded.set(which, -2);
        List<Integer> removed = new ArrayList<>(codes);
        removed.set(which, -3);

        ScoreReport e = score(excluded, method);
        ScoreReport r = score(removed, method);
        assertThat(averages(e)).isEqualTo(averages(r));
        assertThat(e.gaps()).isEqualTo(r.gaps());
        assertThat(e.flags()).isEqualTo(r.flags());
    }

    @Property(tries = 100)
    void answerOrder_doesNotMatter(@ForAll("codes") List<Integer> codes, @ForAll("methods") AveragingMethod method, @ForAll Random random) {
        Assessment a = assessment(codes);
        List<FrameworkAnswer> shuffled = new ArrayList<>(a.answers());
        Collections.shuffle(shuffled, random);
        ScoringOptions options = ScoringOptions.defaults().withAveraging(method);
        assertThat(Scoring.score(a.withAnswers(shuffled), RUBRIC, options)).isEqualTo(Scoring.score(a, RUBRIC, options));
    }

    @Property(tries = 100)
    void scoring_isDeterministic(@ForAll("codes") List<Integer> codes, @ForAll("methods") AveragingMethod method) {
        ScoreReport first = score(codes, method);
        ScoreReport second = score(List.copyOf(codes), method);
        assertThat(second).isEqualTo(first);
        assertThat(second.hashCode()).isEqualTo(first.hashCode());
    }

    @Property(tries = 100)
    void nothingScored_isTheOnlyWayToHaveNoData(@ForAll("codes") List<Integer> codes) {
        ScoreReport r = score(codes, AveragingMethod.FRAMEWORK_MEAN);
        boolean anyScored = codes.stream().anyMatch(c -> c >= 0);
        assertThat(r.overall().equals(NO_DATA)).isEqualTo(!anyScored);
        assertThat(r.completeness().scored() + r.completeness().excluded() + r.completeness().unanswered()).isEqualTo(IN_SCOPE.size());
    }

    /** The level a gap should lead to, from the rubric's defined levels: the target, else the nearest above, else the highest below. */
    private static int expectedTarget(Framework f, int requested) {
        List<Integer> defined = f.definedLevels().stream().map(RubricLevel::level).toList();
        if (defined.contains(requested)) {
            return requested;
        }
        return defined.stream().filter(l -> l > requested).min(Integer::compare)
                .orElseGet(() -> defined.stream().filter(l -> l < requested).max(Integer::compare).orElseThrow());
    }

    @Property(tries = 100)
    void gaps_areTheScoredFrameworksBelowTheirTarget_ledToDefinedLevels(@ForAll("codes") List<Integer> codes,
            @ForAll @IntRange(min = 0, max = 5) int defaultTarget) {
        ScoreReport r = Scoring.score(assessment(codes), RUBRIC, ScoringOptions.defaults().withDefaultTargetLevel(defaultTarget));

        List<Gap> expected = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Framework f = IN_SCOPE.get(i);
            int level = codes.get(i);
            int target = expectedTarget(f, defaultTarget);
            if (level >= 0 && level < target) {
                List<RubricLevel> steps = f.definedLevels().stream().filter(l -> l.level() > level && l.level() <= target).toList();
                expected.add(new Gap(f.id(), level, target, defaultTarget, Level1Frameworks.IDS.contains(f.id().toString()), steps));
            }
        }
        assertThat(r.gaps()).containsExactlyInAnyOrderElementsOf(expected);
        for (Gap g : r.gaps()) {
            assertThat(g.isTargetAdjusted()).isEqualTo(!RUBRIC.framework(g.framework()).orElseThrow().level(defaultTarget).isDefined());
            assertThat(r.framework(g.framework()).orElseThrow().target()).isEqualTo(g.target());
        }
    }

    @Property(tries = 100)
    void gaps_followTheRoadmapOrder(@ForAll("codes") List<Integer> codes, @ForAll @IntRange(min = 0, max = 5) int defaultTarget,
            @ForAll boolean foundations) {
        Assessment a = assessment(codes);
        if (foundations) {
            Map<String, Boolean> yes = new LinkedHashMap<>();
            Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1()).forEach(k -> yes.put(k, true));
            a = new Assessment(a.rubric(), a.context(), a.answers(), yes, a.extensions());
        }
        ScoreReport r = Scoring.score(a, RUBRIC, ScoringOptions.defaults().withDefaultTargetLevel(defaultTarget));
        boolean reached = r.firstLevel1().isReached();
        assertThat(reached).isEqualTo(foundations && Level1Frameworks.IDS.stream()
                .allMatch(id -> codes.get(IN_SCOPE.indexOf(RUBRIC.framework(FrameworkId.parse(id)).orElseThrow())) >= 3));

        for (int i = 1; i < r.gaps().size(); i++) {
            Gap before = r.gaps().get(i - 1);
            Gap after = r.gaps().get(i);
            int[] b = key(before, reached);
            int[] k = key(after, reached);
            assertThat(Arrays.compare(b, k)).as("%s before %s", before, after).isNegative();
        }
    }

    /** The sort key of a gap: smaller comes first. */
    private static int[] key(Gap g, boolean reached) {
        int level1 = g.requiredByFirstLevel1() ? 0 : 1;
        int larger = -g.size();
        int order = IN_SCOPE.indexOf(RUBRIC.framework(g.framework()).orElseThrow());
        return reached ? new int[] {larger, level1, order} : new int[] {level1, larger, order};
    }

    /** The frameworks whose service FIRST Maturity Level 1 requires, as the FIRST Maturity Document lists them. */
    private static final class Level1Frameworks {
        static final Set<String> IDS = Set.of("2.1", "3.1", "3.3", "4.2", "5.3");
    }
}
