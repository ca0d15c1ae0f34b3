package org.psirtmaturity.scoring.internal;

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
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The localised messages of one bundle, read from the package of an anchor class as UTF-8
 * properties files: {@code messages.properties} (English, the root) and
 * {@code messages_<language>.properties}.
 *
 * <p>The choice is deterministic: the bundle of the locale's language if there is one, otherwise
 * English; a key missing from a language bundle is taken from English. Unlike
 * {@link ResourceBundle#getBundle(String, Locale)}, it never falls back to the JVM's default locale,
 * so a Japanese JVM still gets English messages when it asks for English. Each bundle is read once
 * and kept. This class is internal: its package is not exported.
 */
public final class Messages {

    private static final Map<String, Optional<ResourceBundle>> CACHE = new ConcurrentHashMap<>();

    /**
     * The instances already made, per anchor and language: {@link #of} is called for every assessment
     * read, validated or scored, and must cost a lookup, not a bundle search. At most
     * {@value #MAX_LANGUAGES} languages are kept per anchor, whatever locales callers pass.
     */
    private static final int MAX_LANGUAGES = 64;

    private static final ClassValue<Map<String, Messages>> INSTANCES = new ClassValue<>() {
        @Override
        protected Map<String, Messages> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private final ResourceBundle primary;
    private final ResourceBundle english;
    private final Locale locale;

    private Messages(ResourceBundle primary, ResourceBundle english, Locale locale) {
        this.primary = primary;
        this.english = english;
        this.locale = locale;
    }

    /**
     * Returns the messages for a locale.
     *
     * @param anchor a class of the package that holds the bundle
     * @param locale the wanted locale
     * @return the messages in the locale's language, or in English
     * @throws IllegalStateException if the English bundle is missing (a packaging error)
     */
    public static Messages of(Class<?> anchor, Locale locale) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(locale, "locale");
        Map<String, Messages> instances = INSTANCES.get(anchor);
        String language = locale.getLanguage();
        Messages known = instances.get(language);
        if (known != null) {
            return known;
        }
        Messages made = make(anchor, language);
        if (instances.size() < MAX_LANGUAGES) {
            Messages raced = instances.putIfAbsent(language, made);
            return raced != null ? raced : made;
        }
        return made;
    }

    private static Messages make(Class<?> anchor, String language) {
        Optional<ResourceBundle> root = load(anchor, "");
        if (root.isEmpty()) {
            throw new IllegalStateException("messages.properties is missing beside " + anchor.getName());
        }
        ResourceBundle english = root.get();
        Optional<ResourceBundle> own = language.isEmpty() || language.equals("en") ? Optional.empty() : load(anchor, "_" + language);
        return own.isPresent() ? new Messages(own.get(), english, Locale.forLanguageTag(language)) : new Messages(english, english, Locale.ENGLISH);
    }

    private static Optional<ResourceBundle> load(Class<?> anchor, String suffix) {
        String name = anchor.getPackageName() + "/messages" + suffix;
        Optional<ResourceBundle> known = CACHE.get(name);
        if (known == null) {
            known = read(anchor, suffix);
            Optional<ResourceBundle> raced = CACHE.putIfAbsent(name, known);
            known = raced != null ? raced : known;
        }
        return known;
    }

    private static Optional<ResourceBundle> read(Class<?> anchor, String suffix) {
        String file = "messages" + suffix + ".properties";
        try (InputStream in = anchor.getResourceAsStream(file)) {
            return in == null ? Optional.empty()
                    : Optional.of(new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " beside " + anchor.getName(), e);
        }
    }

    /**
     * Returns the locale the messages are actually in.
     *
     * @return the wanted locale's language, or English if that language has no bundle
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Formats one message with {@link MessageFormat}.
     *
     * @param key       the message key
     * @param arguments the arguments for {@code {0}}, {@code {1}} …
     * @return the message
     * @throws MissingResourceException if the key is in neither bundle (a packaging error)
     */
    public String format(String key, Object... arguments) {
        String pattern = primary.containsKey(key) ? primary.getString(key) : english.getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
