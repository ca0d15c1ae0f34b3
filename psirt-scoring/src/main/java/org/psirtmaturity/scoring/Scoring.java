package org.psirtmaturity.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.scoring.internal.Paths;

/**
 * Scores an {@link Assessment} against a {@link Rubric}.
 *
 * <p><b>Averages.</b> A framework is <i>included</i> when it is scored: not excluded, not unanswered
 * and not out of scope (framework 6.3 of the maturity sheet never counts). An area's average is the
 * mean of its included frameworks. The overall average is, with
 * {@link AveragingMethod#FRAMEWORK_MEAN} (the default, the sheet's own measure), the mean of all
 * included frameworks; with {@link AveragingMethod#AREA_MEAN}, the mean of the area averages,
 * skipping areas with no included framework. Averages are exact {@link Fraction}s built from integer
 * sums and counts; nothing is rounded before a comparison. For display they are rounded HALF_UP to
 * two decimals ({@link Fraction#displayValue()}).
 *
 * <p><b>Band.</b> Each average is placed {@link BandStatus#BELOW below}, {@link BandStatus#WITHIN
 * within} or {@link BandStatus#ABOVE above} the target band (the options' band, else the rubric's
 * guidance, 2.5 to 3.0), comparing exactly and inclusively at both edges; with nothing scored the
 * status is {@link BandStatus#NO_DATA}.
 *
 * <p><b>Gaps.</b> For each included framework scored below its target (the options' target profile,
 * else {@link ScoringOptions#defaultTargetLevel()}), a {@link Gap} lists the rubric levels from
 * {@code current + 1} to the target with their descriptions (or none, for undefined levels) and FIRST
 * citations. Gaps are ordered by size, largest first; then frameworks whose service FIRST Maturity
 * Level 1 requires (2.1, 3.1, 3.3, 4.2, 5.3) before others; then in framework order.
 *
 * <p><b>Validation.</b> The assessment is validated first ({@link AssessmentValidator}, with the
 * options' strictness and completeness requirement); errors are thrown together. Answers at undefined
 * levels are, by default, scored as given and listed in {@link ScoreReport#flags()}.
 *
 * <p>Scoring is a pure function of its arguments: no I/O (beyond reading this library's own message
 * bundle and version resource once), no logging, no shared mutable state; it is thread-safe and
 * deterministic.
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * Scores with the default options.
     *
     * @param assessment the assessment
     * @param rubric     the rubric it answers
     * @return the report
     * @throws InvalidAssessmentException if the assessment has validation errors; it carries them all
     */
    public static ScoreReport score(Assessment assessment, Rubric rubric) {
        return score(assessment, rubric, ScoringOptions.defaults());
    }

    /**
     * Scores an assessment.
     *
     * @param assessment the assessment
     * @param rubric     the rubric it answers
     * @param options    how to score
     * @return the report
     * @throws InvalidAssessmentException if the assessment has validation errors (in strict mode also
     *                                    answers at undefined levels; with {@code requireComplete} also
     *                                    missing answers); it carries them all
     * @throws IllegalArgumentException   if the options' target profile names a framework the rubric
     *                                    does not have
     */
    public static ScoreReport score(Assessment assessment, Rubric rubric, ScoringOptions options) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(options, "options");
        // What AssessmentValidator.requireValid does, keeping the answers the validator indexed by framework id.
        AssessmentValidator.Checked checked = AssessmentValidator.check(assessment, rubric, options.messagesLocale(), options.strict(),
                options.requireComplete());
        if (checked.hasErrors()) {
            throw new InvalidAssessmentException(checked.result().errors());
        }
        TargetProfile targets = options.targets();
        boolean ownTargets = !targets.targets().isEmpty();
        if (ownTargets) {
            for (FrameworkId id : targets.targets().keySet()) {
                if (rubric.framework(id).isEmpty()) {
                    throw new IllegalArgumentException("the target profile names framework " + id + ", which rubric "
                            + rubric.id() + " " + rubric.edition() + " does not have");
                }
            }
        }

        // Valid, so every id is well formed, known and given once: the index holds one answer per framework answered,
        // by the framework's place in rubric order, which is the order of the loop below.
        AnswerIndex answers = checked.answers();
        TargetBand band = options.targetBand().isPresent() ? options.targetBand().get() : TargetBand.of(rubric.guidance());
        ExactBand exactBand = ExactBand.of(band);
        int defaultTarget = options.defaultTargetLevel();
        boolean areaMean = options.averaging() == AveragingMethod.AREA_MEAN;

        // Arrays of known size rather than growing lists: List.of copies each once, and the report's
        // List.copyOf keeps those immutable lists as they are.
        List<ServiceArea> rubricAreas = rubric.areas();
        List<Framework> all = rubric.frameworks();
        FrameworkResult[] frameworks = new FrameworkResult[all.size()];
        AreaResult[] areas = new AreaResult[rubricAreas.size()];
        Gap[] gaps = new Gap[all.size()];
        List<Problem> flags = null; // made with the first flag: most reports have none
        int place = 0;
        int gap = 0;
        long totalSum = 0;
        int totalCount = 0;
        Fraction sumOfAreaMeans = Fraction.ZERO;
        int areasWithData = 0;
        int excluded = 0;
        int unanswered = 0;
        int outOfScope = 0;
        for (int a = 0; a < areas.length; a++) {
            ServiceArea area = rubricAreas.get(a);
            List<Framework> inArea = area.frameworks();
            long sum = 0;
            int count = 0;
            for (int i = 0; i < inArea.size(); i++) {
                Framework f = inArea.get(i);
                FrameworkId id = f.id();
                Answer answer = answers.answer(place);
                int target = ownTargets ? targets.targetOr(id, defaultTarget) : defaultTarget;
                // One constructor call for every status: a smaller method, which the JIT compiles better.
                FrameworkStatus status;
                Optional<Integer> level = Optional.empty();
                Optional<String> reason = Optional.empty();
                if (f.outOfScope()) {
                    outOfScope++;
                    status = FrameworkStatus.OUT_OF_SCOPE;
                } else if (answer instanceof Answer.Scored s) {
                    int scored = s.level();
                    sum += scored;
                    count++;
                    status = FrameworkStatus.SCORED;
                    level = FrameworkResult.level(scored);
                    // Only an answer the validator warned about can be at an undefined level.
                    if (checked.hasProblems() && !f.level(scored).isDefined()) {
                        if (flags == null) {
                            flags = new ArrayList<>();
                        }
                        flags.add(AssessmentValidator.undefinedLevel(checked.messages(), f, scored, Paths.answer(id)));
                    }
                    if (scored < target) {
                        gaps[gap++] = new Gap(id, scored, target, Level1Frameworks.contains(id), steps(f, scored, target));
                    }
                } else if (answer instanceof Answer.Excluded e) {
                    excluded++;
                    status = FrameworkStatus.EXCLUDED;
                    reason = e.reason();
                } else {
                    unanswered++;
                    status = FrameworkStatus.UNANSWERED;
                }
                frameworks[place++] = new FrameworkResult(id, status, level, reason, target);
            }
            Optional<Fraction> mean = count == 0 ? Optional.empty() : Optional.of(Fraction.of(sum, count));
            areas[a] = new AreaResult(area.number(), area.title(), new BandedAverage(mean, count, exactBand.status(mean)));
            totalSum += sum;
            totalCount += count;
            // The sum of the area means serves AREA_MEAN only. (Forming it could not fail either: a rubric's
            // frameworks are FIRST services, at most 28 in 6 areas, so no such sum overflows a long.)
            if (areaMean && mean.isPresent()) {
                sumOfAreaMeans = sumOfAreaMeans.plus(mean.get());
                areasWithData++;
            }
        }

        Optional<Fraction> overall;
        if (totalCount == 0) {
            overall = Optional.empty();
        } else if (areaMean) {
            overall = Optional.of(sumOfAreaMeans.dividedBy(areasWithData));
        } else {
            overall = Optional.of(Fraction.of(totalSum, totalCount));
        }
        return new ScoreReport(
                Provenance.of(rubric, options),
                assessment.context(),
                new BandedAverage(overall, totalCount, exactBand.status(overall)),
                band,
                new Completeness(all.size(), totalCount, excluded, unanswered, outOfScope),
                List.of(areas),
                List.of(frameworks),
                List.of(sorted(gaps, gap)),
                Level1Assessment.evaluateValid(answers, assessment.foundations(), options.level1Threshold()),
                flags == null ? List.of() : flags);
    }

    /**
     * The levels of a framework from {@code level + 1} to {@code target}, for a gap. Most gaps are one
     * or two levels: those lists are made directly, without a sublist and the arrays copying it takes.
     */
    private static List<RubricLevel> steps(Framework f, int level, int target) {
        List<RubricLevel> levels = f.levels();
        return switch (target - level) {
            case 1 -> List.of(levels.get(level + 1));
            case 2 -> List.of(levels.get(level + 1), levels.get(level + 2));
            default -> List.copyOf(levels.subList(level + 1, target + 1));
        };
    }

    /**
     * Sorts the first {@code count} gaps: larger gap first; then frameworks required by FIRST Maturity
     * Level 1; then framework order. Each gap gets one number that orders so, with its position below
     * it, and the numbers are sorted as {@code long}s: no comparator calls, no boxing.
     */
    private static Gap[] sorted(Gap[] gaps, int count) {
        long[] order = new long[count];
        for (int i = 0; i < count; i++) {
            order[i] = (long) rank(gaps[i]) << 32 | i;
        }
        Arrays.sort(order);
        Gap[] sorted = new Gap[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = gaps[(int) order[i]];
        }
        return sorted;
    }

    /**
     * A gap's place in the order, from 0 to 99,999: from the gap's size (1 to 5, larger first), then
     * whether Level 1 requires the framework, then the framework id ({@code area * 100 + number},
     * below 10,000).
     */
    private static int rank(Gap g) {
        int byFirstLevel1 = g.requiredByFirstLevel1() ? 0 : 1;
        return ((RubricLevel.MAX - g.size()) * 2 + byFirstLevel1) * 10_000 + g.framework().area() * 100 + g.framework().number();
    }

    /**
     * The frameworks whose FIRST service Maturity Level 1 requires (2.1, 3.1, 3.3, 4.2, 5.3), computed
     * once, as a set of bits indexed by {@code area * 100 + number} (below 10,000): every gap asks, and
     * one bit test costs less than comparing ids or hashing into a set. Never written after the class
     * is initialised.
     */
    private static final class Level1Frameworks {
        private static final long[] BITS = bits();

        private static long[] bits() {
            long[] bits = new long[10_000 / Long.SIZE + 1];
            for (Requirement r : MaturityProfile.firstLevel1().requirements()) {
                if (r.service().isPresent()) {
                    int index = index(Level1Assessment.frameworkOf(r.service().get()));
                    bits[index >>> 6] |= 1L << index;
                }
            }
            return bits;
        }

        private static int index(FrameworkId id) {
            return id.area() * 100 + id.number();
        }

        static boolean contains(FrameworkId id) {
            int index = index(id);
            return (BITS[index >>> 6] >>> index & 1) != 0;
        }
    }
}
