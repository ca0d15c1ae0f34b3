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
        ResourceBundle english = load(anchor, "")
                .orElseThrow(() -> new IllegalStateException("messages.properties is missing beside " + anchor.getName()));
        String language = locale.getLanguage();
        Optional<ResourceBundle> own = language.isEmpty() || language.equals("en") ? Optional.empty() : load(anchor, "_" + language);
        return own.map(b -> new Messages(b, english, Locale.forLanguageTag(language)))
                .orElseGet(() -> new Messages(english, english, Locale.ENGLISH));
    }

    private static Optional<ResourceBundle> load(Class<?> anchor, String suffix) {
        return CACHE.computeIfAbsent(anchor.getPackageName() + "/messages" + suffix, name -> read(anchor, suffix));
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
