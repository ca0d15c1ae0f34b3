package org.psirtmaturity.scoring;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.RubricLevel;

/**
 * How {@link Scoring#score} scores. Start from {@link #defaults()} and change what you need with the
 * {@code with…} methods; a score report records the options it was made with.
 *
 * @param averaging          how the overall average is formed; default {@link AveragingMethod#FRAMEWORK_MEAN}
 * @param targetBand         the band to place averages in; empty (the default) means the rubric's own
 *                           band from its usage guidance (2.5 to 3.0 for the maturity sheet)
 * @param targets            per-framework target levels for gaps; default none
 * @param defaultTargetLevel the target level of frameworks without one in {@code targets}, 0 to 5; default 3
 * @param level1Threshold    the level from which a framework counts as meeting a FIRST Maturity Level 1
 *                           requirement, 0 to 5; default 3 ("defined and documented")
 * @param strict             whether answers at undefined levels are rejected (see {@link ValidationOptions})
 * @param requireComplete    whether a partial assessment (a framework in scope neither scored nor
 *                           excluded) is refused
 * @param messagesLocale     the language of problem messages and flags: Japanese for {@code ja},
 *                           otherwise English; default English
 */
public record ScoringOptions(
        AveragingMethod averaging,
        Optional<TargetBand> targetBand,
        TargetProfile targets,
        int defaultTargetLevel,
        int level1Threshold,
        boolean strict,
        boolean requireComplete,
        Locale messagesLocale) {

    private static final ScoringOptions DEFAULTS = new ScoringOptions(AveragingMethod.FRAMEWORK_MEAN, Optional.empty(),
            TargetProfile.none(), 3, 3, false, false, Locale.ENGLISH);

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if a level is outside 0 to 5
     * @throws NullPointerException     if an argument is null
     */
    public ScoringOptions {
        Objects.requireNonNull(averaging, "averaging");
        Objects.requireNonNull(targetBand, "targetBand");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(messagesLocale, "messagesLocale");
        RubricLevel.requireLevel(defaultTargetLevel);
        RubricLevel.requireLevel(level1Threshold);
    }

    /**
     * Returns the defaults: framework mean, the rubric's band, target level 3 everywhere, Level 1
     * threshold 3, undefined levels flagged (not rejected), partial assessments accepted, English.
     *
     * @return the default options
     */
    public static ScoringOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the validation options these scoring options imply.
     *
     * @return strictness and completeness
     */
    public ValidationOptions validationOptions() {
        return new ValidationOptions(strict, requireComplete);
    }

    /**
     * Returns a copy with another averaging method.
     *
     * @param method the method
     * @return the copy
     */
    public ScoringOptions withAveraging(AveragingMethod method) {
        return new ScoringOptions(method, targetBand, targets, defaultTargetLevel, level1Threshold, strict, requireComplete, messagesLocale);
    }

    /**
     * Returns a copy with an explicit target band.
     *
     * @param band the band
     * @return the copy
     */
    public ScoringOptions withTargetBand(TargetBand band) {
        return new ScoringOptions(averaging, Optional.of(band), targets, defaultTargetLevel, level1Threshold, strict, requireComplete,
                messagesLocale);
    }

    /**
     * Returns a copy with per-framework targets.
     *
     * @param profile the targets
     * @return the copy
     */
    public ScoringOptions withTargets(TargetProfile profile) {
        return new ScoringOptions(averaging, targetBand, profile, defaultTargetLevel, level1Threshold, strict, requireComplete, messagesLocale);
    }

    /**
     * Returns a copy with another default target level.
     *
     * @param level 0 to 5
     * @return the copy
     * @throws IllegalArgumentException if {@code level} is outside 0 to 5
     */
    public ScoringOptions withDefaultTargetLevel(int level) {
        return new ScoringOptions(averaging, targetBand, targets, level, level1Threshold, strict, requireComplete, messagesLocale);
    }

    /**
     * Returns a copy with another FIRST Maturity Level 1 threshold.
     *
     * @param level 0 to 5
     * @return the copy
     * @throws IllegalArgumentException if {@code level} is outside 0 to 5
     */
    public ScoringOptions withLevel1Threshold(int level) {
        return new ScoringOptions(averaging, targetBand, targets, defaultTargetLevel, level, strict, requireComplete, messagesLocale);
    }

    /**
     * Returns a copy that does or does not reject answers at undefined levels.
     *
     * @param reject true to reject them
     * @return the copy
     */
    public ScoringOptions withStrict(boolean reject) {
        return new ScoringOptions(averaging, targetBand, targets, defaultTargetLevel, level1Threshold, reject, requireComplete, messagesLocale);
    }

    /**
     * Returns a copy that does or does not refuse partial assessments.
     *
     * @param require true to refuse them
     * @return the copy
     */
    public ScoringOptions withRequireComplete(boolean require) {
        return new ScoringOptions(averaging, targetBand, targets, defaultTargetLevel, level1Threshold, strict, require, messagesLocale);
    }

    /**
     * Returns a copy with messages in another language.
     *
     * @param locale the locale
     * @return the copy
     */
    public ScoringOptions withMessagesLocale(Locale locale) {
        return new ScoringOptions(averaging, targetBand, targets, defaultTargetLevel, level1Threshold, strict, requireComplete, locale);
    }
}
