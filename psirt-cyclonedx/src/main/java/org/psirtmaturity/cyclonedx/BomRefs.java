package org.psirtmaturity.cyclonedx;

import java.util.Objects;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;

/**
 * The {@code bom-ref}s of one rubric edition's CycloneDX standard. They are derived from the rubric
 * id and edition only, so the Japanese and the English standard of an edition share them, and an
 * attestation made against one language's standard points at the same requirements in the other.
 *
 * <table>
 *   <caption>The bom-refs of edition 1.0 of the maturity sheet</caption>
 *   <tr><th>what</th><th>bom-ref</th></tr>
 *   <tr><td>the standard</td><td>{@code sisac-psirt-maturity-sheet-1.0}</td></tr>
 *   <tr><td>service area 2 (a requirement)</td><td>{@code sisac-psirt-maturity-sheet-1.0/area-2}</td></tr>
 *   <tr><td>framework 2.1 (a requirement)</td><td>{@code sisac-psirt-maturity-sheet-1.0/2.1}</td></tr>
 *   <tr><td>level 3 of framework 2.1 (a requirement)</td><td>{@code sisac-psirt-maturity-sheet-1.0/2.1/level-3}</td></tr>
 *   <tr><td>maturity level 3 (a level of the standard)</td><td>{@code sisac-psirt-maturity-sheet-1.0/level-3}</td></tr>
 * </table>
 *
 * <p>The declarations of an attestation use fixed bom-refs beside these: {@value #ASSESSOR},
 * {@value #ORGANIZATION}, {@code assessment/claim/2.1} for a framework's claim and
 * {@code assessment/evidence/2.1/1} for its first piece of evidence.
 *
 * @param rubricId the rubric id, e.g. {@code "sisac-psirt-maturity-sheet"}
 * @param edition  the edition, e.g. {@code "1.0"}
 */
public record BomRefs(String rubricId, String edition) {

    /** The bom-ref of the assessor of an attestation. */
    public static final String ASSESSOR = "assessment/assessor";
    /** The bom-ref of the organisation assessed, the target of every claim. */
    public static final String ORGANIZATION = "assessment/organization";

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public BomRefs {
        Objects.requireNonNull(rubricId, "rubricId");
        Objects.requireNonNull(edition, "edition");
    }

    /**
     * Returns the bom-refs of a rubric's standard.
     *
     * @param rubric the rubric
     * @return the bom-refs of its id and edition
     */
    public static BomRefs of(Rubric rubric) {
        return new BomRefs(rubric.id(), rubric.edition());
    }

    /**
     * Returns the bom-ref of the standard.
     *
     * @return the rubric id, a hyphen and the edition, e.g. {@code sisac-psirt-maturity-sheet-1.0}
     */
    public String standard() {
        return rubricId + "-" + edition;
    }

    /**
     * Returns the bom-ref of a service area's requirement.
     *
     * @param number the area number
     * @return e.g. {@code sisac-psirt-maturity-sheet-1.0/area-2}
     */
    public String area(int number) {
        return standard() + "/area-" + number;
    }

    /**
     * Returns the bom-ref of a framework's requirement.
     *
     * @param framework the framework id
     * @return e.g. {@code sisac-psirt-maturity-sheet-1.0/2.1}
     */
    public String framework(FrameworkId framework) {
        return standard() + "/" + framework;
    }

    /**
     * Returns the bom-ref of the requirement of one level of one framework.
     *
     * @param framework the framework id
     * @param level     0 to 5
     * @return e.g. {@code sisac-psirt-maturity-sheet-1.0/2.1/level-3}
     * @throws IllegalArgumentException if the level is outside 0 to 5
     */
    public String level(FrameworkId framework, int level) {
        return framework(framework) + "/level-" + RubricLevel.requireLevel(level);
    }

    /**
     * Returns the bom-ref of one of the standard's six maturity levels.
     *
     * @param level 0 to 5
     * @return e.g. {@code sisac-psirt-maturity-sheet-1.0/level-3}
     * @throws IllegalArgumentException if the level is outside 0 to 5
     */
    public String maturityLevel(int level) {
        return standard() + "/level-" + RubricLevel.requireLevel(level);
    }

    /**
     * Returns the bom-ref of the claim made for a framework in an attestation.
     *
     * @param framework the framework id as the assessment writes it, e.g. {@code "2.1"}
     * @return e.g. {@code assessment/claim/2.1}
     */
    public static String claim(String framework) {
        return "assessment/claim/" + framework;
    }

    /**
     * Returns the bom-ref of one piece of evidence of a framework's claim.
     *
     * @param framework the framework id as the assessment writes it
     * @param position  the evidence's position in the answer, counting from 1
     * @return e.g. {@code assessment/evidence/2.1/1}
     */
    public static String evidence(String framework, int position) {
        return "assessment/evidence/" + framework + "/" + position;
    }
}
