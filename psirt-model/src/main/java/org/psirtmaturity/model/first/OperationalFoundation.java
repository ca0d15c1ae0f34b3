package org.psirtmaturity.model.first;

/**
 * The operational foundations of the FIRST PSIRT Services Framework. They carry no numeric ids in
 * the framework; {@link #code()} gives the framework's own outline position, e.g. {@code "I.A"}.
 */
public enum OperationalFoundation {
    /** I Strategic, A. */
    EXECUTIVE_SPONSORSHIP("I.A", "Executive Sponsorship"),
    /** I Strategic, B. */
    STAKEHOLDER("I.B", "Stakeholder"),
    /** I Strategic, C. */
    PSIRT_CHARTER("I.C", "PSIRT Charter"),
    /** I Strategic, D. */
    ORGANIZATIONAL_MODEL("I.D", "Organizational Model"),
    /** I Strategic, E. */
    MANAGEMENT_AND_STAKEHOLDER_SUPPORT("I.E", "Management and Stakeholder Support"),
    /** II Tactical, A. */
    BUDGET("II.A", "Budget"),
    /** II Tactical, B. */
    STAFF("II.B", "Staff"),
    /** II Tactical, C. */
    RESOURCES_AND_TOOLS("II.C", "Resources and Tools"),
    /** III Operational, A. */
    POLICIES_AND_PROCEDURES("III.A", "Policies and Procedures"),
    /** III Operational, B. */
    EVALUATION_AND_IMPROVEMENTS("III.B", "Evaluation and Improvements");

    private final String code;
    private final String englishName;

    OperationalFoundation(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    /**
     * Returns the outline position in the framework, e.g. {@code "II.A"}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns FIRST's English name.
     *
     * @return the name
     */
    public String englishName() {
        return englishName;
    }
}
