package org.psirtmaturity.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The command's own texts in one language, from the UTF-8 bundles {@code messages.properties}
 * (English) and {@code messages_ja.properties} beside this class. The language is the one given,
 * never the JVM's default locale; a key missing from the Japanese bundle is the English text.
 * Placeholders {@code {0}}, {@code {1}} … are replaced literally (no {@link java.text.MessageFormat}
 * quoting). Immutable and thread-safe.
 */
final class Texts {

    /** The English texts, read on first use. */
    private static final class English {
        static final ResourceBundle BUNDLE = read("messages.properties");
    }

    /** The Japanese texts, read on first use. */
    private static final class Japanese {
        static final ResourceBundle BUNDLE = read("messages_ja.properties");
    }

    private final Language language;

    private Texts(Language language) {
        this.language = language;
    }

    /** The texts in a language. */
    static Texts of(Language language) {
        return new Texts(language);
    }

    Language language() {
        return language;
    }

    /**
     * Reads a bundle of this package as UTF-8.
     *
     * @throws IllegalStateException if the bundle is missing (a packaging error)
     */
    static ResourceBundle read(String file) {
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing beside " + Texts.class.getName());
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " beside " + Texts.class.getName(), e);
        }
    }

    /** The text under a key; a key in neither bundle is a bug of this module. */
    String get(String key) {
        if (language == Language.ja && Japanese.BUNDLE.containsKey(key)) {
            return Japanese.BUNDLE.getString(key);
        }
        return English.BUNDLE.getString(key);
    }

    /** Whether a key has a text. */
    boolean has(String key) {
        return English.BUNDLE.containsKey(key);
    }

    /** The text under a key with {@code {0}}, {@code {1}} … replaced by the arguments' string forms. */
    String format(String key, Object... args) {
        String s = get(key);
        StringBuilder out = new StringBuilder(s.length() + 32);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' && i + 2 < s.length() && s.charAt(i + 2) == '}' && s.charAt(i + 1) >= '0' && s.charAt(i + 1) - '0' < args.length) {
                out.append(args[s.charAt(i + 1) - '0']); // in one pass: an argument's own braces stay as they are
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** How an input or output argument is named in messages: the file, or {@code <stdin>} for {@code -}. */
    String label(String file) {
        return "-".equals(file) ? get("label.stdin") : file;
    }
}
