package org.psirtmaturity.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.InvalidAssessmentException;
import org.psirtmaturity.scoring.ValidationProblem;

/**
 * The outcome of reading a document: the value, and every problem found, each with its severity.
 *
 * @param <T>      the type read
 * @param value    the value, present exactly when no problem is an error
 * @param problems the problems, errors and warnings, in the order documented by the reader; copied
 */
public record ParseResult<T>(Optional<T> value, List<ValidationProblem> problems) {

    /**
     * Checks the invariant.
     *
     * @throws IllegalArgumentException if a value comes with an error, or neither a value nor an error
     *                                  is present
     * @throws NullPointerException     if an argument or a problem is null
     */
    public ParseResult {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        if (value.isPresent() == problems.stream().anyMatch(ValidationProblem::isError)) {
            throw new IllegalArgumentException("a parse result holds either a value or errors");
        }
    }

    /**
     * Tells whether the document was read: it has no error (it may have warnings).
     *
     * @return true if there is a value
     */
    public boolean isValid() {
        return value.isPresent();
    }

    /**
     * Returns the errors, in order.
     *
     * @return the problems that prevent reading
     */
    public List<Problem> errors() {
        return problems.stream().filter(ValidationProblem::isError).map(ValidationProblem::problem).toList();
    }

    /**
     * Returns the warnings, in order.
     *
     * @return the problems that do not prevent reading
     */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).map(ValidationProblem::problem).toList();
    }

    /**
     * Returns the value or throws.
     *
     * @return the value
     * @throws InvalidAssessmentException if the document had errors; it carries them all
     */
    public T orElseThrow() {
        return value.orElseThrow(() -> new InvalidAssessmentException(errors()));
    }
}
