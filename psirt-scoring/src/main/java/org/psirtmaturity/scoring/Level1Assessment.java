package org.psirtmaturity.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
        return evaluate(profile, firstAnswers(assessment.answers()), assessment.foundations(), threshold);
    }

    /**
     * The first answer given for each well-formed framework id (later answers for the same id and
     * answers with malformed ids are left out, as validation reports them).
     *
     * @param answers the answers, in the order given
     * @return the first answer per framework id
     */
    static Map<FrameworkId, Answer> firstAnswers(List<FrameworkAnswer> answers) {
        Map<FrameworkId, Answer> first = new HashMap<>(2 * answers.size());
        for (FrameworkAnswer a : answers) {
            if (FrameworkId.isWellFormed(a.framework())) {
                first.putIfAbsent(FrameworkId.parse(a.framework()), a.answer());
            }
        }
        return first;
    }

    /**
     * Evaluates a profile from the first answer given for each framework.
     *
     * @param profile     the profile
     * @param answers     the first answer per framework id
     * @param foundations the assessment's yes/no answers
     * @param threshold   the level from which a framework meets its requirement, 0 to 5
     * @return the outcome of each requirement
     */
    static Level1Assessment evaluate(MaturityProfile profile, Map<FrameworkId, Answer> answers, Map<String, Boolean> foundations,
            int threshold) {
        List<RequirementOutcome> outcomes = new ArrayList<>();
        for (Requirement r : profile.requirements()) {
            RequirementStatus status;
            Optional<Integer> level = Optional.empty();
            if (r.service().isPresent()) {
                Answer answer = answers.get(frameworkOf(r.service().get()));
                if (answer instanceof Answer.Scored s) {
                    level = Optional.of(s.level());
                    status = s.level() >= threshold ? RequirementStatus.MET : RequirementStatus.MISSING;
                } else {
                    status = answer instanceof Answer.Excluded ? RequirementStatus.MISSING : RequirementStatus.UNKNOWN;
                }
            } else {
                Boolean yes = foundations.get(r.key());
                status = yes == null ? RequirementStatus.UNKNOWN : yes ? RequirementStatus.MET : RequirementStatus.MISSING;
            }
            outcomes.add(new RequirementOutcome(r, status, level));
        }
        return new Level1Assessment(threshold, outcomes);
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
