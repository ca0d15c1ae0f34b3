package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * This package's own Jackson mapper, configured once: strict parsing (duplicate keys and trailing
 * content rejected, non-standard tokens such as {@code NaN} or comments rejected by Jackson's
 * defaults), exact decimals (floating-point numbers read as {@link java.math.BigDecimal}, trailing
 * zeros kept), and a fixed pretty printer (two spaces, {@code \n} line ends on every platform). It
 * is never shared outside the package, uses no default typing and maps no classes: only trees.
 */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private Json() {
    }

    /** Creates an empty object node; its properties keep insertion order. */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Parses text into a tree, or reports why it cannot. */
    static Optional<JsonNode> parse(String text, JsonInput in) {
        try {
            return Optional.ofNullable(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            in.parseFailure(e);
            return Optional.empty();
        }
    }

    /**
     * Parses a stream into a tree, or reports why it cannot. The encoding (UTF-8, UTF-16 or UTF-32)
     * is detected as RFC 8259 allows.
     *
     * @throws UncheckedIOException if the stream cannot be read (not a problem of the content)
     */
    static Optional<JsonNode> parse(InputStream stream, JsonInput in) {
        try {
            return Optional.ofNullable(MAPPER.readTree(stream));
        } catch (JsonProcessingException e) {
            in.parseFailure(e);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON stream", e);
        }
    }

    /** Writes a tree with the fixed pretty printer, ending with a line break. */
    static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
