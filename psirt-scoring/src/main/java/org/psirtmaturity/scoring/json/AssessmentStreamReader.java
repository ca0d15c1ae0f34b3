package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.RubricRef;

/**
 * The fast path of reading an assessment: one pass of Jackson's streaming parser over the document,
 * building the records as it goes, with no tree, no decoding of the bytes into a string and no
 * paths.
 *
 * <p>It is optimistic. It accepts only what the strict reader ({@link AssessmentJson}'s tree-based
 * reading) accepts, and builds exactly what that reader builds, with the same constructors; at the
 * first thing it does not expect (anything that would be a problem, and a few valid rarities such as
 * UTF-16 input) it gives up and returns {@code null}, and {@link AssessmentJson} reads the document
 * again with the strict reader, which finds every problem and words it with its path. So a valid
 * document costs one pass, and a bad one is reported exactly as the strict reader reports it. Tests
 * hold the two readers to this on every catalogued, fixture and fuzz-corpus document and on
 * generated and mutated ones.
 *
 * <p>What makes it give up, besides JSON the parser rejects (the same limits apply: nesting depth,
 * string, name and number lengths, token count): a document over the size limit; bytes that are not
 * well-formed UTF-8, or that do not start (after one optional byte-order mark) with white space or
 * {@code '{'}; an unknown, duplicate, missing or mistyped property; a string or property name with an
 * unpaired surrogate; a decimal whose exponent exceeds the limit; more answers than the limit; an
 * answer that is not exactly one of a level (a JSON integer within {@code int}), {@code "excluded":
 * true} or {@code "unanswered": true}, or has a reason without an exclusion; a date that is not an
 * ISO date; anything after the top-level object. Any exception (a limit of the parser, a number
 * Java cannot represent) means the same.
 *
 * <p>Stateless and thread-safe; the factory is immutable once built.
 */
final class AssessmentStreamReader {

    /** The same limits as the strict reader's (see {@link Json}); no duplicate detection, which is done here per object. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(Json.MAX_DOCUMENT_BYTES)
                    .maxNestingDepth(Json.MAX_DEPTH)
                    .maxStringLength(Json.MAX_STRING_LENGTH)
                    .maxNameLength(Json.MAX_NAME_LENGTH)
                    .maxNumberLength(Json.MAX_NUMBER_LENGTH)
                    .maxTokenCount(Json.MAX_TOKENS)
                    .build())
            .build();

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Thrown to give up; preallocated, without a stack trace, as it is control flow and never escapes this class. */
    private static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    /** The parser, over the document being read. */
    private final JsonParser p;
    /**
     * Whether the document may hold escapes (it has a backslash): only then can a string or name hold
     * an unpaired surrogate, as {@code "\uD800"}, since the bytes themselves are well-formed UTF-8.
     */
    private final boolean escapes;

    private AssessmentStreamReader(JsonParser p, boolean escapes) {
        this.p = p;
        this.escapes = escapes;
    }

    /**
     * Reads an assessment from UTF-8 bytes, or gives up.
     *
     * @param b      the bytes
     * @param offset where the document starts
     * @param length how many bytes it has
     * @return the assessment the strict reader would read, or null to have the strict reader read it
     */
    static Assessment read(byte[] b, int offset, int length) {
        if (length > Json.MAX_DOCUMENT_BYTES) {
            return null;
        }
        int start = offset;
        int end = offset + length;
        if (length >= UTF8_BOM.length && b[offset] == UTF8_BOM[0] && b[offset + 1] == UTF8_BOM[1] && b[offset + 2] == UTF8_BOM[2]) {
            start += UTF8_BOM.length;
        }
        // A zero byte among the first four makes the strict reader detect UTF-16 or UTF-32.
        for (int i = offset; i < Math.min(offset + 4, end); i++) {
            if (b[i] == 0) {
                return null;
            }
        }
        if (start >= end || !startsLikeJson(b[start])) {
            return null;
        }
        int scan = Utf8.scan(b, start, end);
        if ((scan & Utf8.SUSPECT) != 0 && !Utf8.isWellFormed(b, start, end)) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(b, start, end - start)) {
            return new AssessmentStreamReader(p, (scan & Utf8.BACKSLASH) != 0).assessment();
        } catch (GiveUp | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads an assessment from text, or gives up.
     *
     * @param text the document
     * @return the assessment the strict reader would read, or null to have the strict reader read it
     */
    static Assessment read(String text) {
        if (text.length() > Json.MAX_DOCUMENT_BYTES / 3 && Json.utf8LengthExceeds(text, Json.MAX_DOCUMENT_BYTES)) {
            return null;
        }
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        if (start >= text.length() || !startsLikeJson(text.charAt(start))) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(start == 0 ? text : text.substring(start))) {
            return new AssessmentStreamReader(p, true).assessment();
        } catch (GiveUp | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The top-level object starts after optional JSON white space. */
    private static boolean startsLikeJson(int c) {
        return c == '{' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private Assessment assessment() throws IOException, GiveUp {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        RubricRef rubric = null;
        Optional<AssessmentContext> context = Optional.empty();
        List<FrameworkAnswer> answers = null;
        Map<String, Boolean> foundations = Map.of();
        Map<String, Object> extensions = Map.of();
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            int bit;
            switch (name) {
                case "format":
                    bit = 1;
                    if (!AssessmentJson.FORMAT.equals(string())) {
                        throw GiveUp.INSTANCE;
                    }
                    break;
                case "rubric":
                    bit = 2;
                    rubric = rubric();
                    break;
                case "context":
                    bit = 4;
                    context = Optional.of(context());
                    break;
                case "answers":
                    bit = 8;
                    answers = answers();
                    break;
                case "foundations":
                    bit = 16;
                    foundations = foundations();
                    break;
                case "extensions":
                    bit = 32;
                    extensions = object();
                    break;
                default:
                    throw GiveUp.INSTANCE;
            }
            seen = once(seen, bit);
        }
        end();
        if ((seen & (1 | 2 | 8)) != (1 | 2 | 8) || p.nextToken() != null) {
            throw GiveUp.INSTANCE; // format, rubric and answers are required; nothing may follow the object
        }
        return new Assessment(rubric, context, answers, foundations, extensions);
    }

    private RubricRef rubric() throws IOException, GiveUp {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        String id = null;
        String edition = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            if (name.equals("id") && id == null) {
                id = string();
            } else if (name.equals("edition") && edition == null) {
                edition = string();
            } else {
                throw GiveUp.INSTANCE;
            }
        }
        end();
        if (id == null || edition == null) {
            throw GiveUp.INSTANCE;
        }
        return new RubricRef(id, edition);
    }

    private AssessmentContext context() throws IOException, GiveUp {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        String organization = null;
        String assessor = null;
        LocalDate date = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            int bit;
            switch (name) {
                case "organization":
                    bit = 1;
                    organization = string();
                    break;
                case "assessor":
                    bit = 2;
                    assessor = string();
                    break;
                case "date":
                    bit = 4;
                    date = LocalDate.parse(string()); // not an ISO date: DateTimeParseException, so give up
                    break;
                default:
                    throw GiveUp.INSTANCE;
            }
            seen = once(seen, bit);
        }
        end();
        return new AssessmentContext(Optional.ofNullable(organization), Optional.ofNullable(assessor), Optional.ofNullable(date));
    }

    private List<FrameworkAnswer> answers() throws IOException, GiveUp {
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<FrameworkAnswer> answers = new ArrayList<>(32);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            if (answers.size() == AssessmentJson.MAX_ANSWERS) {
                throw GiveUp.INSTANCE;
            }
            answers.add(answer());
        }
        expect(t, JsonToken.END_ARRAY);
        return answers;
    }

    private static final int FRAMEWORK = 1;
    private static final int LEVEL = 2;
    private static final int EXCLUDED = 4;
    private static final int REASON = 8;
    private static final int UNANSWERED = 16;
    private static final int NOTE = 32;
    private static final int EVIDENCE = 64;
    private static final int EXTENSIONS = 128;

    private FrameworkAnswer answer() throws IOException, GiveUp {
        String framework = null;
        int level = 0;
        String reason = null;
        String note = null;
        List<String> evidence = List.of();
        Map<String, Object> extensions = Map.of();
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            int bit;
            switch (name) {
                case "framework":
                    bit = FRAMEWORK;
                    framework = string();
                    break;
                case "level":
                    bit = LEVEL;
                    if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                        throw GiveUp.INSTANCE;
                    }
                    level = p.getIntValue();
                    break;
                case "excluded":
                    bit = EXCLUDED;
                    expect(p.nextToken(), JsonToken.VALUE_TRUE);
                    break;
                case "reason":
                    bit = REASON;
                    reason = string();
                    break;
                case "unanswered":
                    bit = UNANSWERED;
                    expect(p.nextToken(), JsonToken.VALUE_TRUE);
                    break;
                case "note":
                    bit = NOTE;
                    note = string();
                    break;
                case "evidence":
                    bit = EVIDENCE;
                    evidence = strings();
                    break;
                case "extensions":
                    bit = EXTENSIONS;
                    extensions = object();
                    break;
                default:
                    throw GiveUp.INSTANCE;
            }
            seen = once(seen, bit);
        }
        end();
        int kind = seen & (LEVEL | EXCLUDED | UNANSWERED);
        if ((seen & FRAMEWORK) == 0 || Integer.bitCount(kind) != 1 || (seen & REASON) != 0 && kind != EXCLUDED) {
            throw GiveUp.INSTANCE;
        }
        Answer answer = kind == LEVEL ? Answer.scored(level)
                : kind == EXCLUDED ? new Answer.Excluded(Optional.ofNullable(reason))
                : Answer.unanswered();
        return new FrameworkAnswer(framework, answer, Optional.ofNullable(note), evidence, extensions);
    }

    private List<String> strings() throws IOException, GiveUp {
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<String> strings = new ArrayList<>(4);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            strings.add(text());
        }
        expect(t, JsonToken.END_ARRAY);
        return strings;
    }

    private Map<String, Boolean> foundations() throws IOException, GiveUp {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        Map<String, Boolean> foundations = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            checked(name);
            JsonToken t = p.nextToken();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE || foundations.put(name, t == JsonToken.VALUE_TRUE) != null) {
                throw GiveUp.INSTANCE; // not a boolean, or a key twice
            }
        }
        end();
        return foundations;
    }

    /** An object of anything (extensions), after its name. */
    private Map<String, Object> object() throws IOException, GiveUp {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        return objectContent();
    }

    private Map<String, Object> objectContent() throws IOException, GiveUp {
        Map<String, Object> map = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            checked(name);
            if (map.containsKey(name)) {
                throw GiveUp.INSTANCE;
            }
            map.put(name, value(p.nextToken()));
        }
        end();
        return map;
    }

    /**
     * Any JSON value as the strict reader holds it: Map, List, String, Boolean, Long (BigInteger
     * beyond a long), BigDecimal as written (trailing zeros kept) or null.
     */
    private Object value(JsonToken t) throws IOException, GiveUp {
        if (t == null) {
            throw GiveUp.INSTANCE;
        }
        switch (t) {
            case START_OBJECT:
                return objectContent();
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                JsonToken element;
                while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(element));
                }
                return list;
            case VALUE_STRING:
                return text();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getBigIntegerValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                BigDecimal d = p.getDecimalValue();
                if (d.scale() > Json.MAX_EXPONENT || d.scale() < -Json.MAX_EXPONENT) {
                    throw GiveUp.INSTANCE;
                }
                return d;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw GiveUp.INSTANCE;
        }
    }

    /** The next value, which must be a string. */
    private String string() throws IOException, GiveUp {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        return text();
    }

    private String text() throws IOException, GiveUp {
        return checked(p.getText());
    }

    private String checked(String s) throws GiveUp {
        if (escapes && Utf8.hasUnpairedSurrogate(s)) {
            throw GiveUp.INSTANCE;
        }
        return s;
    }

    /** After the last property of an object: {@code nextFieldName} returns null at the object's end, or at anything else. */
    private void end() throws GiveUp {
        expect(p.currentToken(), JsonToken.END_OBJECT);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws GiveUp {
        if (actual != expected) {
            throw GiveUp.INSTANCE;
        }
    }

    private static int once(int seen, int bit) throws GiveUp {
        if ((seen & bit) != 0) {
            throw GiveUp.INSTANCE;
        }
        return seen | bit;
    }
}
