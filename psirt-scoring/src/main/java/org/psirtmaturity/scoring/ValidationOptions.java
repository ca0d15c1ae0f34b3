package org.psirtmaturity.scoring;

/**
 * How strictly {@link AssessmentValidator} judges an assessment.
 *
 * <p>The policy for answers at a level the rubric leaves undefined (for example levels 0 to 3 of
 * framework 4.4): by default such an answer is a {@link Severity#WARNING warning}; the score is
 * never dropped or altered, and the score report lists the answer in its flags. In strict mode it
 * is an {@link Severity#ERROR error} and the assessment is rejected.
 *
 * @param strict          whether an answer at an undefined level is an error
 * @param requireComplete whether every framework in scope must be scored or excluded; when set, each
 *                        one missing or marked unanswered is an error ({@code answer.missing})
 */
public record ValidationOptions(boolean strict, boolean requireComplete) {

    /** Undefined levels are warnings; partial assessments are accepted. */
    public static final ValidationOptions DEFAULT = new ValidationOptions(false, false);

    /** Undefined levels are errors; partial assessments are accepted. */
    public static final ValidationOptions STRICT = new ValidationOptions(true, false);

    /**
     * Returns a copy with another completeness requirement.
     *
     * @param require whether every framework in scope must be scored or excluded
     * @return the copy
     */
    public ValidationOptions withRequireComplete(boolean require) {
        return new ValidationOptions(strict, require);
    }
}
