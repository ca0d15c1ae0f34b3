/**
 * The immutable domain model of the PSIRT maturity sheet.
 *
 * <p>This module has no dependencies and performs no I/O: every type is an immutable value, safe to
 * share between threads. Rubric texts are supplied by language modules through
 * {@code org.psirtmaturity.rubric}; the structure they attach to (ids, defined levels, citations,
 * out-of-scope marks) is defined once, in {@link org.psirtmaturity.model.structure.SoftwareIsacSheet}.
 */
module org.psirtmaturity.model {
    exports org.psirtmaturity.model;
    exports org.psirtmaturity.model.first;
    exports org.psirtmaturity.model.structure;
}
