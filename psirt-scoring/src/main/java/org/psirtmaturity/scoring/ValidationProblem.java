package org.psirtmaturity.scoring;

import java.util.Objects;

import org.psirtmaturity.model.Problem;

/**
 * A problem found by {@link AssessmentValidator}, with its severity.
 *
 * @param problem  where, what (a stable code) and a message saying what was expected
 * @param severity whether it prevents scoring
 */
public record ValidationProblem(Problem problem, Severity severity) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public ValidationProblem {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * Returns the problem's path, e.g. {@code answers[2.1].level}.
     *
     * @return the path
     */
    public String path() {
        return problem.path();
    }

    /**
     * Returns the problem's code, e.g. {@code answer.level.range}.
     *
     * @return the code
     */
    public String code() {
        return problem.code();
    }

    /**
     * Returns the problem's message.
     *
     * @return the message
     */
    public String message() {
        return problem.message();
    }

    /**
     * Tells whether this is an error.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns the problem's one-line form prefixed with the severity, e.g.
     * {@code WARNING answers[4.4].level: … [answer.level.undefined]}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return severity + " " + problem;
    }
}
