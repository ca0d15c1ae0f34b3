package org.psirtmaturity.scoring;

/**
 * How much of the rubric an assessment covers. Every framework of the rubric is counted exactly once:
 * {@code frameworks == scored + excluded + unanswered + outOfScope}.
 *
 * @param frameworks the rubric's frameworks
 * @param scored     frameworks scored at a level
 * @param excluded   frameworks excluded as outside the organisation's business
 * @param unanswered frameworks in scope without an answer, or marked unanswered
 * @param outOfScope frameworks the rubric marks out of scope
 */
public record Completeness(int frameworks, int scored, int excluded, int unanswered, int outOfScope) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative or they do not add up
     */
    public Completeness {
        if (scored < 0 || excluded < 0 || unanswered < 0 || outOfScope < 0 || scored + excluded + unanswered + outOfScope != frameworks) {
            throw new IllegalArgumentException("counts must be non-negative and add up to " + frameworks);
        }
    }

    /**
     * Tells whether some framework in scope is neither scored nor excluded.
     *
     * @return true if {@code unanswered > 0}
     */
    public boolean isPartial() {
        return unanswered > 0;
    }

    /**
     * Returns the number of frameworks answered: scored or excluded.
     *
     * @return {@code scored + excluded}
     */
    public int answered() {
        return scored + excluded;
    }
}
