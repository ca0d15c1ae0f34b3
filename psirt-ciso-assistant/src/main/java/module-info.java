/**
 * Export of a PSIRT maturity rubric as a CISO Assistant framework library (YAML), through
 * {@link org.psirtmaturity.cisoassistant.CisoAssistantLibrary}.
 *
 * <p>The module reads the rubric model (transitively: its API takes rubrics) and writes YAML with
 * Jackson's tree model and YAML generator, so nothing is opened to Jackson. It does no I/O beyond the
 * caller's stream and no logging.
 */
module org.psirtmaturity.cisoassistant {
    requires transitive org.psirtmaturity.model;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports org.psirtmaturity.cisoassistant;
}
