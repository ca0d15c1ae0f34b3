package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.InvalidAssessmentException;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.internal.Paths;

/**
 * Reads and writes assessments in the JSON format {@value #FORMAT}, documented in the module's
 * README and published as a JSON Schema (draft 2020-12) at
 * {@code org/psirtmaturity/scoring/json/assessment.schema.json} in this module.
 *
 * <pre>{@code
 * {"format": "psirt-assessment/1",
 *  "rubric": {"id": "sisac-psirt-maturity-sheet", "edition": "1.0"},
 *  "context": {"organization": "Example Corp", "assessor": "A. Tanaka", "date": "2026-10-01"},
 *  "answers": [{"framework": "2.1", "level": 3, "note": "...", "evidence": ["https://..."]},
 *              {"framework": "6.4", "excluded": true, "reason": "no sales team"},
 *              {"framework": "1.1", "unanswered": true}],
 *  "foundations": {"executive-sponsorship": true},
 *  "extensions": {"x-platform": {"ticket": "GRC-12"}}}
 * }</pre>
 *
 * <p>Reading is strict: malformed JSON, a key twice in one object, anything after the top-level
 * object, a value of the wrong JSON type (a level must be a JSON integer: {@code 1.0} and
 * {@code "3"} are errors), a missing required property and an unknown property are problems. Data of
 * other tools is kept only under an {@code "extensions"} object (at the top level or in an answer),
 * where anything goes; everywhere else an unknown property is an error, so a misspelt property is
 * never silently ignored. ({@code "foundations"} is an object keyed by requirement, so its keys are
 * checked by validation, {@code foundation.unknown}.) Reading checks the document's shape only:
 * whether its framework ids, levels and foundation keys fit a rubric is for
 * {@link org.psirtmaturity.scoring.AssessmentValidator}. Framework ids are kept exactly as written:
 * a full-width id such as {@code "２．１"} is read as it is and rejected by validation, which suggests
 * the ASCII id.
 *
 * <p>Reading is bounded, for documents from untrusted sources. Each limit exceeded is one problem,
 * found before anything else is read: at most {@value #MAX_DOCUMENT_BYTES} bytes
 * ({@code json.limit.document-size}; a stream is never read beyond that), nesting depth
 * {@value #MAX_DEPTH} ({@code json.limit.depth}), {@value #MAX_STRING_LENGTH} characters per string
 * ({@code json.limit.string-length}), {@value #MAX_NAME_LENGTH} characters per property name
 * ({@code json.limit.name-length}), {@value #MAX_NUMBER_LENGTH} characters per number and a decimal
 * exponent of at most {@value #MAX_EXPONENT} in magnitude ({@code json.limit.number}),
 * {@value #MAX_TOKENS} JSON tokens ({@code json.limit.tokens}) and {@value #MAX_ANSWERS} answers
 * ({@code json.limit.answers}). Bytes that are not valid UTF-8 (or UTF-16 or UTF-32, detected) are a
 * {@code json.encoding} problem; an escaped unpaired surrogate such as {@code "\u005CuD800"} is a
 * {@code json.string.unpaired-surrogate} problem; one byte-order mark at the start is ignored.
 * Nothing in a document names a class, a resource or a URL that is loaded: the mapping is explicit
 * code over a tree, with no polymorphic or default typing.
 *
 * <p>A valid document is read in one pass of Jackson's streaming parser, without a tree; a document
 * with problems is read again by a strict, tree-based reader that collects every problem with its
 * path. Both accept exactly the same documents and read them into equal assessments.
 *
 * <p>Writing uses a fixed property order and leaves out empty optional parts, so that
 * {@code read(write(a)).equals(a)} for every assessment {@code a} that is within the limits and
 * whose texts are Unicode (no unpaired surrogate). All methods are thread-safe.
 */
public final class AssessmentJson {

    /** The value of the {@code "format"} property. */
    public static final String FORMAT = "psirt-assessment/1";

    /** The largest document read, in bytes (UTF-8, or as read from a stream): 4 MiB. */
    public static final int MAX_DOCUMENT_BYTES = Json.MAX_DOCUMENT_BYTES;
    /** The deepest nesting of objects and arrays read; the top-level object is at depth 1. */
    public static final int MAX_DEPTH = Json.MAX_DEPTH;
    /** The longest string read, in UTF-16 code units ({@link String#length()}). */
    public static final int MAX_STRING_LENGTH = Json.MAX_STRING_LENGTH;
    /** The longest property name read, in UTF-16 code units. */
    public static final int MAX_NAME_LENGTH = Json.MAX_NAME_LENGTH;
    /** The longest number read, in characters as written. */
    public static final int MAX_NUMBER_LENGTH = Json.MAX_NUMBER_LENGTH;
    /** The largest decimal exponent read, in magnitude ({@code 1e1000} is read, {@code 1e1001} is not). */
    public static final int MAX_EXPONENT = Json.MAX_EXPONENT;
    /** The most JSON tokens read: values, property names, and the starts and ends of objects and arrays. */
    public static final int MAX_TOKENS = Json.MAX_TOKENS;
    /** The most answers read; the rubric has 28 frameworks. */
    public static final int MAX_ANSWERS = 1_000;

    private static final List<String> ROOT = List.of("format", "rubric", "context", "answers", "foundations", "extensions");
    private static final List<String> RUBRIC = List.of("id", "edition");
    static final List<String> CONTEXT = List.of("organization", "assessor", "date");
    private static final List<String> ANSWER = List.of("framework", "level", "excluded", "reason", "unanswered", "note", "evidence",
            "extensions");

    private AssessmentJson() {
    }

    /**
     * Reads an assessment, reporting problems in English.
     *
     * @param json the document
     * @return the assessment, or every problem found
     */
    public static ParseResult<Assessment> parse(String json) {
        return parse(json, Locale.ENGLISH);
    }

    /**
     * Reads an assessment.
     *
     * @param json           the document
     * @param messagesLocale the language of the messages: Japanese for {@code ja}, otherwise English
     * @return the assessment, or every problem found
     */
    public static ParseResult<Assessment> parse(String json, Locale messagesLocale) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(messagesLocale, "messagesLocale");
        Assessment read = AssessmentStreamReader.read(json);
        return read != null ? valid(read) : parseStrictly(json, messagesLocale);
    }

    /**
     * Reads an assessment from a stream (UTF-8, UTF-16 or UTF-32, detected), reporting problems in
     * English. The stream is read to its end, or to {@link #MAX_DOCUMENT_BYTES} + 1 bytes if it is
     * longer (a {@code json.limit.document-size} problem), and is not closed.
     *
     * @param json the document
     * @return the assessment, or every problem found
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static ParseResult<Assessment> parse(InputStream json) {
        return parse(json, Locale.ENGLISH);
    }

    /**
     * Reads an assessment from a stream (UTF-8, UTF-16 or UTF-32, detected). The stream is read to
     * its end, or to {@link #MAX_DOCUMENT_BYTES} + 1 bytes if it is longer, and is not closed.
     *
     * @param json           the document
     * @param messagesLocale the language of the messages
     * @return the assessment, or every problem found
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static ParseResult<Assessment> parse(InputStream json, Locale messagesLocale) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(messagesLocale, "messagesLocale");
        byte[] buffer = new byte[initialCapacity(json)];
        int length = 0;
        try {
            while (true) {
                if (length == buffer.length) {
                    if (length > MAX_DOCUMENT_BYTES) {
                        break; // one byte over the limit is enough to report it; the rest is never read
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(2L * length, MAX_DOCUMENT_BYTES + 1L));
                }
                int n = json.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON stream", e);
        }
        return parseBytes(buffer, 0, length, messagesLocale);
    }

    /**
     * Room for what the stream says it has, and one byte more to see its end without growing (an
     * in-memory stream's {@code available()} is exact); 8 KiB when it does not say.
     */
    private static int initialCapacity(InputStream json) {
        int available;
        try {
            available = json.available();
        } catch (IOException e) {
            available = 0;
        }
        return available > 0 ? (int) Math.min(available + 1L, MAX_DOCUMENT_BYTES + 1L) : 8 * 1024;
    }

    /**
     * Reads an assessment from bytes (UTF-8, UTF-16 or UTF-32, detected, as for a stream). The array
     * is neither kept nor changed.
     *
     * @param json           the document's bytes
     * @param messagesLocale the language of the messages
     * @return the assessment, or every problem found
     */
    public static ParseResult<Assessment> parse(byte[] json, Locale messagesLocale) {
        Objects.requireNonNull(json, "json");
        return parse(json, 0, json.length, messagesLocale);
    }

    /**
     * Reads an assessment from a range of bytes (UTF-8, UTF-16 or UTF-32, detected, as for a
     * stream), for example a line of a larger buffer. The array is neither kept nor changed.
     *
     * @param json           the bytes
     * @param offset         where the document starts
     * @param length         the document's length in bytes
     * @param messagesLocale the language of the messages
     * @return the assessment, or every problem found
     * @throws IndexOutOfBoundsException if the range is not within the array
     */
    public static ParseResult<Assessment> parse(byte[] json, int offset, int length, Locale messagesLocale) {
        Objects.requireNonNull(json, "json");
        Objects.checkFromIndexSize(offset, length, json.length);
        Objects.requireNonNull(messagesLocale, "messagesLocale");
        return parseBytes(json, offset, length, messagesLocale);
    }

    /** The fast path first; if it gives up, the strict reader, which reports every problem. */
    private static ParseResult<Assessment> parseBytes(byte[] json, int offset, int length, Locale messagesLocale) {
        Assessment read = AssessmentStreamReader.read(json, offset, length);
        if (read != null) {
            return valid(read);
        }
        return parseStrictly(offset == 0 && length == json.length ? json : Arrays.copyOfRange(json, offset, offset + length), messagesLocale);
    }

    /** Reads with the strict, tree-based reader only (the fast path's oracle in tests). */
    static ParseResult<Assessment> parseStrictly(byte[] json, Locale messagesLocale) {
        JsonInput in = new JsonInput(messagesLocale);
        return result(Json.parse(json, in).flatMap(n -> assessment(n, in)), in);
    }

    /** Reads text with the strict, tree-based reader only (the fast path's oracle in tests). */
    static ParseResult<Assessment> parseStrictly(String json, Locale messagesLocale) {
        JsonInput in = new JsonInput(messagesLocale);
        return result(Json.parse(json, in).flatMap(n -> assessment(n, in)), in);
    }

    private static ParseResult<Assessment> valid(Assessment assessment) {
        return new ParseResult<>(Optional.of(assessment), List.of());
    }

    /**
     * Reads an assessment or throws.
     *
     * @param json the document
     * @return the assessment
     * @throws InvalidAssessmentException if the document has problems; it carries them all
     */
    public static Assessment read(String json) {
        return parse(json).orElseThrow();
    }

    /**
     * Reads an assessment from a stream or throws. The stream is not closed.
     *
     * @param json the document
     * @return the assessment
     * @throws InvalidAssessmentException   if the document has problems; it carries them all
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static Assessment read(InputStream json) {
        return parse(json).orElseThrow();
    }

    /**
     * Writes an assessment: properties in the order {@code format, rubric, context, answers,
     * foundations, extensions}; in an answer {@code framework}, then {@code level}, {@code excluded}
     * and {@code reason}, or {@code unanswered}, then {@code note, evidence, extensions}. Absent
     * optional values and empty collections are left out. Two-space indentation, {@code \n} line ends.
     *
     * @param assessment the assessment
     * @return the document, ending with a line break
     */
    public static String write(Assessment assessment) {
        return Json.write(tree(assessment));
    }

    /**
     * Writes an assessment as UTF-8 bytes.
     *
     * @param assessment the assessment
     * @return the document's bytes
     */
    public static byte[] writeBytes(Assessment assessment) {
        return write(assessment).getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ writing

    static ObjectNode tree(Assessment a) {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        ObjectNode rubric = root.putObject("rubric");
        rubric.put("id", a.rubric().id());
        rubric.put("edition", a.rubric().edition());
        a.context().ifPresent(c -> root.set("context", context(c)));
        ArrayNode answers = root.putArray("answers");
        for (FrameworkAnswer fa : a.answers()) {
            ObjectNode o = answers.addObject();
            o.put("framework", fa.framework());
            if (fa.answer() instanceof Answer.Scored s) {
                o.put("level", s.level());
            } else if (fa.answer() instanceof Answer.Excluded e) {
                o.put("excluded", true);
                e.reason().ifPresent(r -> o.put("reason", r));
            } else {
                o.put("unanswered", true);
            }
            fa.note().ifPresent(n -> o.put("note", n));
            if (!fa.evidence().isEmpty()) {
                ArrayNode ev = o.putArray("evidence");
                fa.evidence().forEach(ev::add);
            }
            if (!fa.extensions().isEmpty()) {
                o.set("extensions", value(fa.extensions()));
            }
        }
        if (!a.foundations().isEmpty()) {
            ObjectNode f = root.putObject("foundations");
            a.foundations().forEach(f::put);
        }
        if (!a.extensions().isEmpty()) {
            root.set("extensions", value(a.extensions()));
        }
        return root;
    }

    static ObjectNode context(AssessmentContext c) {
        ObjectNode o = Json.object();
        c.organization().ifPresent(v -> o.put("organization", v));
        c.assessor().ifPresent(v -> o.put("assessor", v));
        c.date().ifPresent(v -> o.put("date", v.toString()));
        return o;
    }

    /** Converts a JSON-like value (as held by the records) into a tree. */
    static JsonNode value(Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v == null) {
            return f.nullNode();
        }
        if (v instanceof String s) {
            return f.textNode(s);
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof Long l) {
            return f.numberNode(l);
        }
        if (v instanceof BigInteger b) {
            return f.numberNode(b);
        }
        if (v instanceof BigDecimal d) {
            return DecimalNode.valueOf(d);
        }
        if (v instanceof List<?> list) {
            ArrayNode a = f.arrayNode();
            list.forEach(x -> a.add(value(x)));
            return a;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode o = f.objectNode();
            map.forEach((k, x) -> o.set((String) k, value(x)));
            return o;
        }
        throw new IllegalArgumentException("not a JSON-like value: " + v.getClass().getName());
    }

    // ------------------------------------------------------------------ reading

    private static ParseResult<Assessment> result(Optional<Assessment> read, JsonInput in) {
        return in.hasProblems() ? new ParseResult<>(Optional.empty(), in.problems()) : new ParseResult<>(read, List.of());
    }

    private static Optional<Assessment> assessment(JsonNode node, JsonInput in) {
        Optional<ObjectNode> root = in.object(node, "", ROOT, true);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode o = root.get();
        in.string(o, "format", "", true).ifPresent(f -> {
            if (!f.equals(FORMAT)) {
                in.problem("format", "json.format", "json.format", JsonInput.quote(f), FORMAT);
            }
        });
        Optional<RubricRef> rubric = in.property(o, "rubric", "", true).flatMap(n -> in.object(n, "rubric", RUBRIC, false))
                .flatMap(r -> {
                    Optional<String> id = in.string(r, "id", "rubric", true);
                    Optional<String> edition = in.string(r, "edition", "rubric", true);
                    return id.isPresent() && edition.isPresent() ? Optional.of(new RubricRef(id.get(), edition.get())) : Optional.empty();
                });
        Optional<AssessmentContext> context = in.property(o, "context", "", false)
                .flatMap(n -> in.object(n, "context", CONTEXT, false))
                .map(c -> context(c, in));
        List<FrameworkAnswer> answers = in.array(o, "answers", "", true)
                .filter(a -> {
                    if (a.size() > MAX_ANSWERS) {
                        in.problem("answers", "json.limit.answers", "json.limit.answers", String.valueOf(a.size()),
                                String.valueOf(MAX_ANSWERS));
                        return false;
                    }
                    return true;
                })
                .map(a -> in.elements(a, "answers", e -> answer(e, in)))
                .orElse(List.of());
        Map<String, Boolean> foundations = new LinkedHashMap<>();
        in.anyObject(o, "foundations", "", false).ifPresent(f -> f.fields().forEachRemaining(e -> {
            if (e.getValue().isBoolean()) {
                foundations.put(e.getKey(), e.getValue().booleanValue());
            } else {
                in.typeProblem(Paths.foundation(JsonInput.quote(e.getKey())), "expected.boolean", e.getValue());
            }
        }));
        Map<String, Object> extensions = extensions(o, "", in);
        if (in.hasProblems() || rubric.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Assessment(rubric.get(), context, answers, foundations, extensions));
    }

    static AssessmentContext context(ObjectNode c, JsonInput in) {
        Optional<String> organization = in.string(c, "organization", "context", false);
        Optional<String> assessor = in.string(c, "assessor", "context", false);
        Optional<LocalDate> date = in.string(c, "date", "context", false).flatMap(d -> {
            try {
                return Optional.of(LocalDate.parse(d));
            } catch (DateTimeParseException e) {
                in.problem("context.date", "json.value", "json.date", JsonInput.quote(d));
                return Optional.empty();
            }
        });
        return new AssessmentContext(organization, assessor, date);
    }

    private static Optional<FrameworkAnswer> answer(JsonInput.Element e, JsonInput in) {
        JsonNode fw = e.node().get("framework");
        String path = Paths.answer(fw != null && fw.isTextual() ? fw.textValue() : null, e.index());
        Optional<ObjectNode> node = in.object(e.node(), path, ANSWER, true);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode o = node.get();
        int before = in.problems().size();
        Optional<String> framework = in.string(o, "framework", path, true);
        Optional<Integer> level = in.property(o, "level", path, false).flatMap(n -> {
            if (n.isIntegralNumber() && !n.canConvertToInt()) {
                in.problem(path + ".level", "answer.level.range", "answer.level.range", n.bigIntegerValue().toString());
                return Optional.empty();
            }
            return in.integer(n, path + ".level");
        });
        Optional<Boolean> excluded = trueFlag(o, "excluded", path, in);
        Optional<Boolean> unanswered = trueFlag(o, "unanswered", path, in);
        Optional<String> reason = in.string(o, "reason", path, false);
        List<String> kinds = new ArrayList<>();
        for (String k : List.of("level", "excluded", "unanswered")) {
            if (o.has(k)) {
                kinds.add("\"" + k + "\"");
            }
        }
        if (kinds.size() != 1) {
            in.problem(path, "json.answer.kind", "json.answer.kind",
                    kinds.isEmpty() ? in.text("json.answer.kind.none") : String.join(", ", kinds));
        }
        if (o.has("reason") && !o.has("excluded")) {
            in.problem(path + ".reason", "json.value", "json.reason.without-exclusion");
        }
        Optional<String> note = in.string(o, "note", path, false);
        Optional<List<String>> evidence = in.strings(o, "evidence", path);
        Map<String, Object> extensions = extensions(o, path, in);
        if (in.problems().size() > before || framework.isEmpty()) {
            return Optional.empty();
        }
        Answer answer = level.isPresent() ? Answer.scored(level.get())
                : excluded.isPresent() ? new Answer.Excluded(reason)
                : Answer.unanswered();
        return Optional.of(new FrameworkAnswer(framework.get(), answer, note, evidence.orElse(List.of()), extensions));
    }

    /** A property that may only be {@code true}. */
    private static Optional<Boolean> trueFlag(ObjectNode o, String name, String path, JsonInput in) {
        return in.bool(o, name, path, false).filter(b -> {
            if (!b) {
                in.problem(path + "." + name, "json.value", "json.flag.false", name);
            }
            return b;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(ObjectNode o, String path, JsonInput in) {
        return in.anyObject(o, "extensions", path, false).map(x -> (Map<String, Object>) JsonInput.value(x)).orElse(Map.of());
    }

    /** Checks a framework id read from a report or options. */
    static Optional<FrameworkId> frameworkId(String text, String path, JsonInput in) {
        if (FrameworkId.isWellFormed(text)) {
            return Optional.of(FrameworkId.parse(text));
        }
        in.problem(path, "json.value", "json.framework.id", JsonInput.quote(text));
        return Optional.empty();
    }
}
