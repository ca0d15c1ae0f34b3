package org.psirtmaturity.scoring.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;

/**
 * A rubric's texts as a report carries them (area titles and level descriptions), escaped for a JSON
 * string and encoded as UTF-8 once, for {@link ReportJsonWriter}: they are most of a report's text,
 * and the same in every report scored against the rubric.
 *
 * <p>Texts are looked up by identity: a report scored against the rubric holds the rubric's own
 * string instances. Any other string, equal or not (a report read from JSON, or scored against
 * another rubric), is not found, and the writer escapes it as it goes, with the same result. So the
 * output never depends on whether a text was found, only the time it takes.
 *
 * <p>Immutable once built: the map is filled in the constructor and only read afterwards, and the
 * encoded forms are never handed out of the package. Thread-safe.
 */
final class EncodedTexts {

    /** No texts: every text is escaped as it is written. */
    static final EncodedTexts NONE = new EncodedTexts(Map.of());

    /** One text in the forms the two outputs write, without the quotes. */
    static final class Encoded {
        /** The text with JSON's escapes, as {@link StringOutput} writes it. */
        final String escaped;
        /**
         * The escaped text in UTF-8, as {@link Utf8Output#rubricText} writes it; null for a text with an
         * unpaired surrogate, which that output refuses with an exception when it writes the text.
         */
        final byte[] utf8;

        private Encoded(String escaped, byte[] utf8) {
            this.escaped = escaped;
            this.utf8 = utf8;
        }
    }

    private final Map<String, Encoded> texts;

    private EncodedTexts(Map<String, Encoded> texts) {
        this.texts = texts;
    }

    /**
     * Encodes a rubric's area titles and level descriptions.
     *
     * @param rubric the rubric
     * @return its texts, encoded
     */
    static EncodedTexts of(Rubric rubric) {
        List<String> texts = new ArrayList<>();
        for (ServiceArea area : rubric.areas()) {
            texts.add(area.title());
        }
        for (Framework framework : rubric.frameworks()) {
            for (RubricLevel level : framework.levels()) {
                if (level.description().isPresent()) {
                    texts.add(level.description().get());
                }
            }
        }
        return of(texts);
    }

    /**
     * Encodes texts.
     *
     * @param texts the texts, found afterwards by identity
     * @return the texts, encoded
     */
    static EncodedTexts of(Iterable<String> texts) {
        IdentityHashMap<String, Encoded> encoded = new IdentityHashMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        Utf8Output output = new Utf8Output(bytes, false, NONE);
        for (String text : texts) {
            if (!encoded.containsKey(text)) {
                encoded.put(text, new Encoded(escaped(text), utf8(text, output, bytes)));
            }
        }
        return new EncodedTexts(encoded);
    }

    /**
     * The encoded forms of a text, if it is one of the rubric's own instances.
     *
     * @param text a text a report is about to write
     * @return its encoded forms, or null to encode it while writing
     */
    Encoded get(String text) {
        return texts.get(text);
    }

    /** The number of texts held, for tests. */
    int size() {
        return texts.size();
    }

    /** A text with JSON's escapes: the text itself when it needs none (a title), so that it is not held twice. */
    private static String escaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (JsonOutput.needsEscape(text.charAt(i))) {
                return StringOutput.escapedOneByOne(text);
            }
        }
        return text;
    }

    /**
     * Encodes one text with {@link Utf8Output}'s own code, so that the bytes are exactly what it would
     * write: through {@code output}, which writes into {@code bytes}, both empty before and after.
     *
     * @return the bytes without the quotes, or null for a text the output refuses (an unpaired surrogate)
     */
    static byte[] utf8(String text, Utf8Output output, ByteArrayOutputStream bytes) {
        try {
            output.rubricText(text);
            output.drain();
        } catch (IllegalArgumentException e) {
            output.pos = 0; // an unpaired surrogate: left to the output, which reports it when the text is written
            bytes.reset();
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory stream failed", e);
        }
        byte[] quoted = bytes.toByteArray();
        bytes.reset();
        return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
    }
}
