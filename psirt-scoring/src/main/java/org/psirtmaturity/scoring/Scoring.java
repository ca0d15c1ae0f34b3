package org.psirtmaturity.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
 * <p><b>Gaps.</b> For each included framework scored below its target, a {@link Gap} lists the levels
 * the rubric defines above the score, up to the target, with their descriptions and FIRST citations.
 * The target is the options' target profile's for the framework, else
 * {@link ScoringOptions#defaultTargetLevel()}. A gap always leads to a defined level: where the default
 * target is a level the rubric leaves undefined for a framework (4.4 and 5.4 define only levels 4 and
 * 5), the gap targets the nearest defined level above it (else the highest below it) and says so
 * ({@link Gap#isTargetAdjusted()}); a target profile that names an undefined level is a problem
 * ({@code target.level.undefined}). The roadmap builds the basics first, as FIRST's Maturity Document
 * does: while the assessment does not reach FIRST Maturity Level 1, the gaps of the frameworks whose
 * service Level 1 requires (2.1, 3.1, 3.3, 4.2, 5.3) come first, then the others, each group larger
 * gap first, then in framework order; once Level 1 is reached, gaps are ordered larger first, then
 * Level 1 frameworks first, then in framework order.
 *
 * <p><b>Validation.</b> The assessment is validated first ({@link AssessmentValidator}, with the
 * options' strictness and completeness requirement), and so is the target profile against the rubric;
 * errors are thrown together. Answers at undefined levels are, by default, scored as given and listed
 * in {@link ScoreReport#flags()}.
 *
 * <p>Scoring is a pure function of its arguments: no I/O (beyond reading this library's own message
 * bundles and version resource once), no logging, no shared mutable state; it is thread-safe and
 * deterministic.
 */
public final class Scoring {

    /** The frameworks whose FIRST service Maturity Level 1 requires; an immutable constant. */
    private static final Set<FrameworkId> LEVEL1_FRAMEWORKS = level1Frameworks();

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
     *                                    missing answers), or the options' target profile names a
     *                                    framework the rubric does not have ({@code target.framework.unknown})
     *                                    or a level it leaves undefined ({@code target.level.undefined});
     *                                    it carries them all
     */
    public static ScoreReport score(Assessment assessment, Rubric rubric, ScoringOptions options) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(options, "options");
        Locale locale = options.messagesLocale();
        List<Problem> errors = new ArrayList<>(
                AssessmentValidator.validate(assessment, rubric, locale, options.validationOptions()).errors());
        errors.addAll(checkOptions(rubric, options));
        if (!errors.isEmpty()) {
            throw new InvalidAssessmentException(errors);
        }

        // Valid, so every id is well formed, known and answered once.
        Map<FrameworkId, Answer> answers = Level1Assessment.firstAnswers(assessment.answers());
        Level1Assessment level1 = Level1Assessment.evaluate(MaturityProfile.firstLevel1(), answers, assessment.foundations(),
                options.level1Threshold());
        TargetBand band = options.targetBand().orElse(TargetBand.of(rubric.guidance()));

        List<FrameworkResult> frameworks = new ArrayList<>();
        List<AreaResult> areas = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        List<Problem> flags = new ArrayList<>();
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
                int requested = options.targets().targetOr(f.id(), options.defaultTargetLevel());
                int target = f.outOfScope() ? requested : definedTarget(f, requested);
                if (f.outOfScope()) {
                    outOfScope++;
                    frameworks.add(new FrameworkResult(f.id(), FrameworkStatus.OUT_OF_SCOPE, Optional.empty(), Optional.empty(), target));
                } else if (answer instanceof Answer.Scored s) {
                    int level = s.level();
                    sum += level;
                    count++;
                    frameworks.add(new FrameworkResult(f.id(), FrameworkStatus.SCORED, Optional.of(level), Optional.empty(), target));
                    if (!f.level(level).isDefined()) {
                        flags.add(AssessmentValidator.undefinedLevel(locale, f, level, Paths.answer(f.id())));
                    }
                    if (level < target) {
                        List<RubricLevel> steps = new ArrayList<>();
                        for (RubricLevel step : f.levels().subList(level + 1, target + 1)) {
                            if (step.isDefined()) {
                                steps.add(step);
                            }
                        }
                        gaps.add(new Gap(f.id(), level, target, requested, LEVEL1_FRAMEWORKS.contains(f.id()), steps));
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
        } else if (options.averaging() == AveragingMethod.AREA_MEAN) {
            overall = Optional.of(sumOfAreaMeans.dividedBy(areasWithData));
        } else {
            overall = Optional.of(Fraction.of(totalSum, totalCount));
        }
        Comparator<Gap> larger = Comparator.comparingInt(Gap::size).reversed();
        Comparator<Gap> level1First = Comparator.comparing(g -> !g.requiredByFirstLevel1());
        Comparator<Gap> order = level1.isReached() ? larger.thenComparing(level1First) : level1First.thenComparing(larger);
        gaps.sort(order.thenComparing(Gap::framework));
        return new ScoreReport(
                Provenance.of(rubric, options),
                assessment.context(),
                new BandedAverage(overall, totalCount, band.status(overall)),
                band,
                new Completeness(rubric.frameworks().size(), totalCount, excluded, unanswered, outOfScope),
                areas,
                frameworks,
                gaps,
                level1,
                flags);
    }

    /**
     * The level a gap leads to for a requested target: the target itself when the rubric defines it
     * for the framework, else the nearest defined level above it, else the highest defined level
     * below it.
     */
    private static int definedTarget(Framework f, int requested) {
        for (int level = requested; level <= RubricLevel.MAX; level++) {
            if (f.level(level).isDefined()) {
                return level;
            }
        }
        for (int level = requested - 1; level >= RubricLevel.MIN; level--) {
            if (f.level(level).isDefined()) {
                return level;
            }
        }
        return requested;
    }

    /**
     * Checks scoring options against a rubric, as {@link #score(Assessment, Rubric, ScoringOptions)}
     * does before scoring: the target profile must name frameworks the rubric has
     * ({@code target.framework.unknown}, path {@code targets[9.9]}, arguments: the framework, the
     * rubric) and levels it defines for them ({@code target.level.undefined}, path {@code targets[4.4]},
     * arguments: the level, the framework, the defined levels), since a roadmap must lead to a level
     * the rubric describes. A caller scoring many assessments with the same options can check them once.
     *
     * @param rubric  the rubric
     * @param options the options
     * @return the problems, in the target profile's order; empty if the options fit the rubric
     */
    public static List<Problem> checkOptions(Rubric rubric, ScoringOptions options) {
        Objects.requireNonNull(rubric, "rubric");
        Locale locale = options.messagesLocale();
        List<Problem> problems = new ArrayList<>();
        options.targets().targets().forEach((id, level) -> {
            String path = "targets[" + id + "]";
            Optional<Framework> f = rubric.framework(id);
            if (f.isEmpty()) {
                problems.add(AssessmentValidator.messages().problem(locale, path, "target.framework.unknown", "target.framework.unknown",
                        id.toString(), rubric.id() + " " + rubric.edition()));
            } else if (!f.get().level(level).isDefined()) {
                String defined = f.get().definedLevels().stream().map(l -> String.valueOf(l.level())).collect(Collectors.joining(", "));
                problems.add(AssessmentValidator.messages().problem(locale, path, "target.level.undefined", "target.level.undefined",
                        String.valueOf(level), id.toString(), defined.isEmpty() ? "-" : defined));
            }
        });
        return problems;
    }

    /** The frameworks whose FIRST service Maturity Level 1 requires: 2.1, 3.1, 3.3, 4.2 and 5.3. */
    private static Set<FrameworkId> level1Frameworks() {
        Set<FrameworkId> ids = new HashSet<>();
        for (Requirement r : MaturityProfile.firstLevel1().requirements()) {
            r.service().ifPresent(s -> ids.add(Level1Assessment.frameworkOf(s)));
        }
        return Set.copyOf(ids);
    }
}
