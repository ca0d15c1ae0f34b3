package org.psirtmaturity.model;

import java.util.Objects;

/**
 * One problem found in an input (a rubric resource, an assessment …), reported as a value so that
 * every problem of an input can be returned at once.
 *
 * @param path    where the problem is, in the input's own terms, e.g. {@code "framework.2.1.level.3"}
 *                or {@code "answers[2.1].level"}; empty for the input as a whole
 * @param code    a stable, machine-readable code in lower case with dots and hyphens, e.g.
 *                {@code "text.missing"}; codes are part of the API and do not change between
 *                patch releases
 * @param message a human-readable message saying what is wrong and what was expected
 */
public record Problem(String path, String code, String message) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code code} is blank
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a problem needs a code");
        }
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
