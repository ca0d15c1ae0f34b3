package org.psirtmaturity.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.scoring.internal.Messages;
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
        AssessmentValidator.requireValid(assessment, rubric, options.messagesLocale(), options.validationOptions());
        TargetProfile targets = options.targets();
        for (FrameworkId id : targets.targets().keySet()) {
            if (rubric.framework(id).isEmpty()) {
                throw new IllegalArgumentException("the target profile names framework " + id + ", which rubric "
                        + rubric.id() + " " + rubric.edition() + " does not have");
            }
        }

        // Valid, so every id is well formed, known and given once.
        List<FrameworkAnswer> given = assessment.answers();
        Map<FrameworkId, Answer> answers = new HashMap<>(given.size() * 4 / 3 + 1);
        for (FrameworkAnswer a : given) {
            answers.put(FrameworkId.parse(a.framework()), a.answer());
        }
        TargetBand band = options.targetBand().isPresent() ? options.targetBand().get() : TargetBand.of(rubric.guidance());
        int defaultTarget = options.defaultTargetLevel();
        Messages messages = null; // only needed for flags: looked up when the first one is made

        List<Framework> all = rubric.frameworks();
        List<FrameworkResult> frameworks = new ArrayList<>(all.size());
        List<AreaResult> areas = new ArrayList<>(rubric.areas().size());
        List<Problem> flags = new ArrayList<>(0);
        List<Gap> gaps = new ArrayList<>();
        long totalSum = 0;
        int totalCount = 0;
        Fraction sumOfAreaMeans = Fraction.ZERO;
        int areasWithData = 0;
        int excluded = 0;
        int unanswered = 0;
        int outOfScope = 0;
        for (ServiceArea area : rubric.areas()) {
            long sum = 0;
            int count = 0;
            for (Framework f : area.frameworks()) {
                Answer answer = answers.get(f.id());
                int target = targets.targetOr(f.id(), defaultTarget);
                if (f.outOfScope()) {
                    outOfScope++;
                    frameworks.add(new FrameworkResult(f.id(), FrameworkStatus.OUT_OF_SCOPE, Optional.empty(), Optional.empty(), target));
                } else if (answer instanceof Answer.Scored s) {
                    int level = s.level();
                    sum += level;
                    count++;
                    frameworks.add(new FrameworkResult(f.id(), FrameworkStatus.SCORED, Optional.of(level), Optional.empty(), target));
                    if (!f.level(level).isDefined()) {
                        if (messages == null) {
                            messages = Messages.of(AssessmentValidator.class, options.messagesLocale());
                        }
                        flags.add(AssessmentValidator.undefinedLevel(messages, f, level, Paths.answer(f.id())));
                    }
                    if (level < target) {
                        gaps.add(new Gap(f.id(), level, target, Level1Frameworks.IDS.contains(f.id()), f.levels().subList(level + 1, target + 1)));
                    }
                } else if (answer instanceof Answer.Excluded e) {
                    excluded++;
                    frameworks.add(new FrameworkResult(f.id(), FrameworkStatus.EXCLUDED, Optional.empty(), e.reason(), target));
                } else {
                    unanswered++;
                    frameworks.add(new FrameworkResult(f.id(), FrameworkStatus.UNANSWERED, Optional.empty(), Optional.empty(), target));
                }
            }
            Optional<Fraction> mean = count == 0 ? Optional.empty() : Optional.of(Fraction.of(sum, count));
            areas.add(new AreaResult(area.number(), area.title(), new BandedAverage(mean, count, band.status(mean))));
            totalSum += sum;
            totalCount += count;
            if (mean.isPresent()) {
                sumOfAreaMeans = sumOfAreaMeans.plus(mean.get());
                areasWithData++;
            }
        }

        Optional<Fraction> overall;
        if (totalCount == 0) {
            overall = Optional.empty();
        } else if (options.averaging() == AveragingMethod.FRAMEWORK_MEAN) {
            overall = Optional.of(Fraction.of(totalSum, totalCount));
        } else {
            overall = Optional.of(sumOfAreaMeans.dividedBy(areasWithData));
        }
        gaps.sort(GAP_ORDER);
        return new ScoreReport(
                Provenance.of(rubric, options),
                assessment.context(),
                new BandedAverage(overall, totalCount, band.status(overall)),
                band,
                new Completeness(all.size(), totalCount, excluded, unanswered, outOfScope),
                areas,
                frameworks,
                gaps,
                Level1Assessment.evaluate(assessment, options.level1Threshold()),
                flags);
    }

    /**
     * Larger gap first; then frameworks required by FIRST Maturity Level 1; then framework order. A class
     * rather than a lambda or comparator chain: nothing to bootstrap on the first call, no boxing.
     */
    private static final Comparator<Gap> GAP_ORDER = new GapOrder();

    private static final class GapOrder implements Comparator<Gap> {
        @Override
        public int compare(Gap a, Gap b) {
            int c = Integer.compare(b.size(), a.size());
            if (c == 0) {
                c = Boolean.compare(b.requiredByFirstLevel1(), a.requiredByFirstLevel1());
            }
            return c != 0 ? c : a.framework().compareTo(b.framework());
        }
    }

    /** The frameworks whose FIRST service Maturity Level 1 requires (2.1, 3.1, 3.3, 4.2, 5.3), computed once. */
    private static final class Level1Frameworks {
        static final Set<FrameworkId> IDS = ids();

        private static Set<FrameworkId> ids() {
            Set<FrameworkId> ids = new HashSet<>();
            for (Requirement r : MaturityProfile.firstLevel1().requirements()) {
                if (r.service().isPresent()) {
                    ids.add(Level1Assessment.frameworkOf(r.service().get()));
                }
            }
            return Set.copyOf(ids);
        }
    }
}
