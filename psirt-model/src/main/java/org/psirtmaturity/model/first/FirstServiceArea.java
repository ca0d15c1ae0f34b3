package org.psirtmaturity.model.first;

import java.util.List;
import java.util.Optional;

/**
 * The six service areas of the FIRST PSIRT Services Framework, with their version 1.1 English names.
 */
public enum FirstServiceArea {
    /** Service area 1. */
    STAKEHOLDER_ECOSYSTEM_MANAGEMENT(1, "Stakeholder Ecosystem Management"),
    /** Service area 2. */
    VULNERABILITY_DISCOVERY(2, "Vulnerability Discovery"),
    /** Service area 3. */
    VULNERABILITY_TRIAGE_AND_ANALYSIS(3, "Vulnerability Triage and Analysis"),
    /** Service area 4. */
    REMEDIATION(4, "Remediation"),
    /** Service area 5. */
    VULNERABILITY_DISCLOSURE(5, "Vulnerability Disclosure"),
    /** Service area 6. */
    TRAINING_AND_EDUCATION(6, "Training and Education");

    private final int number;
    private final String englishName;

    FirstServiceArea(int number, String englishName) {
        this.number = number;
        this.englishName = englishName;
    }

    /**
     * Returns the area number, 1 to 6.
     *
     * @return the number
     */
    public int number() {
        return number;
    }

    /**
     * Returns FIRST's English name of the area (version 1.1).
     *
     * @return the name
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Returns the area's id in version 1.1 numbering.
     *
     * @return the one-component id
     */
    public FirstId id() {
        return new FirstId(List.of(number), FrameworkNumbering.V1_1);
    }

    /**
     * Looks an area up by number.
     *
     * @param number 1 to 6
     * @return the area, or empty if there is none with that number
     */
    public static Optional<FirstServiceArea> byNumber(int number) {
        for (FirstServiceArea a : values()) {
            if (a.number == number) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
