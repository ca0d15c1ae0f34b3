package org.psirtmaturity.cyclonedx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.InvalidAssessmentException;

/**
 * The outcome of reading an attestation BOM: the assessment, or every problem found in the document.
 *
 * @param assessment the assessment, present exactly when there are no problems
 * @param problems   the problems, in document order as far as possible; copied
 */
public record ReadResult(Optional<Assessment> assessment, List<Problem> problems) {

    /**
     * Checks the invariant.
     *
     * @throws IllegalArgumentException if an assessment comes with problems, or neither is present
     * @throws NullPointerException     if an argument or a problem is null
     */
    public ReadResult {
        Objects.requireNonNull(assessment, "assessment");
        problems = List.copyOf(problems);
        if (assessment.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("a read result holds either an assessment or problems");
        }
    }

    /**
     * Tells whether the document was read.
     *
     * @return true if there is an assessment
     */
    public boolean isValid() {
        return assessment.isPresent();
    }

    /**
     * Returns the assessment or throws.
     *
     * @return the assessment
     * @throws InvalidAssessmentException if the document had problems; it carries them all
     */
    public Assessment orElseThrow() {
        return assessment.orElseThrow(() -> new InvalidAssessmentException(problems));
    }
}
