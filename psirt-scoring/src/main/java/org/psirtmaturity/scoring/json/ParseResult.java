package org.psirtmaturity.scoring.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.InvalidAssessmentException;

/**
 * The outcome of reading a JSON document: the value, or every problem found in the document.
 *
 * @param <T>      the type read
 * @param value    the value, present exactly when there are no problems
 * @param problems the problems, in document order; copied
 */
public record ParseResult<T>(Optional<T> value, List<Problem> problems) {

    /**
     * Checks the invariant.
     *
     * @throws IllegalArgumentException if a value comes with problems, or neither is present
     * @throws NullPointerException     if an argument or a problem is null
     */
    public ParseResult {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        if (value.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("a parse result holds either a value or problems");
        }
    }

    /**
     * Tells whether the document was read.
     *
     * @return true if there is a value
     */
    public boolean isValid() {
        return value.isPresent();
    }

    /**
     * Returns the value or throws.
     *
     * @return the value
     * @throws InvalidAssessmentException if the document had problems; it carries them all
     */
    public T orElseThrow() {
        return value.orElseThrow(() -> new InvalidAssessmentException(problems));
    }
}
