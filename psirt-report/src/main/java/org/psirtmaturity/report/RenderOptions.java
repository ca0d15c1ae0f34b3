package org.psirtmaturity.report;

/**
 * How {@link Reports#render(org.psirtmaturity.scoring.ScoreReport, org.psirtmaturity.model.Rubric,
 * ReportFormat, RenderOptions)} lays a report out. Immutable.
 *
 * @param width             the width of {@link ReportFormat#TEXT text} output in terminal display
 *                          columns (a full-width character counts 2), {@value #MIN_WIDTH} to
 *                          {@value #MAX_WIDTH}; default {@value #DEFAULT_WIDTH}. The other formats
 *                          ignore it.
 * @param includeLevelTexts whether each gap of the roadmap quotes the full rubric text of every level
 *                          to climb (default); when false, only the levels and their FIRST citations
 *                          are listed. Applies to text, Markdown and HTML.
 */
public record RenderOptions(int width, boolean includeLevelTexts) {

    /** The narrowest text output, in display columns. */
    public static final int MIN_WIDTH = 60;
    /** The widest text output, in display columns. */
    public static final int MAX_WIDTH = 1000;
    /** The default width of text output, in display columns. */
    public static final int DEFAULT_WIDTH = 80;

    private static final RenderOptions DEFAULTS = new RenderOptions(DEFAULT_WIDTH, true);

    /**
     * Checks the width.
     *
     * @throws IllegalArgumentException if {@code width} is outside {@value #MIN_WIDTH} to
     *                                  {@value #MAX_WIDTH}
     */
    public RenderOptions {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("the text width must be " + MIN_WIDTH + " to " + MAX_WIDTH + " columns, got " + width);
        }
    }

    /**
     * Returns the defaults: {@value #DEFAULT_WIDTH} columns, level texts included.
     *
     * @return the default options
     */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these options with another width.
     *
     * @param columns the width in display columns, {@value #MIN_WIDTH} to {@value #MAX_WIDTH}
     * @return the new options
     * @throws IllegalArgumentException if {@code columns} is out of range
     */
    public RenderOptions withWidth(int columns) {
        return new RenderOptions(columns, includeLevelTexts);
    }

    /**
     * Returns these options with or without the level texts in the roadmap.
     *
     * @param include whether to quote the rubric text of each level to climb
     * @return the new options
     */
    public RenderOptions withIncludeLevelTexts(boolean include) {
        return new RenderOptions(width, include);
    }
}
