package org.psirtmaturity.scoring;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.psirtmaturity.model.Rubric;

/**
 * Names the rubric an assessment was made against: its id and edition, as they were written.
 *
 * <p>The constructor only rejects nulls; whether the reference matches a rubric is reported by
 * {@link AssessmentValidator} ({@code rubric.mismatch}).
 *
 * @param id      the rubric id, e.g. {@code "sisac-psirt-maturity-sheet"}
 * @param edition the rubric edition, e.g. {@code "1.0"}
 */
public record RubricRef(
        @NotBlank(message = "{org.psirtmaturity.scoring.constraints.blank}")
        @Size(max = 200, message = "{org.psirtmaturity.scoring.constraints.textLength}")
        String id,
        @NotBlank(message = "{org.psirtmaturity.scoring.constraints.blank}")
        @Size(max = 50, message = "{org.psirtmaturity.scoring.constraints.textLength}")
        String edition) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public RubricRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
    }

    /**
     * Returns the reference to a rubric.
     *
     * @param rubric the rubric
     * @return its id and edition
     */
    public static RubricRef of(Rubric rubric) {
        return new RubricRef(rubric.id(), rubric.edition());
    }

    /**
     * Tells whether this reference names the rubric's id and edition.
     *
     * @param rubric the rubric
     * @return true if id and edition are equal
     */
    public boolean matches(Rubric rubric) {
        return id.equals(rubric.id()) && edition.equals(rubric.edition());
    }

    /**
     * Returns e.g. {@code sisac-psirt-maturity-sheet 1.0}.
     *
     * @return the id and edition, separated by a space
     */
    @Override
    public String toString() {
        return id + " " + edition;
    }
}
