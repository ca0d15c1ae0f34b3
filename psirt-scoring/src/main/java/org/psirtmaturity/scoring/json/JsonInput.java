package org.psirtmaturity.scoring.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.internal.Messages;

/**
 * A strict reader over Jackson's tree model that collects problems instead of throwing: each accessor
 * checks one property's JSON type, reports a problem with a path and an expectation when it is
 * wrong, and returns an empty {@link Optional}. Not thread-safe; one instance per document.
 */
final class JsonInput {

    private final Messages messages;
    private final List<Problem> problems = new ArrayList<>();

    JsonInput(Locale locale) {
        this.messages = Messages.of(JsonInput.class, locale);
    }

    List<Problem> problems() {
        return problems;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void problem(String path, String code, String key, Object... arguments) {
        problems.add(new Problem(path, code, messages.format(key, arguments)));
    }

    String text(String key, Object... arguments) {
        return messages.format(key, arguments);
    }

    /**
     * Turns a parser failure into a problem of the document as a whole (path ""), with the line and
     * column in the message: a limit exceeded, a duplicate key, trailing content, or malformed JSON.
     */
    void parseFailure(JsonProcessingException e, JsonLocation current) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : current;
        String where = at == null ? "?" : text("location", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            limitFailure(original, where);
        } else if (original.startsWith("Duplicate field") || original.startsWith("Duplicate Object property")) {
            problem("", "json.duplicate-key", "json.duplicate-key", quote(original, MAX_QUOTED_MESSAGE), where);
        } else if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            problem("", "json.trailing-content", "json.trailing-content", where);
        } else {
            problem("", "json.syntax", "json.syntax", quote(original, MAX_QUOTED_MESSAGE), where);
        }
    }

    /** Names the limit a {@link StreamConstraintsException} reports (its message names the getter of the limit). */
    private void limitFailure(String original, String where) {
        if (original.contains("getMaxNestingDepth")) {
            problem("", "json.limit.depth", "json.limit.depth", String.valueOf(Json.MAX_DEPTH), where);
        } else if (original.contains("getMaxStringLength")) {
            problem("", "json.limit.string-length", "json.limit.string-length", String.valueOf(Json.MAX_STRING_LENGTH), where);
        } else if (original.contains("getMaxNameLength")) {
            problem("", "json.limit.name-length", "json.limit.name-length", String.valueOf(Json.MAX_NAME_LENGTH), where);
        } else if (original.contains("getMaxNumberLength")) {
            problem("", "json.limit.number", "json.limit.number", String.valueOf(Json.MAX_NUMBER_LENGTH), where);
        } else if (original.contains("getMaxTokenCount")) {
            problem("", "json.limit.tokens", "json.limit.tokens", String.valueOf(Json.MAX_TOKENS), where);
        } else {
            problem("", "json.limit.document-size", "json.limit.document-size", String.valueOf(Json.MAX_DOCUMENT_BYTES));
        }
    }

    /** How many code points of a value a message or a path quotes before it shortens it with an ellipsis. */
    static final int MAX_QUOTED = 40;
    private static final int MAX_QUOTED_MESSAGE = 200;

    /**
     * Makes text written by a user safe to quote in a message or a path: at most {@value #MAX_QUOTED}
     * code points (then "…"), and every control, format (bidirectional overrides, zero-width
     * characters) and unpaired surrogate character shown as {@code \u005CuXXXX}, so that a message
     * cannot break a log line or hide what it quotes.
     */
    static String quote(String s) {
        return quote(s, MAX_QUOTED);
    }

    static String quote(String s, int max) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            if (count == max) {
                return sb.append('\u2026').toString();
            }
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            count++;
        }
        return sb.toString();
    }

    /**
     * Checks what the parser lets through but this format does not accept, everywhere in a tree:
     * unpaired surrogates in strings and property names (written as {@code \u005CuD800} escapes, they
     * are not Unicode text and cannot be written as UTF-8), and numbers whose exponent exceeds
     * {@link Json#MAX_EXPONENT} in magnitude. Paths name answers by framework id where the id is
     * well formed, as everywhere else.
     */
    void checkValues(JsonNode root) {
        checkValues(root, "");
    }

    private void checkValues(JsonNode node, String path) {
        if (node.isTextual()) {
            if (Utf8.hasUnpairedSurrogate(node.textValue())) {
                problem(path, "json.string.unpaired-surrogate", "json.string.unpaired-surrogate");
            }
        } else if (node.isBigDecimal()) {
            int scale = node.decimalValue().scale();
            if (scale > Json.MAX_EXPONENT || scale < -Json.MAX_EXPONENT) {
                problem(path, "json.limit.number", "json.limit.number.exponent", String.valueOf(Json.MAX_EXPONENT));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                checkValues(element, path + "[" + elementName(path, element, i) + "]");
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = quote(field.getKey());
                if (Utf8.hasUnpairedSurrogate(field.getKey())) {
                    problem(child(path, name), "json.string.unpaired-surrogate", "json.name.unpaired-surrogate");
                }
                checkValues(field.getValue(), path.isEmpty() ? name : path + "." + name);
            }
        }
    }

    /** An answer is named by its framework id when that is well formed; any other element by its index. */
    private static String elementName(String path, JsonNode element, int index) {
        JsonNode framework = path.equals("answers") ? element.get("framework") : null;
        return framework != null && framework.isTextual() && FrameworkId.isWellFormed(framework.textValue())
                ? framework.textValue() : String.valueOf(index);
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * Checks that a node is an object whose properties are all among {@code known}; reports each
     * other property. The root's problems use the path "".
     */
    Optional<ObjectNode> object(JsonNode node, String path, List<String> known, boolean extensible) {
        if (node == null || node.isMissingNode()) {
            problem(path, "json.empty", "json.empty");
            return Optional.empty();
        }
        if (!(node instanceof ObjectNode o)) {
            typeProblem(path, "expected.object", node);
            return Optional.empty();
        }
        Iterator<String> names = o.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(child(path, quote(name)), "json.property.unknown",
                        extensible ? "json.property.unknown.extensible" : "json.property.unknown", quote(name), String.join(", ", known));
            }
        }
        return Optional.of(o);
    }

    /** Returns a property, reporting it if required and missing. JSON null counts as present. */
    Optional<JsonNode> property(ObjectNode o, String name, String path, boolean required) {
        JsonNode n = o.get(name);
        if (n == null) {
            if (required) {
                problem(child(path, name), "json.property.missing", "json.property.missing", name);
            }
            return Optional.empty();
        }
        return Optional.of(n);
    }

    Optional<String> string(ObjectNode o, String name, String path, boolean required) {
        return property(o, name, path, required).flatMap(n -> {
            if (n.isTextual()) {
                return Optional.of(n.textValue());
            }
            typeProblem(child(path, name), "expected.string", n);
            return Optional.empty();
        });
    }

    Optional<Boolean> bool(ObjectNode o, String name, String path, boolean required) {
        return property(o, name, path, required).flatMap(n -> {
            if (n.isBoolean()) {
                return Optional.of(n.booleanValue());
            }
            typeProblem(child(path, name), "expected.boolean", n);
            return Optional.empty();
        });
    }

    /** A JSON integer that fits an {@code int}; 1.0, "3" and 1e2 are type problems. */
    Optional<Integer> integer(ObjectNode o, String name, String path, boolean required) {
        return property(o, name, path, required).flatMap(n -> integer(n, child(path, name)));
    }

    Optional<Integer> integer(JsonNode n, String path) {
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            return Optional.of(n.intValue());
        }
        if (n.isIntegralNumber()) {
            problem(path, "json.value", "json.integer.range", n.bigIntegerValue().toString());
        } else {
            typeProblem(path, "expected.integer", n);
        }
        return Optional.empty();
    }

    /** A JSON integer that fits a {@code long}. */
    Optional<Long> longInteger(ObjectNode o, String name, String path, boolean required) {
        return property(o, name, path, required).flatMap(n -> {
            if (n.isIntegralNumber() && n.canConvertToLong()) {
                return Optional.of(n.longValue());
            }
            if (n.isIntegralNumber()) {
                problem(child(path, name), "json.value", "json.integer.range", n.bigIntegerValue().toString());
            } else {
                typeProblem(child(path, name), "expected.integer", n);
            }
            return Optional.empty();
        });
    }

    /** Any JSON number, exactly. */
    Optional<BigDecimal> decimal(ObjectNode o, String name, String path, boolean required) {
        return property(o, name, path, required).flatMap(n -> {
            if (n.isNumber()) {
                return Optional.of(n.decimalValue());
            }
            typeProblem(child(path, name), "expected.number", n);
            return Optional.empty();
        });
    }

    Optional<ArrayNode> array(ObjectNode o, String name, String path, boolean required) {
        return property(o, name, path, required).flatMap(n -> {
            if (n instanceof ArrayNode a) {
                return Optional.of(a);
            }
            typeProblem(child(path, name), "expected.array", n);
            return Optional.empty();
        });
    }

    /** An object of arbitrary properties (no check of names). */
    Optional<ObjectNode> anyObject(ObjectNode o, String name, String path, boolean required) {
        return property(o, name, path, required).flatMap(n -> {
            if (n instanceof ObjectNode x) {
                return Optional.of(x);
            }
            typeProblem(child(path, name), "expected.object", n);
            return Optional.empty();
        });
    }

    /** A string naming a constant of an enum, exactly as the constant is spelled. */
    <E extends Enum<E>> Optional<E> enumConstant(ObjectNode o, String name, String path, boolean required, Class<E> type) {
        return string(o, name, path, required).flatMap(s -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return Optional.of(e);
                }
            }
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            problem(child(path, name), "json.value", "json.enum", quote(s), String.join(", ", names));
            return Optional.empty();
        });
    }

    /** Reads each element of an array with a function; elements that fail are left out (their problems are reported). */
    <T> List<T> elements(ArrayNode array, String path, Function<Element, Optional<T>> reader) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            reader.apply(new Element(array.get(i), path + "[" + i + "]", i)).ifPresent(out::add);
        }
        return out;
    }

    /** One element of an array, with its default path and index. */
    record Element(JsonNode node, String path, int index) {
    }

    /** A list of strings. */
    Optional<List<String>> strings(ObjectNode o, String name, String path) {
        return array(o, name, path, false).map(a -> elements(a, child(path, name), e -> {
            if (e.node().isTextual()) {
                return Optional.of(e.node().textValue());
            }
            typeProblem(e.path(), "expected.string", e.node());
            return Optional.empty();
        }));
    }

    /** Any JSON value as a JSON-like Java value: Map, List, String, Boolean, Long/BigInteger, BigDecimal or null. */
    static Object value(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            n.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue())));
            return map;
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>();
            n.forEach(x -> list.add(value(x)));
            return list;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        return null;
    }

    void typeProblem(String path, String expectedKey, JsonNode actual) {
        problem(path, "json.type", "json.type", text(expectedKey), describe(actual));
    }

    private String describe(JsonNode n) {
        if (n.isTextual()) {
            return text("actual.string", quote(n.textValue()));
        }
        if (n.isIntegralNumber()) {
            return text("actual.integer", n.bigIntegerValue().toString());
        }
        if (n.isNumber()) {
            return text("actual.decimal", n.decimalValue().toString());
        }
        if (n.isBoolean()) {
            return String.valueOf(n.booleanValue());
        }
        if (n.isNull()) {
            return "null";
        }
        return text(n.isArray() ? "actual.array" : "actual.object");
    }
}
