package org.psirtmaturity.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The formats {@link Reports} renders, each with its usual file extension and media type.
 */
public enum ReportFormat {
    /**
     * Plain text for a terminal: aligned columns, level bars such as {@code ███░░}, no line wider
     * than {@link RenderOptions#width()} display columns (a full-width character counts 2).
     */
    TEXT("txt", "text/plain; charset=utf-8"),
    /** GitHub-flavoured Markdown: headings, lists and tables, every text escaped. */
    MARKDOWN("md", "text/markdown; charset=utf-8"),
    /**
     * JSON: for a report, exactly {@code ReportJson.write(report)}, the scoring module's stable
     * {@code psirt-score-report/1} format (no labels, no rubric texts); for a comparison,
     * {@code psirt-report-comparison/1}; for a portfolio, {@code psirt-portfolio/1}.
     */
    JSON("json", "application/json"),
    /**
     * One self-contained UTF-8 HTML page: inline CSS, charts as inline SVG (a report's two radar charts,
     * a portfolio's heatmap and distribution), tables; no scripts, no external fonts, images, style
     * sheets or links.
     */
    HTML("html", "text/html; charset=utf-8");

    private final String fileExtension;
    private final String mediaType;

    ReportFormat(String fileExtension, String mediaType) {
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /**
     * Returns the usual file extension, without a dot.
     *
     * @return e.g. {@code "md"} for Markdown
     */
    public String fileExtension() {
        return fileExtension;
    }

    /**
     * Returns the media type of the rendered text (always UTF-8).
     *
     * @return e.g. {@code "text/html; charset=utf-8"}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Parses a format name, ignoring case and surrounding whitespace: {@code "text"}, {@code "markdown"},
     * {@code "json"} or {@code "html"}.
     *
     * @param name the name, e.g. from a command-line option
     * @return the format
     * @throws IllegalArgumentException if the name is none of the formats; the message quotes it and
     *                                  lists the names
     * @throws NullPointerException     if {@code name} is null
     */
    public static ReportFormat parse(String name) {
        Objects.requireNonNull(name, "name");
        String wanted = name.strip();
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format \"" + name + "\"; expected one of "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + " (case-insensitive)");
    }
}
