package org.psirtmaturity.scoring;

import java.util.List;

import org.psirtmaturity.model.Problem;

/**
 * Everything {@link AssessmentValidator} found in an assessment, in input order: the rubric
 * reference first, then the answers in the order given, then the foundation answers, then (when a
 * complete assessment is required) the missing answers in rubric order.
 *
 * @param problems the problems with their severities; copied
 */
public record ValidationResult(List<ValidationProblem> problems) {

    /**
     * Copies.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public ValidationResult {
        problems = List.copyOf(problems);
    }

    /**
     * Tells whether the assessment can be scored: it has no {@link Severity#ERROR error}. Warnings
     * (an answer at an undefined level, in the default policy) do not make it invalid.
     *
     * @return true if there is no error
     */
    public boolean isValid() {
        for (int i = 0; i < problems.size(); i++) { // a loop, not a stream: asked of every assessment validated
            if (problems.get(i).isError()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the errors, in order.
     *
     * @return the problems of severity {@link Severity#ERROR}
     */
    public List<Problem> errors() {
        return problems.stream().filter(ValidationProblem::isError).map(ValidationProblem::problem).toList();
    }

    /**
     * Returns the warnings, in order.
     *
     * @return the problems of severity {@link Severity#WARNING}
     */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).map(ValidationProblem::problem).toList();
    }
}
