package org.psirtmaturity.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.internal.Paths;

/**
 * Reads one {@code psirt-assessment/1} document from decoded text in one pass over Jackson's tokens,
 * collecting every problem of shape with its path. A syntax error or an exceeded depth or token limit
 * ends reading; every other problem is recorded and reading goes on.
 *
 * <p>What could not be read is replaced by a placeholder, so that the rubric's rules can still be
 * checked on the rest in the same round: an answer whose framework id is unreadable gets the id
 * {@code ""}, one whose level or kind is unreadable is taken as unanswered, an unreadable rubric
 * reference is left null. {@link AssessmentJson} drops the rubric's findings about placeholders
 * (those at or below a path where reading already found a problem). Not thread-safe: one instance
 * reads one document.
 */
final class AssessmentReader {

    /**
     * Jackson's own limits set beyond this reader's, so that the reader's checks, with its own
     * messages, always come first; the document size bounds them all. Built on first use, once
     * {@link JacksonFloor#require()} has passed.
     */
    private static final class Factory {
        static final JsonFactory INSTANCE = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Limits.MAX_DOCUMENT_BYTES)
                        .maxNameLength(Limits.MAX_DOCUMENT_BYTES)
                        .maxNumberLength(Limits.MAX_DOCUMENT_BYTES)
                        .maxNestingDepth(Limits.MAX_DEPTH + 1)
                        .build())
                .build();
    }

    private static final List<String> ROOT = List.of("format", "rubric", "context", "answers", "foundations", "extensions");
    private static final List<String> RUBRIC = List.of("id", "edition");
    private static final List<String> CONTEXT = List.of("organization", "assessor", "date");
    private static final List<String> ANSWER = List.of("framework", "level", "excluded", "reason", "unanswered", "note", "evidence",
            "extensions");

    /** Thrown to stop reading after a problem that ends it; carries nothing, has no stack trace. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final char[] text;
    private final JsonParser parser;
    private final JsonMessages messages;
    private final List<Problem> problems = new ArrayList<>();
    private int tokens;
    private int depth;

    // What was read.
    private String format;
    private RubricRef rubric;
    private Optional<AssessmentContext> context = Optional.empty();
    private List<FrameworkAnswer> answers = List.of();
    private final Map<String, Boolean> foundations = new LinkedHashMap<>();
    private Map<String, Object> extensions = Map.of();
    private boolean ended;

    private AssessmentReader(char[] text, Locale locale) {
        this.text = text;
        this.messages = new JsonMessages(locale);
        JacksonFloor.require();
        try {
            this.parser = Factory.INSTANCE.createParser(text, 0, text.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What reading found: the parts read, with placeholders, and the problems. */
    record Result(RubricRef rubric, Optional<AssessmentContext> context, List<FrameworkAnswer> answers,
            Map<String, Boolean> foundations, Map<String, Object> extensions, boolean ended, List<Problem> problems) {
    }

    /**
     * Reads a document.
     *
     * @param text   the decoded document, without a byte-order mark
     * @param locale the language of the messages
     * @return what was read and every problem found; {@code ended} is true when a syntax error or a
     *         limit ended reading early
     */
    static Result read(char[] text, Locale locale) {
        AssessmentReader r = new AssessmentReader(text, locale);
        try {
            r.document();
        } catch (Stop stop) {
            r.ended = true;
        }
        return new Result(r.rubric, r.context, r.answers, r.foundations, r.extensions, r.ended, r.problems);
    }

    private void document() {
        JsonToken t = next();
        if (t == null) {
            problems.add(messages.problem("", "json.empty", "json.empty"));
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            typeProblem("", "object", t);
            skip(t);
        } else {
            root();
        }
        if (next() != null) {
            JsonLocation at = parser.currentTokenLocation();
            problems.add(messages.problem("", "json.trailing-content", "json.trailing-content", line(at), column(at)));
        }
    }

    private void root() {
        Set<String> seen = new HashSet<>();
        JsonToken t;
        while ((t = next()) == JsonToken.FIELD_NAME) {
            String name = name("", seen);
            t = next();
            if (name == null) {
                skip(t);
                continue;
            }
            switch (name) {
                case "format" -> format = string("format", t);
                case "rubric" -> rubric = rubricRef(t);
                case "context" -> context = context(t);
                case "answers" -> answers = answers(t);
                case "foundations" -> foundations(t);
                case "extensions" -> extensions = extensions("extensions", t);
                default -> unknown("", name, ROOT, true, t);
            }
        }
        for (String required : List.of("format", "rubric", "answers")) {
            if (!seen.contains(required)) {
                problems.add(messages.problem(required, "json.property.missing", "json.property.missing", required));
            }
        }
        if (format != null && !format.equals(AssessmentJson.FORMAT)) {
            problems.add(messages.problem("format", "json.format", "json.format", Paths.quote(format), AssessmentJson.FORMAT));
        }
    }

    private RubricRef rubricRef(JsonToken t) {
        if (t != JsonToken.START_OBJECT) {
            typeProblem("rubric", "object", t);
            skip(t);
            return null;
        }
        Set<String> seen = new HashSet<>();
        String id = null;
        String edition = null;
        while ((t = next()) == JsonToken.FIELD_NAME) {
            String name = name("rubric", seen);
            t = next();
            if ("id".equals(name)) {
                id = string("rubric.id", t);
            } else if ("edition".equals(name)) {
                edition = string("rubric.edition", t);
            } else if (name != null) {
                unknown("rubric", name, RUBRIC, false, t);
            } else {
                skip(t);
            }
        }
        missing("rubric", seen, RUBRIC);
        return id != null && edition != null ? new RubricRef(id, edition) : null;
    }

    private Optional<AssessmentContext> context(JsonToken t) {
        if (t != JsonToken.START_OBJECT) {
            typeProblem("context", "object", t);
            skip(t);
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        Optional<String> organization = Optional.empty();
        Optional<String> assessor = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        while ((t = next()) == JsonToken.FIELD_NAME) {
            String name = name("context", seen);
            t = next();
            if ("organization".equals(name)) {
                organization = Optional.ofNullable(string("context.organization", t));
            } else if ("assessor".equals(name)) {
                assessor = Optional.ofNullable(string("context.assessor", t));
            } else if ("date".equals(name)) {
                date = Optional.ofNullable(string("context.date", t)).flatMap(this::date);
            } else if (name != null) {
                unknown("context", name, CONTEXT, false, t);
            } else {
                skip(t);
            }
        }
        return Optional.of(new AssessmentContext(organization, assessor, date));
    }

    private Optional<LocalDate> date(String d) {
        try {
            return Optional.of(LocalDate.parse(d));
        } catch (DateTimeParseException e) {
            problems.add(messages.problem("context.date", "json.value", "json.date", Paths.quote(d)));
            return Optional.empty();
        }
    }

    private List<FrameworkAnswer> answers(JsonToken t) {
        if (t != JsonToken.START_ARRAY) {
            typeProblem("answers", "array", t);
            skip(t);
            return List.of();
        }
        List<FrameworkAnswer> read = new ArrayList<>();
        while ((t = next()) != JsonToken.END_ARRAY) {
            if (read.size() == Limits.MAX_ANSWERS) {
                int count = read.size();
                while (t != JsonToken.END_ARRAY) {
                    skip(t);
                    count++;
                    t = next();
                }
                problems.add(messages.problem("answers", "json.limit.answers", "json.limit.answers", String.valueOf(count),
                        String.valueOf(Limits.MAX_ANSWERS)));
                return List.of();
            }
            read.add(answer(read.size(), t));
        }
        return read;
    }

    /** Reads one answer; what cannot be read becomes a placeholder at the same position. */
    private FrameworkAnswer answer(int index, JsonToken t) {
        String path = "answers[" + index + "]";
        if (t != JsonToken.START_OBJECT) {
            typeProblem(path, "object", t);
            skip(t);
            return new FrameworkAnswer("", Answer.unanswered(), Optional.empty(), List.of(), Map.of());
        }
        // The path names the answer by its framework id once that is read, which is usually first.
        Set<String> seen = new HashSet<>();
        String framework = null;
        boolean frameworkBad = false;
        Integer level = null;
        Boolean excluded = null;
        Boolean unanswered = null;
        String reason = null;
        Optional<String> note = Optional.empty();
        List<String> evidence = List.of();
        Map<String, Object> ext = Map.of();
        List<String> kinds = new ArrayList<>();
        boolean kindBad = false;
        while ((t = next()) == JsonToken.FIELD_NAME) {
            String name = name(path, seen);
            t = next();
            if (name == null) {
                skip(t);
                continue;
            }
            switch (name) {
                case "framework" -> {
                    framework = string(path + ".framework", t);
                    frameworkBad = framework == null;
                    if (framework != null) {
                        path = Paths.answer(framework, index);
                    }
                }
                case "level" -> {
                    kinds.add("\"level\"");
                    level = level(path + ".level", t);
                    kindBad |= level == null;
                }
                case "excluded" -> {
                    kinds.add("\"excluded\"");
                    excluded = flag(path, "excluded", t);
                    kindBad |= excluded == null;
                }
                case "unanswered" -> {
                    kinds.add("\"unanswered\"");
                    unanswered = flag(path, "unanswered", t);
                    kindBad |= unanswered == null;
                }
                case "reason" -> reason = string(path + ".reason", t);
                case "note" -> note = Optional.ofNullable(string(path + ".note", t));
                case "evidence" -> evidence = strings(path + ".evidence", t);
                case "extensions" -> ext = extensions(path + ".extensions", t);
                default -> unknown(path, name, ANSWER, true, t);
            }
        }
        if (framework == null && !frameworkBad) {
            problems.add(messages.problem(path + ".framework", "json.property.missing", "json.property.missing", "framework"));
        }
        if (kinds.size() != 1) {
            kindBad = true;
            // The argument is the properties given, as written (empty for none): never a word of one language.
            String given = String.join(", ", kinds);
            String shown = kinds.isEmpty() ? messages.text("json.answer.kind.none") : given;
            problems.add(new Problem(path, "json.answer.kind", List.of(given), messages.text("json.answer.kind", shown)));
        }
        if (seen.contains("reason") && !seen.contains("excluded")) {
            problems.add(messages.problem(path + ".reason", "json.value", "json.reason.without-exclusion"));
        }
        Answer answer;
        if (kindBad) {
            answer = Answer.unanswered();
        } else if (level != null) {
            answer = Answer.scored(level);
        } else if (excluded != null) {
            answer = new Answer.Excluded(Optional.ofNullable(reason));
        } else {
            answer = Answer.unanswered();
        }
        return new FrameworkAnswer(framework == null ? "" : framework, answer, note, evidence, ext);
    }

    /** A level: a JSON integer; one beyond {@code int} is out of range, as 7 is. */
    private Integer level(String path, JsonToken t) {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            typeProblem(path, "integer", t);
            skip(t);
            return null;
        }
        if (!numberFits(path)) {
            return null;
        }
        BigInteger value = bigInteger();
        if (value.bitLength() >= Integer.SIZE) {
            problems.add(messages.problem(path, "answer.level.range", "answer.level.range", value.toString()));
            return null;
        }
        return value.intValue();
    }

    /** A property that may only be {@code true}. */
    private Boolean flag(String path, String name, JsonToken t) {
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            typeProblem(path + "." + name, "boolean", t);
            skip(t);
            return null;
        }
        if (t == JsonToken.VALUE_FALSE) {
            problems.add(messages.problem(path + "." + name, "json.value", "json.flag.false", name));
            return null;
        }
        return true;
    }

    private void foundations(JsonToken t) {
        if (t != JsonToken.START_OBJECT) {
            typeProblem("foundations", "object", t);
            skip(t);
            return;
        }
        Set<String> seen = new HashSet<>();
        while ((t = next()) == JsonToken.FIELD_NAME) {
            String name = name("foundations", seen);
            t = next();
            if (name == null) {
                skip(t);
            } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                foundations.put(name, t == JsonToken.VALUE_TRUE);
            } else {
                typeProblem(Paths.foundation(Paths.quote(name)), "boolean", t);
                skip(t);
            }
        }
    }

    private List<String> strings(String path, JsonToken t) {
        if (t != JsonToken.START_ARRAY) {
            typeProblem(path, "array", t);
            skip(t);
            return List.of();
        }
        List<String> read = new ArrayList<>();
        int i = 0;
        while ((t = next()) != JsonToken.END_ARRAY) {
            String s = string(path + "[" + i++ + "]", t);
            if (s != null) {
                read.add(s);
            }
        }
        return read;
    }

    /** An {@code extensions} object: anything inside, read as JSON-like values. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> extensions(String path, JsonToken t) {
        if (t != JsonToken.START_OBJECT) {
            typeProblem(path, "object", t);
            skip(t);
            return Map.of();
        }
        return (Map<String, Object>) value(path, t);
    }

    /** Any JSON value, as the records hold extensions: String, Boolean, Long, BigInteger, BigDecimal, List, Map, null. */
    private Object value(String path, JsonToken t) {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                Set<String> seen = new HashSet<>();
                while ((t = next()) == JsonToken.FIELD_NAME) {
                    String name = name(path, seen);
                    t = next();
                    if (name == null) {
                        skip(t);
                    } else {
                        map.put(name, value(path + "." + Paths.quote(name), t));
                    }
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                int i = 0;
                while ((t = next()) != JsonToken.END_ARRAY) {
                    list.add(value(path + "[" + i++ + "]", t));
                }
                return list;
            }
            case VALUE_STRING -> {
                return string(path, t);
            }
            case VALUE_NUMBER_INT -> {
                if (!numberFits(path)) {
                    return null;
                }
                BigInteger i = bigInteger();
                return i.bitLength() < Long.SIZE ? (Object) i.longValue() : i;
            }
            case VALUE_NUMBER_FLOAT -> {
                return numberFits(path) ? decimal() : null;
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    // ------------------------------------------------------------------ single values

    /** A string value, checked for its length and for unpaired surrogates; null if it is not one. */
    private String string(String path, JsonToken t) {
        if (t != JsonToken.VALUE_STRING) {
            typeProblem(path, "string", t);
            skip(t);
            return null;
        }
        String s = text();
        if (s.length() > Limits.MAX_STRING_LENGTH) {
            problems.add(messages.located(path, "json.limit.string-length", String.valueOf(Limits.MAX_STRING_LENGTH), location()));
            return null;
        }
        if (hasUnpairedSurrogate(s)) {
            problems.add(messages.problem(path, "json.string.unpaired-surrogate", "json.string.unpaired-surrogate"));
            return null;
        }
        return s;
    }

    /**
     * The current property name, checked: its length, unpaired surrogates, and a second occurrence in
     * the same object. Returns null (and records the problem) when the property is not to be read.
     */
    private String name(String parent, Set<String> seen) {
        String name = currentName();
        if (name.length() > Limits.MAX_NAME_LENGTH) {
            problems.add(messages.located(parent, "json.limit.name-length", String.valueOf(Limits.MAX_NAME_LENGTH), location()));
            return null;
        }
        if (hasUnpairedSurrogate(name)) {
            // Ends reading, as Jackson 2.21 and later do by refusing such a name: the same result on every Jackson version.
            problems.add(messages.problem("", "json.string.unpaired-surrogate", "json.name.unpaired-surrogate"));
            throw new Stop();
        }
        if (!seen.add(name)) {
            JsonLocation at = parser.currentTokenLocation();
            problems.add(messages.problem(child(parent, name), "json.duplicate-key", "json.duplicate-key", Paths.quote(name), line(at), column(at)));
            return null;
        }
        return name;
    }

    /** The path of a property: its name, quoted, under its parent's path. */
    private static String child(String parent, String name) {
        return parent.isEmpty() ? Paths.quote(name) : parent + "." + Paths.quote(name);
    }

    private void unknown(String parent, String name, List<String> known, boolean extensible, JsonToken t) {
        problems.add(messages.problem(child(parent, name), "json.property.unknown",
                extensible ? "json.property.unknown.extensible" : "json.property.unknown", Paths.quote(name), String.join(", ", known)));
        skip(t);
    }

    private void missing(String parent, Set<String> seen, List<String> required) {
        for (String name : required) {
            if (!seen.contains(name)) {
                problems.add(messages.problem(parent + "." + name, "json.property.missing", "json.property.missing", name));
            }
        }
    }

    /** Checks a number's length and exponent before it is converted; records the problem if it fails. */
    private boolean numberFits(String path) {
        String written = text();
        if (written.length() > Limits.MAX_NUMBER_LENGTH) {
            problems.add(messages.located(path, "json.limit.number", String.valueOf(Limits.MAX_NUMBER_LENGTH), location()));
            return false;
        }
        int e = Math.max(written.indexOf('e'), written.indexOf('E'));
        if (e >= 0) {
            String exponent = written.substring(e + 1).replace("+", "");
            boolean beyond = exponent.replace("-", "").length() > 9 || Math.abs(Long.parseLong(exponent)) > Limits.MAX_EXPONENT;
            if (beyond) {
                problems.add(messages.problem(path, "json.limit.number", "json.limit.number.exponent", String.valueOf(Limits.MAX_EXPONENT)));
                return false;
            }
        }
        return true;
    }

    private void typeProblem(String path, String expected, JsonToken actual) {
        String type = switch (actual) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT -> "integer";
            case VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> "null";
        };
        String value = switch (actual) {
            case VALUE_STRING -> "\"" + Paths.quote(text()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> Paths.quote(text());
            default -> "";
        };
        problems.add(messages.typeProblem(path, expected, type, value));
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

    // ------------------------------------------------------------------ tokens

    /** Skips the value that starts with {@code t}, with all it holds. */
    private void skip(JsonToken t) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            int level = 1;
            while (level > 0) {
                JsonToken n = next();
                if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) {
                    level++;
                } else if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
                    level--;
                }
            }
        }
    }

    /**
     * The next token, counted against the token and depth limits; a syntax error, or an exceeded
     * limit, is recorded and ends reading.
     */
    private JsonToken next() {
        JsonToken t;
        try {
            t = parser.nextToken();
        } catch (JsonProcessingException e) {
            problems.add(Syntax.problem(e, text, messages));
            throw new Stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory: not expected
        }
        if (t == null) {
            return null;
        }
        if (++tokens > Limits.MAX_TOKENS) {
            problems.add(messages.located("", "json.limit.tokens", String.valueOf(Limits.MAX_TOKENS), location()));
            throw new Stop();
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            if (++depth > Limits.MAX_DEPTH) {
                problems.add(messages.located("", "json.limit.depth", String.valueOf(Limits.MAX_DEPTH), location()));
                throw new Stop();
            }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            depth--;
        }
        return t;
    }

    /**
     * The current token's text. Jackson decodes a string only when its text is asked for, so a raw
     * control character or a bad escape inside it is a syntax error found here: recorded, and it ends
     * reading.
     */
    private String text() {
        try {
            return parser.getText();
        } catch (JsonProcessingException e) {
            problems.add(Syntax.problem(e, text, messages));
            throw new Stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String currentName() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BigInteger bigInteger() {
        try {
            return parser.getBigIntegerValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BigDecimal decimal() {
        try {
            return parser.getDecimalValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonLocation location() {
        return parser.currentTokenLocation();
    }

    static String line(JsonLocation at) {
        return String.valueOf(at.getLineNr());
    }

    static String column(JsonLocation at) {
        return String.valueOf(at.getColumnNr());
    }
}
