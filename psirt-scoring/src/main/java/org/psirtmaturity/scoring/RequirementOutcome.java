package org.psirtmaturity.scoring;

import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.first.Requirement;

/**
 * How an assessment fares on one FIRST maturity requirement.
 *
 * @param requirement the requirement
 * @param status      met, missing or unknown
 * @param level       the level scored for the requirement's framework, if it has one and it is scored
 */
public record RequirementOutcome(Requirement requirement, RequirementStatus status, Optional<Integer> level) {

    /**
     * Checks for nulls.
     *
     * @throws IllegalArgumentException if a level is given for a requirement without a service
     * @throws NullPointerException     if an argument is null
     */
    public RequirementOutcome {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(level, "level");
        if (level.isPresent() && requirement.service().isEmpty()) {
            throw new IllegalArgumentException("requirement " + requirement.key() + " has no framework to take a level from");
        }
    }
}
