package org.psirtmaturity.rubric.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.RubricStructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

/**
 * Reads a rubric's texts from a JSON resource, strictly, and joins them with the structure.
 *
 * <p>The format ({@value #FORMAT}) is one object:
 * <pre>{@code
 * {
 *   "format": "psirt-rubric-texts/1",
 *   "rubric": "sisac-psirt-maturity-sheet",
 *   "edition": "1.0",
 *   "locale": "ja",
 *   "texts": { "rubric.title": "…", "area.1.title": "…", "framework.1.1.level.0": "…", … }
 * }
 * }</pre>
 * The keys of {@code texts} are those of {@link RubricStructure#textKeys()}. Reading rejects, and
 * reports together: malformed JSON, content after the object, duplicate keys in the header and in
 * {@code texts}, unknown or missing properties, values that are not strings, a header that does not
 * match the structure and locale, and every text problem found by {@link Rubric#check}.
 *
 * <p>Reading is bounded and strict about encoding, so that even a hostile resource is a list of
 * problems and never another exception, a hang or an exhausted heap. Each limit exceeded is one
 * problem of the document as a whole (path {@code ""}, the line and column in the message):
 * {@value #MAX_DOCUMENT_BYTES} bytes ({@code json.limit.document-size}, counted while reading; the
 * stream is never read beyond that), nesting depth {@value #MAX_DEPTH} ({@code json.limit.depth}),
 * {@value #MAX_TEXT_LENGTH} characters per string ({@code json.limit.string-length}),
 * {@value #MAX_NAME_LENGTH} characters per property name ({@code json.limit.name-length}),
 * {@value #MAX_NUMBER_LENGTH} characters per number ({@code json.limit.number}) and
 * {@value #MAX_TOKENS} JSON tokens ({@code json.limit.tokens}). The bytes must be UTF-8: malformed
 * or overlong sequences and encoded surrogates are a {@code json.encoding} problem with their byte
 * offset; one UTF-8 byte-order mark at the start is ignored. A string or key holding an unpaired
 * surrogate (an escape such as {@code \u005CuD800} alone) is a {@code json.string.unpaired-surrogate}
 * problem. The reader maps no classes and loads nothing named by the document.
 *
 * <p>Problem messages are in English: a texts resource is bundled by a provider's developer, and
 * the model's own text checks ({@link Rubric#check}) report in English.
 *
 * <p>Thread-safe; logs what it loaded through SLF4J at debug level.
 */
public final class RubricTexts {

    /** The format identifier this reader understands. */
    public static final String FORMAT = "psirt-rubric-texts/1";
    /** The longest string accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 100_000;
    /** The deepest nesting accepted. */
    public static final int MAX_DEPTH = 8;
    /** The largest resource accepted, in bytes: 1 MiB (the Japanese texts take about 70 KB). */
    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;
    /** The longest property name (text key) accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest number accepted, in characters (a number is never valid here, only reported). */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The most JSON tokens accepted (the sheet's texts take about 600). */
    public static final int MAX_TOKENS = 20_000;

    /** The parser factory, built on first use, once {@link JacksonFloor#require()} has passed. */
    private static final class Parsers {
        static final JsonFactory JSON = JsonFactory.builder()
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxStringLength(MAX_TEXT_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .build();
    }

    private RubricTexts() {
    }

    /**
     * The logger, asked for when a rubric has been read: initialising SLF4J (finding its provider on
     * the class path) is start-up work that a caller only using {@link #FORMAT} or the limits should
     * not pay. Not held in a static field: a logging system that fails to start (a broken SLF4J
     * provider makes {@link LoggerFactory} throw) must neither fail a class's initialisation nor make
     * a valid rubric unloadable; SLF4J reports its own failure on standard error, and reading then
     * does not log.
     */
    private static Logger logger() {
        try {
            return LoggerFactory.getLogger(RubricTexts.class);
        } catch (RuntimeException | LinkageError e) {
            return NOPLogger.NOP_LOGGER;
        }
    }

    /**
     * Reads texts and assembles the rubric.
     *
     * @param structure    the structure the texts belong to
     * @param locale       the language the texts must declare
     * @param resourceName the resource's name, for messages and logs
     * @param in           the resource's bytes (UTF-8), or null if the resource was not found;
     *                     read up to {@value #MAX_DOCUMENT_BYTES} + 1 bytes and closed by this method
     * @return the rubric
     * @throws InvalidRubricException if the resource is missing, unreadable or invalid; it lists every
     *                                problem found, each with its place
     * @throws IllegalStateException  if the jackson-core loaded is older than 2.18.0, the lowest this
     *                                module supports; the message names both versions
     */
    public static Rubric read(RubricStructure structure, Locale locale, String resourceName, InputStream in) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(resourceName, "resourceName");
        String subject = "rubric texts " + resourceName;
        if (in == null) {
            throw new InvalidRubricException(subject, List.of(new Problem("", "resource.missing",
                    "resource " + resourceName + " was not found next to its provider class")));
        }
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        byte[] bytes = null;
        try (InputStream stream = in) {
            bytes = stream.readNBytes(MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            problems.add(new Problem("", "resource.unreadable", "cannot read " + resourceName + ": " + e.getMessage()));
        }
        JacksonFloor.require(); // after the stream is closed, before Jackson is first used
        if (bytes != null && bytes.length > MAX_DOCUMENT_BYTES) {
            problems.add(new Problem("", "json.limit.document-size", "the resource is larger than " + MAX_DOCUMENT_BYTES
                    + " bytes; expected at most " + MAX_DOCUMENT_BYTES + " bytes (1 MiB)"));
        } else if (bytes != null) {
            String text = decode(bytes, problems);
            if (text != null) {
                parse(text, structure, locale, texts, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRubricException(subject, problems);
        }
        Rubric rubric;
        try {
            rubric = Rubric.assemble(structure, locale, texts); // checks the texts once (Rubric.check)
        } catch (InvalidRubricException e) {
            throw new InvalidRubricException(subject, e.problems());
        }
        Logger log = logger();
        if (log.isDebugEnabled()) {
            log.debug("Loaded rubric {} {} ({}) from {}: {} texts in {} µs, digest {}", rubric.id(), rubric.edition(),
                    locale.toLanguageTag(), resourceName, texts.size(), (System.nanoTime() - start) / 1000, rubric.contentDigest());
        }
        return rubric;
    }

    /** Decodes strict UTF-8, or reports the offset of the first malformed byte and returns null. */
    private static String decode(byte[] bytes, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            problems.add(new Problem("", "json.encoding", "the resource is not valid UTF-8: malformed bytes at byte offset "
                    + input.position() + " (counting from 0); expected UTF-8 text"));
            return null;
        }
        String text = output.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void parse(String text, RubricStructure structure, Locale locale, Map<String, String> texts, List<Problem> problems) {
        JsonParser parser = null;
        // A string read from well-formed UTF-8 holds surrogates only in pairs: an unpaired one can come
        // only from an escape (backslash u), so without any backslash no string needs checking.
        boolean escapes = text.indexOf('\\') >= 0;
        try (JsonParser p = Parsers.JSON.createParser(text)) {
            parser = p;
            parseDocument(p, structure, locale, texts, escapes, problems);
        } catch (StreamConstraintsException e) {
            problems.add(limit(e.getOriginalMessage(), at(e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation())));
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).contains("surrogate")) {
                // Jackson 2.21 and later refuse an escaped unpaired surrogate in a key themselves.
                problems.add(new Problem("", "json.string.unpaired-surrogate", "a text key " + at(e.getLocation())
                        + " holds an unpaired surrogate, which is not Unicode text; expected one of the structure's keys"));
            } else {
                problems.add(new Problem("", "json.syntax", "malformed JSON " + at(e.getLocation()) + ": " + e.getOriginalMessage()
                        + "; expected one JSON object"));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /** The problem for a limit of the parser; its message names the getter of the limit. */
    private static Problem limit(String original, String at) {
        String m = String.valueOf(original);
        if (m.contains("getMaxNestingDepth")) {
            return new Problem("", "json.limit.depth", "objects and arrays are nested more than " + MAX_DEPTH + " levels deep " + at
                    + "; expected at most " + MAX_DEPTH);
        } else if (m.contains("getMaxStringLength")) {
            return new Problem("", "json.limit.string-length", "a string is longer than " + MAX_TEXT_LENGTH + " characters " + at
                    + "; expected at most " + MAX_TEXT_LENGTH + " characters per string");
        } else if (m.contains("getMaxNameLength")) {
            return new Problem("", "json.limit.name-length", "a property name is longer than " + MAX_NAME_LENGTH + " characters " + at
                    + "; expected at most " + MAX_NAME_LENGTH + " characters per name");
        } else if (m.contains("getMaxNumberLength")) {
            return new Problem("", "json.limit.number", "a number is longer than " + MAX_NUMBER_LENGTH + " characters " + at
                    + "; expected at most " + MAX_NUMBER_LENGTH + " characters per number");
        } else if (m.contains("getMaxTokenCount")) {
            return new Problem("", "json.limit.tokens", "the resource has more than " + MAX_TOKENS + " JSON tokens " + at
                    + "; expected at most " + MAX_TOKENS);
        }
        return new Problem("", "json.limit.document-size", "the resource is larger than " + MAX_DOCUMENT_BYTES + " bytes " + at
                + "; expected at most " + MAX_DOCUMENT_BYTES + " bytes (1 MiB)");
    }

    private static void parseDocument(JsonParser p, RubricStructure structure, Locale locale, Map<String, String> texts,
            boolean escapes, List<Problem> problems) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            problems.add(new Problem("", "json.empty", "the resource is empty; expected a JSON object"));
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            problems.add(new Problem("", "json.type", "expected a JSON object at the top level, got " + first + " " + at(p.currentLocation())));
            return;
        }
        Map<String, String> header = new LinkedHashMap<>();
        boolean sawTexts = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            switch (name) {
                case "format", "rubric", "edition", "locale" -> {
                    if (header.containsKey(name)) {
                        problems.add(new Problem(name, "json.duplicate-key", "duplicate property \"" + name + "\" " + at(at)));
                    }
                    header.put(name, readString(p, name, escapes, problems));
                }
                case "texts" -> {
                    if (sawTexts) {
                        problems.add(new Problem(name, "json.duplicate-key", "duplicate property \"texts\" " + at(at)));
                    }
                    sawTexts = true;
                    readTexts(p, texts, escapes, problems);
                }
                default -> {
                    problems.add(new Problem(escapeSurrogates(name), "json.unknown-property", "unknown property \"" + escapeSurrogates(name) + "\" " + at(at)
                            + "; expected only format, rubric, edition, locale and texts"));
                    p.skipChildren();
                }
            }
        }
        if (p.nextToken() != null) {
            problems.add(new Problem("", "json.trailing-content", "unexpected content after the JSON object " + at(p.currentLocation())));
        }
        expect(header, "format", FORMAT, problems);
        expect(header, "rubric", structure.id(), problems);
        expect(header, "edition", structure.edition(), problems);
        expect(header, "locale", locale.toLanguageTag(), problems);
        if (!sawTexts) {
            problems.add(new Problem("texts", "json.missing-property", "missing property \"texts\" (an object of text key to text)"));
        }
    }

    private static void readTexts(JsonParser p, Map<String, String> texts, boolean escapes, List<Problem> problems) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.add(new Problem("texts", "json.type", "\"texts\" must be an object of text key to text " + at(p.currentLocation())));
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            boolean unpaired = escapes && hasUnpairedSurrogate(key);
            boolean duplicate = texts.containsKey(key);
            JsonLocation at = unpaired || duplicate ? p.currentTokenLocation() : null; // only for a problem
            p.nextToken();
            if (unpaired) {
                // Path "": the same problem as where Jackson refuses the key itself (2.21 and later).
                problems.add(new Problem("", "json.string.unpaired-surrogate", "the text key " + escapeSurrogates(key) + " " + at(at)
                        + " holds an unpaired surrogate, which is not Unicode text; expected one of the structure's keys"));
                p.skipChildren();
                continue;
            }
            String value = readString(p, key, escapes, problems);
            if (duplicate) {
                problems.add(new Problem(key, "json.duplicate-key", "duplicate text key \"" + key + "\" " + at(at)));
            } else if (value != null) {
                texts.put(key, value);
            }
        }
    }

    private static String readString(JsonParser p, String path, boolean escapes, List<Problem> problems) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String value = p.getText();
            if (escapes && hasUnpairedSurrogate(value)) {
                problems.add(new Problem(path, "json.string.unpaired-surrogate", "the string " + at(p.currentTokenLocation())
                        + " holds an unpaired surrogate, which is not Unicode text; expected well-formed Unicode text"));
                return null;
            }
            return value;
        }
        problems.add(new Problem(path, "json.type", "expected a string " + at(p.currentLocation()) + ", got " + p.currentToken()));
        p.skipChildren();
        return null;
    }

    private static void expect(Map<String, String> header, String name, String expected, List<Problem> problems) {
        if (!header.containsKey(name)) {
            problems.add(new Problem(name, "json.missing-property", "missing property \"" + name + "\"; expected \"" + expected + "\""));
        } else if (header.get(name) != null && !header.get(name).equals(expected)) {
            String got = header.get(name).length() > 100 ? header.get(name).substring(0, 100) + "\u2026" : header.get(name);
            problems.add(new Problem(name, "header.mismatch", "\"" + name + "\" is \"" + escapeSurrogates(got) + "\" but the provider expects \""
                    + expected + "\""));
        }
    }

    private static String escapeSurrogates(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(Character.isSurrogate((char) c) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String at(JsonLocation loc) {
        return loc == null ? "" : "at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
