package org.psirtmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * One problem found in an input (a rubric resource, an assessment …), reported as a value so that
 * every problem of an input can be returned at once.
 *
 * <p>A problem carries its rendered {@code message} and, beside it, what a platform needs to render
 * the message in a language of its own: the stable {@code code} and the {@code arguments}, the values
 * the message shows, in the order its documentation gives for that code (the {@code {0}, {1} …} of
 * the library's own message bundles).
 *
 * @param path      where the problem is, in the input's own terms, e.g. {@code "framework.2.1.level.3"}
 *                  or {@code "answers[2.1].level"}; empty for the input as a whole
 * @param code      a stable, machine-readable code in lower case with dots and hyphens, e.g.
 *                  {@code "text.missing"}; codes are part of the API and do not change between
 *                  patch releases
 * @param arguments the values shown in the message, in their documented order; copied, possibly empty
 * @param message   a human-readable message saying what is wrong and what was expected
 */
public record Problem(String path, String code, List<String> arguments, String message) {

    /**
     * Checks the fields and copies the arguments.
     *
     * @throws NullPointerException     if an argument or an element of {@code arguments} is null
     * @throws IllegalArgumentException if {@code code} is blank
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a problem needs a code");
        }
    }

    /**
     * Creates a problem whose message shows no separate values.
     *
     * @param path    where the problem is
     * @param code    the stable code
     * @param message the message
     */
    public Problem(String path, String code, String message) {
        this(path, code, List.of(), message);
    }

    /**
     * Returns {@code path: message [code]}, or {@code message [code]} without a path.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]";
    }
}
