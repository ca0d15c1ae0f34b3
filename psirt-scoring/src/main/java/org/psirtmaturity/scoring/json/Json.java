package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * This package's own Jackson mapper, configured once: strict parsing (duplicate keys and trailing
 * content rejected, non-standard tokens such as {@code NaN} or comments rejected by Jackson's
 * defaults), exact decimals (floating-point numbers read as {@link java.math.BigDecimal}, trailing
 * zeros kept), bounded input (see the limits below), and a fixed pretty printer (two spaces,
 * {@code \n} line ends on every platform). It is never shared outside the package, uses no default
 * typing and maps no classes: only trees. Nothing in a document can make it load a class or a
 * resource.
 *
 * <p>This is the strict reader's parsing, which {@link AssessmentJson} falls back to when its fast
 * path ({@link AssessmentStreamReader}) gives up, and which {@link ReportJson} reads reports with.
 * Reading happens in two steps, so that bad bytes are problems and never exceptions: the input
 * is counted (and, for a stream, read up to the size limit only) and decoded strictly into a string
 * (malformed or overlong UTF-8, unpaired UTF-16 surrogates and code points above U+10FFFF are
 * {@code json.encoding} problems); then Jackson parses the string under {@link StreamReadConstraints}.
 * Jackson checks a document's length only at buffer boundaries, so the exact size limit is enforced
 * here, before Jackson sees the input; {@code maxDocumentLength} is set as well, as a second guard.
 */
final class Json {

    /** The largest document accepted, in bytes of UTF-8 (or as read from a stream): 4 MiB. */
    static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
    /** The deepest nesting of arrays and objects accepted; the top-level object is depth 1. */
    static final int MAX_DEPTH = 32;
    /** The longest string value accepted, in UTF-16 code units ({@code String.length()}). */
    static final int MAX_STRING_LENGTH = 100_000;
    /** The longest property name accepted, in UTF-16 code units. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** The longest number accepted, in characters as written. */
    static final int MAX_NUMBER_LENGTH = 1_000;
    /** The largest decimal exponent accepted, in magnitude: {@code 1e1000} is read, {@code 1e1001} is not. */
    static final int MAX_EXPONENT = 1_000;
    /** The most JSON tokens (values, property names, starts and ends of arrays and objects) accepted. */
    static final int MAX_TOKENS = 200_000;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * The mapper and the pretty writer, built on first use: the fast path of reading
     * ({@link AssessmentStreamReader}) and report writing need only Jackson's streaming API, so a
     * program that only reads valid assessments and writes reports never builds them.
     */
    private static final class Mapper {
        static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                                .maxNestingDepth(MAX_DEPTH)
                                .maxStringLength(MAX_STRING_LENGTH)
                                .maxNameLength(MAX_NAME_LENGTH)
                                .maxNumberLength(MAX_NUMBER_LENGTH)
                                .maxTokenCount(MAX_TOKENS)
                                .build())
                        .build())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();

        static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

        private Mapper() {
        }
    }

    private Json() {
    }

    /** Creates an empty object node; its properties keep insertion order. */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Parses text into a tree, or reports why it cannot. The text's size is its length in UTF-8; one
     * byte-order mark (U+FEFF) at the very start is ignored.
     */
    static Optional<JsonNode> parse(String text, JsonInput in) {
        if (utf8LengthExceeds(text, MAX_DOCUMENT_BYTES)) {
            in.problem("", "json.limit.document-size", "json.limit.document-size", String.valueOf(MAX_DOCUMENT_BYTES));
            return Optional.empty();
        }
        return parseChecked(text, in);
    }

    /**
     * Parses a stream into a tree, or reports why it cannot. At most {@link #MAX_DOCUMENT_BYTES} + 1
     * bytes are read, whatever the stream claims; a longer stream is a problem and is not read to its
     * end. The encoding (UTF-8, UTF-16 or UTF-32) is detected as RFC 8259 and RFC 4627 allow, from a
     * byte-order mark or the pattern of zero bytes, and decoded strictly.
     *
     * @throws UncheckedIOException if the stream cannot be read (not a problem of the content)
     */
    static Optional<JsonNode> parse(InputStream stream, JsonInput in) {
        return parse(readAtMost(stream), in);
    }

    /**
     * Reads a stream to its end, or to {@link #MAX_DOCUMENT_BYTES} + 1 bytes if it is longer.
     *
     * @throws UncheckedIOException if the stream cannot be read
     */
    static byte[] readAtMost(InputStream stream) {
        try {
            return stream.readNBytes(MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON stream", e);
        }
    }

    /** Parses a document's bytes into a tree, or reports why it cannot (as {@link #parse(InputStream, JsonInput)}). */
    static Optional<JsonNode> parse(byte[] bytes, JsonInput in) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            in.problem("", "json.limit.document-size", "json.limit.document-size", String.valueOf(MAX_DOCUMENT_BYTES));
            return Optional.empty();
        }
        return decode(bytes, in).flatMap(text -> parseChecked(text, in));
    }

    private static Optional<JsonNode> parseChecked(String text, JsonInput in) {
        String json = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        JsonNode node;
        try (JsonParser parser = Mapper.MAPPER.createParser(json)) {
            try {
                node = Mapper.MAPPER.readTree(parser);
            } catch (JsonProcessingException e) {
                // Some limits are reported without a location; the parser knows where it stopped.
                in.parseFailure(e, parser.currentLocation());
                return Optional.empty();
            } catch (NumberFormatException e) {
                // Jackson lets BigDecimal's own failure through for exponents beyond the int range (1E-2147483648).
                in.problem("", "json.limit.number", "json.limit.number.exponent", String.valueOf(MAX_EXPONENT));
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        if (node == null || node.isMissingNode()) {
            return Optional.of(MissingNode.getInstance()); // empty or white space only: reported by the reader
        }
        int before = in.problems().size();
        in.checkValues(node);
        return in.problems().size() > before ? Optional.empty() : Optional.of(node);
    }

    /** Tells, without encoding it, whether a string takes more than {@code limit} bytes in UTF-8. */
    static boolean utf8LengthExceeds(String text, long limit) {
        if (text.length() > limit) {
            return true;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A surrogate takes 2 bytes of the 4 of its pair (and an unpaired one is rejected later).
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes > limit;
    }

    /**
     * Decodes a document's bytes strictly, detecting the encoding: a byte-order mark names it (and is
     * kept, to be skipped like any leading U+FEFF); otherwise the zero bytes among the first four tell
     * UTF-32 and UTF-16 (big or little endian) from UTF-8, as JSON text starts with an ASCII character.
     */
    static Optional<String> decode(byte[] b, JsonInput in) {
        Charset charset = detect(b);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(b);
        CharBuffer output = CharBuffer.allocate(b.length + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            in.problem("", "json.encoding", "json.encoding", charset.name(), String.valueOf(input.position()));
            return Optional.empty();
        }
        return Optional.of(output.flip().toString());
    }

    static Charset detect(byte[] b) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF
                || n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return Charset.forName("UTF-32BE");
        }
        if (n >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0
                || n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (n >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == 0 && b[1] != 0)) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] != 0 && b[1] == 0)) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    /** Writes a tree with the fixed pretty printer, ending with a line break. */
    static String write(JsonNode node) {
        try {
            return Mapper.WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
