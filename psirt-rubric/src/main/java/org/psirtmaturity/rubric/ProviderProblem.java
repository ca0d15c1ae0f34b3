package org.psirtmaturity.rubric;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;

/**
 * Something a rubric provider did wrong, reported as a value: found during discovery (see
 * {@link Rubrics#problems()}) or when a rubric was loaded (see {@link RubricProviderException#problems()}).
 *
 * <p>The message is one line of English that names the provider's class and what it did, e.g.
 * {@code rubric provider com.example.FrenchProvider: descriptor() threw java.lang.IllegalStateException: no texts}.
 * Text that came from the provider (an exception's message, a rubric id) has its line breaks and other
 * control characters escaped ({@code \n}, {@code \t}, or a {@code \}{@code u} escape with four hex digits); an exception's message longer than {@value #MAX_QUOTED_LENGTH}
 * characters is cut there and the number of characters left out is stated. The whole exception stays
 * available as {@link #cause()}.
 *
 * @param kind      what went wrong
 * @param providers the fully qualified names of the provider classes involved, in discovery order: one,
 *                  or two or more for {@link Kind#DUPLICATE}; empty for {@link Kind#LOOKUP_FAILED}
 *                  when the service loader failed before it had a class (its message, quoted in
 *                  {@code message}, then names the class or the configuration file)
 * @param rubric    the rubric concerned, where the provider described one: present for
 *                  {@link Kind#DUPLICATE} and the {@code LOAD_} kinds, empty otherwise
 * @param message   a one-line description naming the provider class(es) and what happened
 * @param cause     the exception the provider (or the service loader) threw, where there was one
 */
public record ProviderProblem(Kind kind, List<String> providers, Optional<RubricDescriptor> rubric, String message,
        Optional<Throwable> cause) {

    /** The longest exception message quoted in full in {@link #message()}. */
    public static final int MAX_QUOTED_LENGTH = 300;

    /** What went wrong with a provider. */
    public enum Kind {
        /**
         * The service loader could not get a provider class: a class named in
         * {@code META-INF/services/org.psirtmaturity.rubric.spi.RubricProvider} is missing, cannot be
         * linked, is not a {@code RubricProvider} or has no public no-argument constructor, or the
         * configuration file itself is unreadable or malformed.
         */
        LOOKUP_FAILED,
        /** The provider's constructor (or static initialiser, or {@code provider()} method) threw. */
        INSTANTIATION_FAILED,
        /** {@link org.psirtmaturity.rubric.spi.RubricProvider#descriptor()} threw. */
        DESCRIPTOR_THREW,
        /** {@link org.psirtmaturity.rubric.spi.RubricProvider#descriptor()} returned null. */
        DESCRIPTOR_NULL,
        /** Two or more providers describe the same id, edition and locale. */
        DUPLICATE,
        /**
         * {@link org.psirtmaturity.rubric.spi.RubricProvider#load()} threw something other than
         * {@link org.psirtmaturity.model.InvalidRubricException}.
         */
        LOAD_THREW,
        /** {@link org.psirtmaturity.rubric.spi.RubricProvider#load()} returned null. */
        LOAD_NULL,
        /** {@link org.psirtmaturity.rubric.spi.RubricProvider#load()} returned a rubric other than the one described. */
        LOAD_MISMATCH
    }

    /**
     * Checks and copies the fields.
     *
     * @throws NullPointerException if an argument or a provider name is null
     */
    public ProviderProblem {
        Objects.requireNonNull(kind, "kind");
        providers = List.copyOf(providers);
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cause, "cause");
    }

    /**
     * Returns the message.
     *
     * @return {@link #message()}
     */
    @Override
    public String toString() {
        return message;
    }

    static ProviderProblem lookupFailed(Throwable error) {
        return new ProviderProblem(Kind.LOOKUP_FAILED, List.of(), Optional.empty(),
                "a rubric provider could not be loaded: " + describe(error), Optional.of(error));
    }

    static ProviderProblem lookupStopped(ProviderProblem repeated, int times) {
        return new ProviderProblem(Kind.LOOKUP_FAILED, List.of(), Optional.empty(), "rubric discovery stopped: the service loader failed "
                + times + " times in a row with the same error; providers after it were not looked for", repeated.cause());
    }

    static ProviderProblem instantiationFailed(String provider, Throwable error) {
        // the service loader wraps what the constructor threw; report that
        Throwable thrown = error instanceof ServiceConfigurationError && causeOf(error) != null ? causeOf(error) : error;
        return new ProviderProblem(Kind.INSTANTIATION_FAILED, List.of(provider), Optional.empty(),
                "rubric provider " + provider + " could not be instantiated: " + describe(thrown), Optional.of(thrown));
    }

    static ProviderProblem descriptorThrew(String provider, Throwable error) {
        return new ProviderProblem(Kind.DESCRIPTOR_THREW, List.of(provider), Optional.empty(),
                "rubric provider " + provider + ": descriptor() threw " + describe(error), Optional.of(error));
    }

    static ProviderProblem descriptorNull(String provider) {
        return new ProviderProblem(Kind.DESCRIPTOR_NULL, List.of(provider), Optional.empty(),
                "rubric provider " + provider + ": descriptor() returned null", Optional.empty());
    }

    static ProviderProblem duplicate(RubricDescriptor rubric, List<String> providers) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < providers.size(); i++) {
            names.append(i == 0 ? "" : i == providers.size() - 1 ? " and " : ", ").append(providers.get(i));
        }
        return new ProviderProblem(Kind.DUPLICATE, providers, Optional.of(rubric), "rubric providers " + names
                + (providers.size() == 2 ? " both" : " all") + " supply rubric " + oneLine(rubric.toString())
                + "; keep only one of them on the class path or module path", Optional.empty());
    }

    static ProviderProblem loadThrew(String provider, RubricDescriptor rubric, Throwable error) {
        return new ProviderProblem(Kind.LOAD_THREW, List.of(provider), Optional.of(rubric), "rubric provider " + provider
                + ": load() of " + oneLine(rubric.toString()) + " threw " + describe(error), Optional.of(error));
    }

    static ProviderProblem loadNull(String provider, RubricDescriptor rubric) {
        return new ProviderProblem(Kind.LOAD_NULL, List.of(provider), Optional.of(rubric), "rubric provider " + provider
                + ": load() of " + oneLine(rubric.toString()) + " returned null", Optional.empty());
    }

    static ProviderProblem loadMismatch(String provider, RubricDescriptor described, RubricDescriptor loaded) {
        return new ProviderProblem(Kind.LOAD_MISMATCH, List.of(provider), Optional.of(described), "rubric provider " + provider
                + " describes " + oneLine(described.toString()) + " but loaded " + oneLine(loaded.toString()), Optional.empty());
    }

    /**
     * The exception's class and message, and its cause's, on one line. A message is read defensively:
     * the exception comes from code nobody here wrote.
     */
    static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder(error.getClass().getName());
        appendMessage(sb, error);
        Throwable cause = causeOf(error);
        if (cause != null && cause != error) {
            sb.append(" (caused by ").append(cause.getClass().getName());
            appendMessage(sb, cause);
            sb.append(')');
        }
        return sb.toString();
    }

    private static void appendMessage(StringBuilder sb, Throwable error) {
        String message;
        try {
            message = error.getMessage();
        } catch (RuntimeException e) {
            message = "(its getMessage() threw " + e.getClass().getName() + ")";
        }
        if (message != null) {
            sb.append(": ").append(oneLine(clip(message)));
        }
    }

    private static Throwable causeOf(Throwable error) {
        try {
            return error.getCause();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String clip(String s) {
        if (s.length() <= MAX_QUOTED_LENGTH) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_QUOTED_LENGTH - 1)) ? MAX_QUOTED_LENGTH - 1 : MAX_QUOTED_LENGTH;
        return s.substring(0, end) + "… (" + (s.length() - end) + " more characters)";
    }

    /**
     * Escapes line breaks and other control characters ({@code \n}, {@code \r}, {@code \t},
     * {@code \}{@code uXXXX} for the others and for U+2028, U+2029), so that a message stays on one line.
     */
    static String oneLine(String s) {
        int i = 0;
        while (i < s.length() && !needsEscape(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (needsEscape(c)) {
                String hex = Integer.toHexString(c);
                sb.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
