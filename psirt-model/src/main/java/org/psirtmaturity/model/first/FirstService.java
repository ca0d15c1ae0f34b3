package org.psirtmaturity.model.first;

import java.util.List;
import java.util.Optional;

/**
 * The 28 services of the FIRST PSIRT Services Framework, with their version 1.1 English names.
 *
 * <p>The 28 frameworks of the maturity sheet are exactly these services, with the same ids; service
 * ids did not change between the 2017 draft and version 1.1.
 */
public enum FirstService {
    /** Service 1.1, Internal Stakeholder Management. */
    S1_1(1, 1, "Internal Stakeholder Management"),
    /** Service 1.2, Finder Community Engagement. */
    S1_2(1, 2, "Finder Community Engagement"),
    /** Service 1.3, Community and Organizational Engagement. */
    S1_3(1, 3, "Community and Organizational Engagement"),
    /** Service 1.4, Downstream Stakeholder Management. */
    S1_4(1, 4, "Downstream Stakeholder Management"),
    /** Service 1.5, Incident Communications Coordination within the Organization. */
    S1_5(1, 5, "Incident Communications Coordination within the Organization"),
    /** Service 1.6, Reward Finders with Recognition and Acknowledgement. */
    S1_6(1, 6, "Reward Finders with Recognition and Acknowledgement"),
    /** Service 1.7, Stakeholder Metrics. */
    S1_7(1, 7, "Stakeholder Metrics"),
    /** Service 2.1, Intake of Vulnerability Reporting. */
    S2_1(2, 1, "Intake of Vulnerability Reporting"),
    /** Service 2.2, Identify Unreported Vulnerabilities. */
    S2_2(2, 2, "Identify Unreported Vulnerabilities"),
    /** Service 2.3, Monitoring for Product Component Vulnerabilities. */
    S2_3(2, 3, "Monitoring for Product Component Vulnerabilities"),
    /** Service 2.4, Identifying New Vulnerabilities. */
    S2_4(2, 4, "Identifying New Vulnerabilities"),
    /** Service 2.5, Vulnerability Discovery Metrics. */
    S2_5(2, 5, "Vulnerability Discovery Metrics"),
    /** Service 3.1, Vulnerability Qualification. */
    S3_1(3, 1, "Vulnerability Qualification"),
    /** Service 3.2, Established Finders. */
    S3_2(3, 2, "Established Finders"),
    /** Service 3.3, Vulnerability Reproduction. */
    S3_3(3, 3, "Vulnerability Reproduction"),
    /** Service 4.1, Remedy Release Management Plan. */
    S4_1(4, 1, "Remedy Release Management Plan"),
    /** Service 4.2, Remediation. */
    S4_2(4, 2, "Remediation"),
    /** Service 4.3, Incident Handling. */
    S4_3(4, 3, "Incident Handling"),
    /** Service 4.4, Vulnerability Release Metrics. */
    S4_4(4, 4, "Vulnerability Release Metrics"),
    /** Service 5.1, Notification. */
    S5_1(5, 1, "Notification"),
    /** Service 5.2, Coordination. */
    S5_2(5, 2, "Coordination"),
    /** Service 5.3, Disclosure. */
    S5_3(5, 3, "Disclosure"),
    /** Service 5.4, Vulnerability Metrics. */
    S5_4(5, 4, "Vulnerability Metrics"),
    /** Service 6.1, Training the PSIRT. */
    S6_1(6, 1, "Training the PSIRT"),
    /** Service 6.2, Training the Development Team. */
    S6_2(6, 2, "Training the Development Team"),
    /** Service 6.3, Training the Validation Team. */
    S6_3(6, 3, "Training the Validation Team"),
    /** Service 6.4, Continuing Education for all Stakeholders. */
    S6_4(6, 4, "Continuing Education for all Stakeholders"),
    /** Service 6.5, Provide Feedback Mechanisms. */
    S6_5(6, 5, "Provide Feedback Mechanisms");

    /** The areas, in number order; {@code values()} would copy its array on every call. */
    private static final FirstServiceArea[] AREAS = FirstServiceArea.values();

    private final int area;
    private final int number;
    private final String englishName;
    /** The dotted id, e.g. {@code "2.1"}, for {@link #byId}. */
    private final String dotted;

    FirstService(int area, int number, String englishName) {
        this.area = area;
        this.number = number;
        this.englishName = englishName;
        this.dotted = area + "." + number;
    }

    /**
     * Returns the service area this service belongs to.
     *
     * @return the area
     */
    public FirstServiceArea area() {
        return AREAS[area - 1];
    }

    /**
     * Returns the number of the service within its area, e.g. 3 for service 2.3.
     *
     * @return the number, 1 or more
     */
    public int number() {
        return number;
    }

    /**
     * Returns FIRST's English name of the service (version 1.1).
     *
     * @return the name
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Returns the service id in version 1.1 numbering, e.g. {@code 2.1}.
     *
     * @return the two-component id
     */
    public FirstId id() {
        return new FirstId(List.of(area, number), FrameworkNumbering.V1_1);
    }

    /**
     * Looks a service up by its dotted id, e.g. {@code "2.1"}.
     *
     * @param id the service id
     * @return the service, or empty if there is none with that id
     */
    public static Optional<FirstService> byId(String id) {
        for (FirstService s : values()) {
            if (s.dotted.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
