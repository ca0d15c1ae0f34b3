package org.psirtmaturity.scoring;

import java.util.List;
import java.util.stream.Collectors;

import org.psirtmaturity.model.Problem;

/**
 * Thrown when an assessment cannot be read or scored. It carries every error found, not only the
 * first; each names the place (e.g. {@code answers[2.1].level}) and says what was expected.
 */
public class InvalidAssessmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems; an immutable list, serialisable as {@code List.copyOf} lists are. */
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one; copied
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException     if the list or an element is null
     */
    public InvalidAssessmentException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidAssessmentException needs at least one problem");
        }
        return "the assessment is invalid (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, never empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
