package org.psirtmaturity.scoring;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.FirstService;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.model.first.Requirement;

/**
 * How an assessment covers the requirements of FIRST Maturity Level 1 (Basic), or of another
 * {@link MaturityProfile} a caller supplies.
 *
 * <p>A requirement with a service (intake 2.1, qualification 3.1, analysis 3.3, remediation 4.2,
 * disclosure 5.3) is judged from the framework of the same id: {@link RequirementStatus#MET met} when
 * scored at or above the threshold (default 3, "defined and documented"), {@link RequirementStatus#MISSING
 * missing} when scored below it or excluded (Level 1 requires the service whatever the organisation's
 * business), {@link RequirementStatus#UNKNOWN unknown} when unanswered. A requirement without a service
 * (the foundations, and triage) is judged from the assessment's yes/no answer under its key in
 * {@link Assessment#foundations()}: yes is met, no is missing, no answer is unknown.
 *
 * @param threshold    the level from which a framework meets its requirement, 0 to 5
 * @param requirements the outcome of each requirement, in the profile's order; copied
 */
public record Level1Assessment(int threshold, List<RequirementOutcome> requirements) {

    /** The level of an outcome without one (no level is this low). */
    private static final int NO_LEVEL = Integer.MIN_VALUE;

    /** The number of statuses ({@code values()} would copy its array on every call). */
    private static final int STATUSES = RequirementStatus.values().length;

    /**
     * FIRST Maturity Level 1's outcomes, made once: scoring evaluates Level 1 for every report, and an
     * outcome is immutable. By requirement, then by {@link #index}; null where the combination cannot
     * be (a level for a requirement without a service).
     */
    private static final RequirementOutcome[][] LEVEL_1_OUTCOMES = outcomes(MaturityProfile.firstLevel1());

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the threshold is outside 0 to 5
     * @throws NullPointerException     if the list or an element is null
     */
    public Level1Assessment {
        RubricLevel.requireLevel(threshold);
        requirements = List.copyOf(requirements);
    }

    /**
     * Evaluates FIRST Maturity Level 1.
     *
     * @param assessment the assessment, preferably valid (for duplicate answers the first one counts;
     *                   malformed ids are ignored)
     * @param threshold  the level from which a framework meets its requirement, 0 to 5
     * @return the outcome of each requirement
     * @throws IllegalArgumentException if the threshold is outside 0 to 5
     */
    public static Level1Assessment evaluate(Assessment assessment, int threshold) {
        return evaluate(MaturityProfile.firstLevel1(), assessment, threshold);
    }

    /**
     * Evaluates the requirements of any maturity profile.
     *
     * @param profile    the profile, e.g. {@link MaturityProfile#firstLevel1()} or one of the caller's
     * @param assessment the assessment
     * @param threshold  the level from which a framework meets its requirement, 0 to 5
     * @return the outcome of each requirement
     * @throws IllegalArgumentException if the threshold is outside 0 to 5
     */
    public static Level1Assessment evaluate(MaturityProfile profile, Assessment assessment, int threshold) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(assessment, "assessment");
        RubricLevel.requireLevel(threshold);
        return evaluate(profile, firstAnswers(assessment.answers()), assessment.foundations(), threshold, null);
    }

    /** Looks up the first answer given for a framework. */
    @FunctionalInterface
    interface FirstAnswers {
        /**
         * Returns the first answer given for a framework.
         *
         * @param framework the framework id
         * @return the answer, or null if none is given
         */
        Answer of(FrameworkId framework);
    }

    /**
     * The first answers of any list, by well-formed id (malformed ids are left out): the ids are parsed
     * once, then looked for in order (a profile asks for a few frameworks only).
     */
    private static FirstAnswers firstAnswers(List<FrameworkAnswer> answers) {
        FrameworkId[] ids = new FrameworkId[answers.size()];
        for (int i = 0; i < ids.length; i++) {
            String id = answers.get(i).framework();
            ids[i] = FrameworkId.isWellFormed(id) ? FrameworkId.parse(id) : null;
        }
        return framework -> {
            for (int i = 0; i < ids.length; i++) {
                if (framework.equals(ids[i])) {
                    return answers.get(i).answer();
                }
            }
            return null;
        };
    }

    /**
     * Evaluates FIRST Maturity Level 1 for {@link Scoring}, from the validator's index of a valid
     * assessment: every level is 0 to 5, so each outcome is one of those made once in
     * {@link #LEVEL_1_OUTCOMES}.
     *
     * @param answers     the answers by framework id
     * @param foundations the assessment's yes/no answers
     * @param threshold   the level from which a framework meets its requirement, 0 to 5
     * @return the outcome of each requirement
     */
    static Level1Assessment evaluateValid(FirstAnswers answers, Map<String, Boolean> foundations, int threshold) {
        return evaluate(MaturityProfile.firstLevel1(), answers, foundations, threshold, LEVEL_1_OUTCOMES);
    }

    /**
     * Evaluates a profile from answers already indexed.
     *
     * @param profile     the profile
     * @param answers     the answers by framework id; for an id answered more than once, the first counts
     * @param foundations the assessment's yes/no answers
     * @param threshold   the level from which a framework meets its requirement, 0 to 5
     * @param shared      the profile's outcomes made once, by requirement and {@link #index}, or null to
     *                    make them (then levels may be outside 0 to 5)
     * @return the outcome of each requirement
     */
    private static Level1Assessment evaluate(MaturityProfile profile, FirstAnswers answers, Map<String, Boolean> foundations, int threshold,
            RequirementOutcome[][] shared) {
        List<Requirement> requirements = profile.requirements();
        RequirementOutcome[] outcomes = new RequirementOutcome[requirements.size()];
        for (int i = 0; i < outcomes.length; i++) {
            Requirement r = requirements.get(i);
            RequirementStatus status;
            int level = NO_LEVEL;
            if (r.service().isPresent()) {
                Answer answer = answers.of(frameworkOf(r.service().get()));
                if (answer instanceof Answer.Scored s) {
                    level = s.level();
                    status = level >= threshold ? RequirementStatus.MET : RequirementStatus.MISSING;
                } else {
                    status = answer instanceof Answer.Excluded ? RequirementStatus.MISSING : RequirementStatus.UNKNOWN;
                }
            } else {
                Boolean yes = foundations.get(r.key());
                status = yes == null ? RequirementStatus.UNKNOWN : yes ? RequirementStatus.MET : RequirementStatus.MISSING;
            }
            outcomes[i] = shared != null ? shared[i][index(status, level)] : outcome(r, status, level);
        }
        // List.of copies the array once; the constructor's List.copyOf then keeps that immutable list as it is.
        return new Level1Assessment(threshold, List.of(outcomes));
    }

    /** Every outcome each requirement of a profile can have: each status without a level, and with each level for a service. */
    private static RequirementOutcome[][] outcomes(MaturityProfile profile) {
        List<Requirement> requirements = profile.requirements();
        RequirementOutcome[][] all = new RequirementOutcome[requirements.size()][];
        for (int i = 0; i < all.length; i++) {
            Requirement r = requirements.get(i);
            all[i] = new RequirementOutcome[STATUSES * (1 + RubricLevel.COUNT)];
            for (RequirementStatus status : RequirementStatus.values()) {
                all[i][index(status, NO_LEVEL)] = outcome(r, status, NO_LEVEL);
                for (int level = RubricLevel.MIN; level <= RubricLevel.MAX && r.service().isPresent(); level++) {
                    all[i][index(status, level)] = outcome(r, status, level);
                }
            }
        }
        return all;
    }

    /** Where an outcome is in a row of {@link #LEVEL_1_OUTCOMES}: first the three without a level, then three per level. */
    private static int index(RequirementStatus status, int level) {
        return level == NO_LEVEL ? status.ordinal() : STATUSES * (level + 1) + status.ordinal();
    }

    private static RequirementOutcome outcome(Requirement r, RequirementStatus status, int level) {
        return new RequirementOutcome(r, status, level == NO_LEVEL ? Optional.empty() : Optional.of(level));
    }

    /**
     * Returns the keys of a profile's requirements that are answered yes/no, because they have no
     * service (and so no framework): for Level 1, the foundations and {@code triage}.
     *
     * @param profile the profile
     * @return the keys, in the profile's order
     */
    public static Set<String> yesNoKeys(MaturityProfile profile) {
        Set<String> keys = new LinkedHashSet<>();
        for (Requirement r : profile.requirements()) {
            if (r.service().isEmpty()) {
                keys.add(r.key());
            }
        }
        return Collections.unmodifiableSet(keys);
    }

    /**
     * Returns the framework a FIRST service corresponds to: the same id.
     *
     * @param service the service
     * @return the framework id, e.g. 2.1 for service 2.1
     */
    public static FrameworkId frameworkOf(FirstService service) {
        return new FrameworkId(service.area().number(), service.number());
    }

    /**
     * Tells whether every requirement is met.
     *
     * @return true if none is missing or unknown
     */
    public boolean isReached() {
        return requirements.stream().allMatch(o -> o.status() == RequirementStatus.MET);
    }

    /**
     * Returns the requirements met.
     *
     * @return the requirements, in order
     */
    public List<Requirement> met() {
        return with(RequirementStatus.MET);
    }

    /**
     * Returns the requirements not met.
     *
     * @return the requirements, in order
     */
    public List<Requirement> missing() {
        return with(RequirementStatus.MISSING);
    }

    /**
     * Returns the requirements the assessment does not answer.
     *
     * @return the requirements, in order
     */
    public List<Requirement> unknown() {
        return with(RequirementStatus.UNKNOWN);
    }

    private List<Requirement> with(RequirementStatus status) {
        return requirements.stream().filter(o -> o.status() == status).map(RequirementOutcome::requirement).toList();
    }
}
