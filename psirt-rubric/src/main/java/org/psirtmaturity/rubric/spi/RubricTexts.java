package org.psirtmaturity.rubric.spi;

import java.io.IOException;
import java.io.InputStream;
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

import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.RubricStructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * reports together: malformed JSON, content after the object, duplicate keys at any level, unknown
 * or missing properties, values that are not strings, a header that does not match the structure
 * and locale, and every text problem found by {@link Rubric#check}. Limits: {@value #MAX_TEXT_LENGTH}
 * characters per string, nesting depth {@value #MAX_DEPTH}.
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

    private static final Logger LOG = LoggerFactory.getLogger(RubricTexts.class);

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_TEXT_LENGTH)
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100)
                    .build())
            .build();

    private RubricTexts() {
    }

    /**
     * Reads texts and assembles the rubric.
     *
     * @param structure    the structure the texts belong to
     * @param locale       the language the texts must declare
     * @param resourceName the resource's name, for messages and logs
     * @param in           the resource's bytes (UTF-8), or null if the resource was not found;
     *                     closed by this method
     * @return the rubric
     * @throws InvalidRubricException if the resource is missing, unreadable or invalid; it lists every
     *                                problem found, each with its place
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
        try (InputStream stream = in; JsonParser p = JSON.createParser(stream)) {
            parseDocument(p, structure, locale, texts, problems);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(where(e.getLocation()), "json.syntax", "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem("", "resource.unreadable", "cannot read " + resourceName + ": " + e.getMessage()));
        }
        if (problems.isEmpty()) {
            problems.addAll(Rubric.check(structure, texts));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRubricException(subject, problems);
        }
        Rubric rubric = Rubric.assemble(structure, locale, texts);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Loaded rubric {} {} ({}) from {}: {} texts in {} µs, digest {}", rubric.id(), rubric.edition(),
                    locale.toLanguageTag(), resourceName, texts.size(), (System.nanoTime() - start) / 1000, rubric.contentDigest());
        }
        return rubric;
    }

    private static void parseDocument(JsonParser p, RubricStructure structure, Locale locale, Map<String, String> texts,
            List<Problem> problems) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problems.add(new Problem(where(p.currentLocation()), "json.type", "expected a JSON object at the top level"));
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
                    header.put(name, readString(p, name, problems));
                }
                case "texts" -> {
                    if (sawTexts) {
                        problems.add(new Problem(name, "json.duplicate-key", "duplicate property \"texts\" " + at(at)));
                    }
                    sawTexts = true;
                    readTexts(p, texts, problems);
                }
                default -> {
                    problems.add(new Problem(name, "json.unknown-property", "unknown property \"" + name + "\" " + at(at)
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

    private static void readTexts(JsonParser p, Map<String, String> texts, List<Problem> problems) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.add(new Problem("texts", "json.type", "\"texts\" must be an object of text key to text " + at(p.currentLocation())));
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            String value = readString(p, key, problems);
            if (texts.containsKey(key)) {
                problems.add(new Problem(key, "json.duplicate-key", "duplicate text key \"" + key + "\" " + at(at)));
            } else if (value != null) {
                texts.put(key, value);
            }
        }
    }

    private static String readString(JsonParser p, String path, List<Problem> problems) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        problems.add(new Problem(path, "json.type", "expected a string " + at(p.currentLocation()) + ", got " + p.currentToken()));
        p.skipChildren();
        return null;
    }

    private static void expect(Map<String, String> header, String name, String expected, List<Problem> problems) {
        if (!header.containsKey(name)) {
            problems.add(new Problem(name, "json.missing-property", "missing property \"" + name + "\"; expected \"" + expected + "\""));
        } else if (header.get(name) != null && !header.get(name).equals(expected)) {
            problems.add(new Problem(name, "header.mismatch", "\"" + name + "\" is \"" + header.get(name) + "\" but the provider expects \""
                    + expected + "\""));
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String at(JsonLocation loc) {
        return loc == null ? "" : "at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
