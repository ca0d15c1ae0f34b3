/**
 * Presentation of PSIRT maturity score reports: plain text for a terminal, GitHub-flavoured
 * Markdown, JSON (the scoring module's stable {@code psirt-score-report/1} format), one
 * self-contained HTML page, and SVG radar charts. Labels follow the rubric's language (Japanese for
 * {@code ja}, English otherwise); rubric texts are quoted from the rubric.
 *
 * <p>Everything is a pure, thread-safe static function: no I/O on the caller's behalf (the module
 * reads only its own label bundles), no logging, no global state. The only package,
 * {@code org.psirtmaturity.report}, is exported; it reads {@code org.psirtmaturity.scoring} (and so
 * the model) transitively, because its API takes score reports and rubrics.
 */
module org.psirtmaturity.report {
    requires transitive org.psirtmaturity.json;

    exports org.psirtmaturity.report;
}
