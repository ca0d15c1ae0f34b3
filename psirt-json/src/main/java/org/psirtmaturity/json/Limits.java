package org.psirtmaturity.json;

/** The limits of reading, for documents from untrusted sources; {@link AssessmentJson} documents them. */
final class Limits {

    /** The largest document read, in bytes (UTF-8, or as read from a stream): 4 MiB. */
    static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
    /** The deepest nesting of objects and arrays read; the top-level object is at depth 1. */
    static final int MAX_DEPTH = 32;
    /** The longest string read, in UTF-16 code units ({@link String#length()}). */
    static final int MAX_STRING_LENGTH = 100_000;
    /** The longest property name read, in UTF-16 code units. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** The longest number read, in characters as written. */
    static final int MAX_NUMBER_LENGTH = 1_000;
    /** The largest decimal exponent read, in magnitude ({@code 1e1000} is read, {@code 1e1001} is not). */
    static final int MAX_EXPONENT = 1_000;
    /** The most JSON tokens read: values, property names, and the starts and ends of objects and arrays. */
    static final int MAX_TOKENS = 200_000;
    /** The most answers read; the rubric has 28 frameworks. */
    static final int MAX_ANSWERS = 1_000;

    private Limits() {
    }
}
