package org.psirtmaturity.json;

/**
 * What a run of {@link BatchScorer#run} did. Every non-blank line read gives exactly one output line,
 * so {@code scored + failed} is the number of lines written, and {@code lines - scored - failed} the
 * number of blank lines skipped.
 *
 * @param lines  the input lines read, blank ones included; with {@code failFast}, up to and including
 *               the first bad line
 * @param scored the lines scored, each written as a report
 * @param failed the bad lines, each written as a problem line
 */
public record BatchSummary(long lines, long scored, long failed) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative or more lines were written than read
     */
    public BatchSummary {
        if (lines < 0 || scored < 0 || failed < 0 || scored + failed > lines) {
            throw new IllegalArgumentException("inconsistent batch counts: " + lines + " lines, " + scored + " scored, " + failed + " failed");
        }
    }

    /**
     * Returns the number of blank lines skipped.
     *
     * @return {@code lines - scored - failed}
     */
    public long blank() {
        return lines - scored - failed;
    }
}
