package org.psirtmaturity.cyclonedx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One of this package's text bundles in one language, read as UTF-8 properties files beside this
 * class: {@code <name>.properties} (English, the root) and {@code <name>_ja.properties} (Japanese).
 *
 * <p>The language is chosen from the locale passed, never from the JVM's default: Japanese for
 * {@code ja}, English for every other language. A key missing from the Japanese file is taken from
 * the English one. Patterns use {@link MessageFormat}; arguments are passed as strings so that no
 * number is formatted with grouping separators. Instances are immutable and cached.
 */
final class Bundle {

    /** The generated texts of a BOM ({@code labels}), in the rubric's language. */
    static final String LABELS = "labels";
    /** The messages of reading problems ({@code messages}), in the caller's language. */
    static final String MESSAGES = "messages";

    private static final Map<String, Bundle> CACHE = new ConcurrentHashMap<>();

    private final ResourceBundle primary;
    private final ResourceBundle english;
    private final Locale locale;

    private Bundle(ResourceBundle primary, ResourceBundle english, Locale locale) {
        this.primary = primary;
        this.english = english;
        this.locale = locale;
    }

    /**
     * Returns a bundle in the locale's language, or in English if that language has none.
     *
     * @param name   {@link #LABELS} or {@link #MESSAGES}
     * @param locale the wanted locale
     * @return the bundle
     * @throws IllegalStateException if the English file is missing (a packaging error)
     */
    static Bundle of(String name, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String language = locale.getLanguage().equals("ja") ? "ja" : "en";
        return CACHE.computeIfAbsent(name + "_" + language, k -> load(name, language));
    }

    private static Bundle load(String name, String language) {
        ResourceBundle english = read(name + ".properties");
        if (english == null) {
            throw new IllegalStateException(name + ".properties is missing beside " + Bundle.class.getName());
        }
        if (language.equals("en")) {
            return new Bundle(english, english, Locale.ENGLISH);
        }
        ResourceBundle own = read(name + "_" + language + ".properties");
        return own == null ? new Bundle(english, english, Locale.ENGLISH) : new Bundle(own, english, Locale.forLanguageTag(language));
    }

    private static ResourceBundle read(String file) {
        try (InputStream in = Bundle.class.getResourceAsStream(file)) {
            return in == null ? null : new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " beside " + Bundle.class.getName(), e);
        }
    }

    /**
     * Returns the language the texts are in.
     *
     * @return {@code ja} or {@code en}
     */
    Locale locale() {
        return locale;
    }

    /**
     * Formats one text.
     *
     * @param key       the key
     * @param arguments the arguments for {@code {0}}, {@code {1}} …, as strings
     * @return the text
     * @throws MissingResourceException if neither file has the key (a packaging error)
     */
    String format(String key, String... arguments) {
        String pattern = primary.containsKey(key) ? primary.getString(key) : english.getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
