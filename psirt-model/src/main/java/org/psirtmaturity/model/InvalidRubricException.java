package org.psirtmaturity.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when rubric data cannot be turned into a {@link Rubric}. It carries every problem found,
 * not only the first; each names the place (a text key, a JSON path, a resource) and what was
 * expected.
 */
public class InvalidRubricException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems; an immutable list, serialisable as {@code List.copyOf} lists are. */
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param subject  what was being loaded, e.g. {@code "rubric sisac-psirt-maturity-sheet 1.0 (ja)"}
     * @param problems the problems, at least one; copied
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidRubricException(String subject, List<Problem> problems) {
        super(message(subject, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String subject, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidRubricException needs at least one problem");
        }
        return subject + " is invalid (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):"
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
