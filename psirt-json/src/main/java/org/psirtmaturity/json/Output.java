package org.psirtmaturity.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.psirtmaturity.scoring.AssessmentContext;

/**
 * How this package writes JSON: with Jackson's generator, either pretty (two-space indentation,
 * {@code \n} line ends on every platform, {@code "name": value}) or compact on one line (for JSON
 * Lines); non-ASCII text as it is; streams neither closed nor flushed by the generator.
 */
final class Output {

    /** Writes one document onto a generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Characters beyond the Basic Multilingual Plane (emoji, rare kanji) are written as themselves in
     * UTF-8 too, as in text, rather than as a pair of {@code \u005CuXXXX} escapes: a stream gets the UTF-8
     * of what the text methods return. Built on first use, once {@link JacksonFloor#require()} has passed.
     */
    private static final class Factory {
        static final JsonFactory INSTANCE = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
    }

    private Output() {
    }

    /** The factory, after checking that the jackson-core loaded is one this module supports. */
    private static JsonFactory factory() {
        JacksonFloor.require();
        return Factory.INSTANCE;
    }

    private static JsonGenerator configure(JsonGenerator g, boolean pretty) {
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
        }
        return g;
    }

    /** The document as text, ending with one {@code \n}. */
    static String toText(Body body, boolean pretty) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = configure(factory().createGenerator(text), pretty)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.append('\n').toString();
    }

    /** The document as UTF-8 bytes onto a stream, ending with one {@code \n}; the stream is not flushed by the generator. */
    static void toStream(Body body, boolean pretty, OutputStream out) throws IOException {
        try (JsonGenerator g = configure(factory().createGenerator(out, JsonEncoding.UTF8), pretty)) {
            body.write(g);
        }
        out.write('\n');
    }

    /** Writes an assessment's context as the property {@code context}. */
    static void context(AssessmentContext c, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("context");
        if (c.organization().isPresent()) {
            g.writeStringField("organization", c.organization().get());
        }
        if (c.assessor().isPresent()) {
            g.writeStringField("assessor", c.assessor().get());
        }
        if (c.date().isPresent()) {
            g.writeStringField("date", c.date().get().toString());
        }
        g.writeEndObject();
    }

    /** Writes a JSON-like value as the records hold it (String, Boolean, Long, BigInteger, BigDecimal, List, Map, null). */
    static void value(Object v, JsonGenerator g) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object x : list) {
                value(x, g);
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                value(e.getValue(), g);
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("not a JSON-like value: " + v.getClass().getName());
        }
    }
}
