/**
 * CycloneDX 1.6 for the PSIRT maturity sheet: a {@link org.psirtmaturity.model.Rubric rubric} as a
 * CycloneDX standard ({@code definitions.standards}), and an
 * {@link org.psirtmaturity.scoring.Assessment assessment} as a CycloneDX attestation
 * ({@code declarations}) that reads back into an equal assessment.
 *
 * <p>The one package, {@code org.psirtmaturity.cyclonedx}, is exported; its entry point is
 * {@link org.psirtmaturity.cyclonedx.CycloneDx}. The module reads {@code org.psirtmaturity.scoring}
 * (and so the model) transitively, because its API takes rubrics and assessments. JSON is written
 * with Jackson's streaming generator and read through Jackson's tree model, by explicit code: nothing
 * is opened to Jackson and nothing in a document names a class to load.
 */
module org.psirtmaturity.cyclonedx {
    requires transitive org.psirtmaturity.scoring;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports org.psirtmaturity.cyclonedx;
}
