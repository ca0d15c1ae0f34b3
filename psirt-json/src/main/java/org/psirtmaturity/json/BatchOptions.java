package org.psirtmaturity.json;

/**
 * How {@link BatchScorer#run} treats bad lines.
 *
 * @param failFast false (the default): a bad line gives a problem line and the batch goes on with the
 *                 next line; true: the batch stops right after writing the first problem line, and
 *                 the rest of the input is not read
 */
public record BatchOptions(boolean failFast) {

    private static final BatchOptions DEFAULTS = new BatchOptions(false);

    /**
     * Returns the defaults: every line is processed, whatever the lines before it held.
     *
     * @return options with {@code failFast} false
     */
    public static BatchOptions defaults() {
        return DEFAULTS;
    }
}
