package org.psirtmaturity.scoring.json;

import java.util.Locale;

import org.psirtmaturity.scoring.Assessment;

/**
 * Reaches the two paths of assessment reading for the differential fuzz target: this class sits in
 * the package of {@link AssessmentJson}, which works here because the fuzz tests run on the class path.
 */
public final class ReaderPaths {

    private ReaderPaths() {
    }

    /**
     * The fast path alone.
     *
     * @param json the bytes
     * @return what it read, or null when it gave up
     */
    public static Assessment fast(byte[] json) {
        return AssessmentStreamReader.read(json, 0, json.length);
    }

    /**
     * The fast path alone, on text.
     *
     * @param json the text
     * @return what it read, or null when it gave up
     */
    public static Assessment fast(String json) {
        return AssessmentStreamReader.read(json);
    }

    /**
     * The strict reader alone.
     *
     * @param json the bytes
     * @return its result
     */
    public static ParseResult<Assessment> strict(byte[] json) {
        return AssessmentJson.parseStrictly(json, Locale.ENGLISH);
    }

    /**
     * The strict reader alone, on text.
     *
     * @param json the text
     * @return its result
     */
    public static ParseResult<Assessment> strict(String json) {
        return AssessmentJson.parseStrictly(json, Locale.ENGLISH);
    }
}
