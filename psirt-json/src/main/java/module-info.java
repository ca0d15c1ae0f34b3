/**
 * The JSON formats of the PSIRT Maturity SDK, on Jackson's streaming API: assessments
 * ({@link org.psirtmaturity.json.AssessmentJson}, {@code psirt-assessment/1}), score reports
 * ({@link org.psirtmaturity.json.ReportJson}, {@code psirt-score-report/1}) and batch scoring of JSON
 * Lines ({@link org.psirtmaturity.json.BatchScorer}). Documents are mapped by explicit code over the
 * parser's tokens: nothing is opened to Jackson, and nothing in a document names a class.
 */
module org.psirtmaturity.json {
    requires transitive org.psirtmaturity.scoring;
    requires com.fasterxml.jackson.core;

    exports org.psirtmaturity.json;
}
