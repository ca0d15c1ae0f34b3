/**
 * The JSON formats of the PSIRT Maturity SDK, on Jackson's streaming API: assessments
 * ({@link org.psirtmaturity.json.AssessmentJson}, {@code psirt-assessment/1}), score reports
 * ({@link org.psirtmaturity.json.ReportJson}, {@code psirt-score-report/1}), portfolios
 * ({@link org.psirtmaturity.json.PortfolioJson}, {@code psirt-portfolio/1}) and batch scoring of JSON
 * Lines ({@link org.psirtmaturity.json.BatchScorer}). Documents are mapped by explicit code over the
 * parser's tokens: nothing is opened to Jackson, and nothing in a document names a class. The package
 * is opened to {@code org.psirtmaturity.scoring} alone, whose message reader reads its bundles.
 */
module org.psirtmaturity.json {
    requires transitive org.psirtmaturity.scoring;
    requires com.fasterxml.jackson.core;

    exports org.psirtmaturity.json;

    // The message bundles beside JsonMessages are read by org.psirtmaturity.scoring.internal.Messages:
    // a resource of a named module is found by another module only in a package open to it.
    opens org.psirtmaturity.json to org.psirtmaturity.scoring;
}
