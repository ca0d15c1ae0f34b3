package org.psirtmaturity.cyclonedx;

/**
 * The names of the CycloneDX {@code properties} this package writes and reads. All share the
 * namespace {@value #PREFIX}; the module's README lists them with their meaning.
 */
final class Names {

    /** The namespace of every property name. */
    static final String PREFIX = "psirtmaturity:";

    /** BOM: the rubric id. */
    static final String RUBRIC_ID = PREFIX + "rubric:id";
    /** BOM: the rubric edition. */
    static final String RUBRIC_EDITION = PREFIX + "rubric:edition";
    /** BOM: the language of the standard's texts, a BCP 47 tag. */
    static final String RUBRIC_LANGUAGE = PREFIX + "rubric:language";
    /** BOM: the framework ids of every answer, in the assessment's order, separated by spaces. */
    static final String ANSWERS = PREFIX + "answers";
    /** BOM: the top-level extensions of the assessment, as a JSON object. */
    static final String EXTENSIONS = PREFIX + "extensions";
    /** BOM: the start of a per-answer property, {@code psirtmaturity:answer:<framework>:<what>}. */
    static final String ANSWER = PREFIX + "answer:";
    /** The last part of a per-answer property holding the note of an unanswered framework. */
    static final String NOTE = "note";
    /** The last part of a per-answer property holding one piece of evidence of an unanswered framework. */
    static final String EVIDENCE = "evidence";
    /** The last part of a per-answer property holding an answer's extensions, as a JSON object. */
    static final String ANSWER_EXTENSIONS = "extensions";
    /** BOM: the start of a foundation answer, {@code psirtmaturity:foundation:<key>}, {@code true} or {@code false}. */
    static final String FOUNDATION = PREFIX + "foundation:";

    /** Level requirement: one FIRST citation of the level text, as written, in order. */
    static final String FIRST_CITATION = PREFIX + "first-citation";
    /** Level requirement: {@code false} where the sheet leaves the level undefined (「─」). */
    static final String LEVEL_DEFINED = PREFIX + "level-defined";
    /** Framework requirement: {@code true} where the sheet marks the framework out of scope (※対象外). */
    static final String OUT_OF_SCOPE = PREFIX + "out-of-scope";

    private Names() {
    }

    /**
     * Returns the name of a per-answer property.
     *
     * @param framework the framework id as written
     * @param what      {@link #NOTE}, {@link #EVIDENCE} or {@link #ANSWER_EXTENSIONS}
     * @return e.g. {@code psirtmaturity:answer:1.1:note}
     */
    static String answer(String framework, String what) {
        return ANSWER + framework + ":" + what;
    }
}
