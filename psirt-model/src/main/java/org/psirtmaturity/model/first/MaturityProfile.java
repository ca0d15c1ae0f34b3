package org.psirtmaturity.model.first;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The requirements of one level of the FIRST PSIRT Maturity Document (1 Basic, 2 Intermediate,
 * 3 Advanced; the levels are cumulative).
 *
 * <p>The library ships only {@link #firstLevel1()}: the requirements of levels 2 and 3 are not
 * available to the project in a verified form, so they are not invented. A caller who has them can
 * build their own profile with this record's constructor.
 *
 * @param level        the maturity level, 1 or more
 * @param name         the level's name, e.g. {@code "Basic"}
 * @param source       where the requirements come from (document, and how they were obtained)
 * @param requirements the requirements, in presentation order, with unique keys; copied
 */
public record MaturityProfile(int level, String name, String source, List<Requirement> requirements) {

    private static final MaturityProfile LEVEL_1 = new MaturityProfile(1, "Basic",
            "FIRST PSIRT Maturity Document, Maturity Level 1, as summarised in NEC Security Blog, "
                    + "\"PSIRTが実施すべき基本的な活動と作業について\" (2025-09-05)",
            List.of(
                    Requirement.foundation("executive-sponsorship", OperationalFoundation.EXECUTIVE_SPONSORSHIP,
                            "Executive sponsorship: management supports triage, remediation and disclosure by the product teams"),
                    Requirement.foundation("stakeholders", OperationalFoundation.STAKEHOLDER,
                            "Stakeholders: relationships with finders, development and customers are defined and documented"),
                    Requirement.foundation("budget", OperationalFoundation.BUDGET,
                            "Budget: funds for the PSIRT's staff, facilities and activities"),
                    Requirement.foundation("policy.vulnerability-management", OperationalFoundation.POLICIES_AND_PROCEDURES,
                            "Policy: vulnerability management policy (ISO/IEC 30111)"),
                    Requirement.foundation("policy.information-handling", OperationalFoundation.POLICIES_AND_PROCEDURES,
                            "Policy: information handling policy (ISO/IEC 29147)"),
                    Requirement.foundation("policy.scoring-prioritisation", OperationalFoundation.POLICIES_AND_PROCEDURES,
                            "Policy: vulnerability scoring and prioritisation policy"),
                    Requirement.foundation("policy.remediation-sla", OperationalFoundation.POLICIES_AND_PROCEDURES,
                            "Policy: remediation service-level agreement"),
                    Requirement.foundation("policy.disclosure", OperationalFoundation.POLICIES_AND_PROCEDURES,
                            "Policy: vulnerability disclosure policy"),
                    Requirement.service("intake", FirstService.S2_1,
                            "Intake of vulnerability reports: a contact point (e-mail, web form) and a quick path to the product teams"),
                    Requirement.service("qualification", FirstService.S3_1,
                            "Qualification: decide with the product teams whether a report is a vulnerability"),
                    Requirement.activity("triage", FirstServiceArea.VULNERABILITY_TRIAGE_AND_ANALYSIS,
                            "Triage: decide which of several reports received in parallel to handle first"),
                    Requirement.service("analysis", FirstService.S3_3,
                            "Analysis: reproduce the vulnerability, its impact if exploited, and the affected versions"),
                    Requirement.service("remediation", FirstService.S4_2,
                            "Remediation: affected products and versions, how fixes are delivered, how they are applied"),
                    Requirement.service("disclosure", FirstService.S5_3,
                            "Disclosure: notify customers and support delivery of fixes; credit the finder")));

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if {@code level} is below 1, there are no requirements or two
     *                                  share a key
     * @throws NullPointerException     if an argument or a requirement is null
     */
    public MaturityProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        requirements = List.copyOf(requirements);
        if (level < 1) {
            throw new IllegalArgumentException("FIRST maturity levels start at 1, got " + level);
        }
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("a maturity profile needs at least one requirement");
        }
        Set<String> keys = new HashSet<>();
        for (Requirement r : requirements) {
            if (!keys.add(r.key())) {
                throw new IllegalArgumentException("duplicate requirement key \"" + r.key() + "\" in maturity level " + level);
            }
        }
    }

    /**
     * Returns FIRST Maturity Level 1 (Basic): the foundations executive sponsorship, stakeholders,
     * budget and five policies, and the activities intake (2.1), qualification (3.1), triage,
     * analysis (3.3), remediation (4.2) and disclosure (5.3). Service areas 1 and 6 are not part of
     * Level 1.
     *
     * @return the shared, immutable Level 1 profile
     */
    public static MaturityProfile firstLevel1() {
        return LEVEL_1;
    }

    /**
     * Looks a requirement up by key.
     *
     * @param key the requirement key
     * @return the requirement, or empty if this profile has none with that key
     */
    public Optional<Requirement> requirement(String key) {
        return requirements.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
