package org.psirtmaturity.json;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonLocation;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.internal.Messages;

/** The messages of this package in one language, and the problems made with them. Immutable. */
final class JsonMessages {

    /** The bundles of this package, read on first use. */
    private static final class Bundle {
        static final Messages MESSAGES = new Messages(JsonMessages.class::getResourceAsStream);
    }

    private final Locale locale;

    JsonMessages(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** A problem whose message is the one under {@code key}, showing {@code arguments}. */
    Problem problem(String path, String code, String key, String... arguments) {
        return Bundle.MESSAGES.problem(locale, path, code, key, arguments);
    }

    /** A limit problem located in the document: its arguments are the limit, the line and the column. */
    Problem located(String path, String code, String limit, JsonLocation at) {
        return problem(path, code, code, limit, AssessmentReader.line(at), AssessmentReader.column(at));
    }

    /**
     * A {@code json.type} problem. Its arguments are language-neutral: the JSON type expected
     * ({@code object}, {@code array}, {@code string}, {@code boolean}, {@code integer}), the JSON type
     * found (the same, or {@code number}, {@code null}) and the value found as written (empty for an
     * object, an array or null); the message shows the types in its own language.
     */
    Problem typeProblem(String path, String expected, String actual, String value) {
        List<String> arguments = List.of(expected, actual, value);
        String found = value.isEmpty() ? text("type." + actual) : text("type.value", text("type." + actual), value);
        return new Problem(path, "json.type", arguments, Bundle.MESSAGES.format(locale, "json.type", List.of(text("expected." + expected), found)));
    }

    /** A message text with no problem around it. */
    String text(String key, String... arguments) {
        return Bundle.MESSAGES.format(locale, key, List.of(arguments));
    }
}
