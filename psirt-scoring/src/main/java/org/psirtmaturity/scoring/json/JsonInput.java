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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /** Turns a parser failure into a problem: syntax, duplicate key or trailing content. */
    void parseFailure(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "?" : text("location", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate field") || original.startsWith("Duplicate Object property")) {
            problem("", "json.duplicate-key", "json.duplicate-key", original, where);
        } else if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            problem("", "json.trailing-content", "json.trailing-content", where);
        } else {
            problem("", "json.syntax", "json.syntax", original, where);
        }
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
                problem(child(path, name), "json.property.unknown", extensible ? "json.property.unknown.extensible" : "json.property.unknown",
                        name, String.join(", ", known));
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
            problem(child(path, name), "json.value", "json.enum", s, String.join(", ", names));
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
            String s = n.textValue();
            return text("actual.string", s.codePointCount(0, s.length()) > 40 ? s.substring(0, s.offsetByCodePoints(0, 40)) + "\u2026" : s);
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
