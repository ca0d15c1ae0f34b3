package org.psirtmaturity.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.InvalidAssessmentException;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.Severity;
import org.psirtmaturity.scoring.ValidationOptions;
import org.psirtmaturity.scoring.ValidationProblem;

/**
 * Reads and writes assessments in the JSON format {@value #FORMAT}, documented in the module's
 * README and published as a JSON Schema (draft 2020-12) at
 * {@code org/psirtmaturity/json/assessment.schema.json} in this module.
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
 * <p><b>One round of problems.</b> {@link #parse(InputStream, Rubric, Locale, ValidationOptions)}
 * reads a document and checks it against a rubric together, and reports every problem of both kinds
 * at once: first the problems of the document's shape in document order, then the rubric's (as
 * {@link AssessmentValidator} reports them). A syntax error, or an exceeded depth or token limit, ends
 * reading, and the rubric is then not consulted; every other problem is collected and reading goes on.
 * Where a value could not be read, the rubric's rules are not applied to it (nothing is reported twice
 * for one mistake). The {@code parse} methods without a rubric check the shape only.
 *
 * <p><b>Strict shape.</b> Malformed JSON, a key twice in one object, anything after the top-level
 * object, a value of the wrong JSON type (a level must be a JSON integer: {@code 1.0} and {@code "3"}
 * are errors), a missing required property and an unknown property are problems. Data of other tools
 * is kept only under an {@code "extensions"} object (at the top level or in an answer), where anything
 * goes. Framework ids are kept exactly as written: a full-width id such as {@code "２．１"} is read as
 * it is and rejected by the rubric's rules, which suggest the ASCII id.
 *
 * <p><b>Limits</b>, for documents from untrusted sources, each exceeded one a problem: at most
 * {@value #MAX_DOCUMENT_BYTES} bytes ({@code json.limit.document-size}; a stream is never read beyond
 * that), nesting depth {@value #MAX_DEPTH} ({@code json.limit.depth}), {@value #MAX_STRING_LENGTH}
 * characters per string ({@code json.limit.string-length}), {@value #MAX_NAME_LENGTH} per property
 * name ({@code json.limit.name-length}), {@value #MAX_NUMBER_LENGTH} characters per number and a
 * decimal exponent of at most {@value #MAX_EXPONENT} in magnitude ({@code json.limit.number}),
 * {@value #MAX_TOKENS} JSON tokens ({@code json.limit.tokens}) and {@value #MAX_ANSWERS} answers
 * ({@code json.limit.answers}). Bytes that are not valid UTF-8 (or UTF-16 or UTF-32, detected) are a
 * {@code json.encoding} problem; an escaped unpaired surrogate such as {@code "\u005CuD800"} is a
 * {@code json.string.unpaired-surrogate} problem; one byte-order mark at the start is ignored. Nothing
 * in a document names a class, a resource or a URL that is loaded.
 *
 * <p><b>Messages</b> are English, or Japanese for a {@code ja} locale (never the JVM's default). Each
 * problem carries its code and the values its message shows ({@link Problem#arguments()}); the codes
 * and their arguments are listed in the module's README. A syntax error names its line and column.
 *
 * <p><b>Writing</b> uses a fixed property order and leaves out empty optional parts, so that a
 * written assessment reads back equal, for every assessment within the limits whose texts are
 * Unicode (no unpaired surrogate). All methods are thread-safe.
 */
public final class AssessmentJson {

    /** The value of the {@code "format"} property. */
    public static final String FORMAT = "psirt-assessment/1";
    /** The largest document read, in bytes (UTF-8, or as read from a stream): 4 MiB. */
    public static final int MAX_DOCUMENT_BYTES = Limits.MAX_DOCUMENT_BYTES;
    /** The deepest nesting of objects and arrays read; the top-level object is at depth 1. */
    public static final int MAX_DEPTH = Limits.MAX_DEPTH;
    /** The longest string read, in UTF-16 code units ({@link String#length()}). */
    public static final int MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;
    /** The longest property name read, in UTF-16 code units. */
    public static final int MAX_NAME_LENGTH = Limits.MAX_NAME_LENGTH;
    /** The longest number read, in characters as written. */
    public static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;
    /** The largest decimal exponent read, in magnitude ({@code 1e1000} is read, {@code 1e1001} is not). */
    public static final int MAX_EXPONENT = Limits.MAX_EXPONENT;
    /** The most JSON tokens read: values, property names, and the starts and ends of objects and arrays. */
    public static final int MAX_TOKENS = Limits.MAX_TOKENS;
    /** The most answers read; the rubric has 28 frameworks. */
    public static final int MAX_ANSWERS = Limits.MAX_ANSWERS;

    private AssessmentJson() {
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads an assessment and checks it against a rubric, in one round.
     *
     * @param json    the document (UTF-8, UTF-16 or UTF-32, detected); read to its end or to one byte
     *                past {@link #MAX_DOCUMENT_BYTES}; not closed
     * @param rubric  the rubric to check the assessment against
     * @param locale  the language of the messages: Japanese for {@code ja}, otherwise English
     * @param options strictness and completeness of the rubric's checks
     * @return the assessment, or every problem of shape and rubric; warnings (an answer at an undefined
     *         level, by default) come with the assessment
     * @throws UncheckedIOException if the stream cannot be read (not a problem of the content)
     */
    public static ParseResult<Assessment> parse(InputStream json, Rubric rubric, Locale locale, ValidationOptions options) {
        Objects.requireNonNull(json, "json");
        byte[] bytes = Decoding.readAtMost(json);
        return parse(bytes, rubric, locale, options);
    }

    /**
     * Reads an assessment from bytes and checks it against a rubric, in one round; as
     * {@link #parse(InputStream, Rubric, Locale, ValidationOptions)}. The array is neither kept nor changed.
     *
     * @param json    the document's bytes
     * @param rubric  the rubric to check the assessment against
     * @param locale  the language of the messages
     * @param options strictness and completeness of the rubric's checks
     * @return the assessment, or every problem of shape and rubric
     */
    public static ParseResult<Assessment> parse(byte[] json, Rubric rubric, Locale locale, ValidationOptions options) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(options, "options");
        return read(json, 0, json.length, rubric, locale, options);
    }

    /**
     * Reads an assessment from text and checks it against a rubric, in one round.
     *
     * @param json    the document
     * @param rubric  the rubric to check the assessment against
     * @param locale  the language of the messages
     * @param options strictness and completeness of the rubric's checks
     * @return the assessment, or every problem of shape and rubric
     */
    public static ParseResult<Assessment> parse(String json, Rubric rubric, Locale locale, ValidationOptions options) {
        Objects.requireNonNull(json, "json");
        return parse(json.getBytes(StandardCharsets.UTF_8), rubric, locale, options);
    }

    /**
     * Reads an assessment, checking its shape only (whether it fits a rubric is not checked).
     *
     * @param json   the document (UTF-8, UTF-16 or UTF-32, detected); read to its end or to one byte
     *               past {@link #MAX_DOCUMENT_BYTES}; not closed
     * @param locale the language of the messages
     * @return the assessment, or every problem of its shape
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ParseResult<Assessment> parse(InputStream json, Locale locale) {
        Objects.requireNonNull(json, "json");
        byte[] bytes = Decoding.readAtMost(json);
        return read(bytes, 0, bytes.length, null, locale, null);
    }

    /**
     * Reads an assessment from bytes, checking its shape only. The array is neither kept nor changed.
     *
     * @param json   the document's bytes (UTF-8, UTF-16 or UTF-32, detected)
     * @param locale the language of the messages
     * @return the assessment, or every problem of its shape
     */
    public static ParseResult<Assessment> parse(byte[] json, Locale locale) {
        Objects.requireNonNull(json, "json");
        return read(json, 0, json.length, null, locale, null);
    }

    /**
     * Reads an assessment from text, checking its shape only.
     *
     * @param json   the document
     * @param locale the language of the messages
     * @return the assessment, or every problem of its shape
     */
    public static ParseResult<Assessment> parse(String json, Locale locale) {
        Objects.requireNonNull(json, "json");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return read(bytes, 0, bytes.length, null, locale, null);
    }

    /**
     * Reads an assessment from text, checking its shape only, or throws.
     *
     * @param json the document
     * @return the assessment
     * @throws InvalidAssessmentException if the document has problems; it carries them all (in English)
     */
    public static Assessment read(String json) {
        return parse(json, Locale.ENGLISH).orElseThrow();
    }

    /** Reads a range of bytes (a whole document, or a line of a batch); checks against the rubric if one is given. */
    static ParseResult<Assessment> read(byte[] json, int offset, int length, Rubric rubric, Locale locale, ValidationOptions options) {
        Objects.requireNonNull(locale, "locale");
        JsonMessages messages = new JsonMessages(locale);
        Decoding.Text text = Decoding.decode(json, offset, length, messages);
        if (text.problem() != null) {
            return new ParseResult<>(Optional.empty(), List.of(error(text.problem())));
        }
        AssessmentReader.Result read = AssessmentReader.read(text.chars(), locale);
        List<ValidationProblem> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(error(p)));
        RubricRef ref = read.rubric();
        if (rubric != null && !read.ended()) {
            Assessment checked = new Assessment(ref != null ? ref : new RubricRef(rubric.id(), rubric.edition()), read.context(),
                    read.answers(), read.foundations(), read.extensions());
            for (ValidationProblem v : AssessmentValidator.validate(checked, rubric, locale, options).problems()) {
                // An answer with a part that could not be read is not "missing": its placeholder is unanswered.
                boolean unread = read.problems().stream().anyMatch(p -> covers(p.path(), v.path())
                        || v.code().equals("answer.missing") && covers(v.path(), p.path()));
                if (!unread) {
                    problems.add(v);
                }
            }
        }
        boolean errors = problems.stream().anyMatch(ValidationProblem::isError);
        Optional<Assessment> value = errors ? Optional.empty()
                : Optional.of(new Assessment(ref, read.context(), read.answers(), read.foundations(), read.extensions()));
        return new ParseResult<>(value, problems);
    }

    /** Whether a problem of reading at {@code read} is about the value at {@code path} or one holding it. */
    private static boolean covers(String read, String path) {
        return !read.isEmpty() && (path.equals(read) || path.startsWith(read + ".") || path.startsWith(read + "["));
    }

    private static ValidationProblem error(Problem p) {
        return new ValidationProblem(p, Severity.ERROR);
    }

    // ------------------------------------------------------------------ writing

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
        Objects.requireNonNull(assessment, "assessment");
        return Output.toText(g -> write(assessment, g), true);
    }

    /**
     * Writes an assessment as UTF-8 to a stream, as {@link #write(Assessment)} does. The stream is
     * flushed, not closed.
     *
     * @param assessment the assessment
     * @param out        where to write
     * @throws IOException if the stream cannot be written
     */
    public static void write(Assessment assessment, OutputStream out) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        Output.toStream(g -> write(assessment, g), true, out);
        out.flush();
    }

    private static void write(Assessment a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeObjectFieldStart("rubric");
        g.writeStringField("id", a.rubric().id());
        g.writeStringField("edition", a.rubric().edition());
        g.writeEndObject();
        if (a.context().isPresent()) {
            Output.context(a.context().get(), g);
        }
        g.writeArrayFieldStart("answers");
        for (FrameworkAnswer fa : a.answers()) {
            g.writeStartObject();
            g.writeStringField("framework", fa.framework());
            if (fa.answer() instanceof Answer.Scored s) {
                g.writeNumberField("level", s.level());
            } else if (fa.answer() instanceof Answer.Excluded e) {
                g.writeBooleanField("excluded", true);
                if (e.reason().isPresent()) {
                    g.writeStringField("reason", e.reason().get());
                }
            } else {
                g.writeBooleanField("unanswered", true);
            }
            if (fa.note().isPresent()) {
                g.writeStringField("note", fa.note().get());
            }
            if (!fa.evidence().isEmpty()) {
                g.writeArrayFieldStart("evidence");
                for (String e : fa.evidence()) {
                    g.writeString(e);
                }
                g.writeEndArray();
            }
            if (!fa.extensions().isEmpty()) {
                g.writeFieldName("extensions");
                Output.value(fa.extensions(), g);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!a.foundations().isEmpty()) {
            g.writeObjectFieldStart("foundations");
            for (var f : a.foundations().entrySet()) {
                g.writeBooleanField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
        }
        if (!a.extensions().isEmpty()) {
            g.writeFieldName("extensions");
            Output.value(a.extensions(), g);
        }
        g.writeEndObject();
    }
}
