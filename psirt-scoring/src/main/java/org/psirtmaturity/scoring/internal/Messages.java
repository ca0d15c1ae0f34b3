package org.psirtmaturity.scoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.psirtmaturity.model.Problem;

/**
 * The messages of one package in English and Japanese, read once from that package's UTF-8 properties
 * files {@code messages.properties} (English) and {@code messages_ja.properties}.
 *
 * <p>The language is chosen by the locale passed with each message, never by the JVM's default
 * locale: Japanese for {@code ja}, English for every other language. A key missing from the Japanese
 * bundle is taken from English. Instances are immutable and thread-safe; keep one per package in a
 * constant. This class is internal: its package is exported only to this library's own modules.
 */
public final class Messages {

    private final ResourceBundle english;
    private final ResourceBundle japanese;

    /**
     * Reads the bundles of a package.
     *
     * @param opener opens a resource of the package by its name, e.g. {@code MyClass.class::getResourceAsStream}
     *               (the package's own module must open it: resources of a named module are encapsulated)
     * @throws IllegalStateException if a bundle is missing (a packaging error)
     * @throws UncheckedIOException  if a bundle cannot be read
     */
    public Messages(Function<String, InputStream> opener) {
        this.english = read(opener, "messages.properties");
        this.japanese = read(opener, "messages_ja.properties");
    }

    private static ResourceBundle read(Function<String, InputStream> opener, String file) {
        try (InputStream in = opener.apply(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Tells whether messages for a locale are Japanese.
     *
     * @param locale the wanted locale
     * @return true for the language {@code ja}
     */
    public static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }

    /**
     * Formats one message with {@link MessageFormat}: {@code {0}}, {@code {1}} … are the arguments.
     *
     * @param locale    the language of the message: Japanese for {@code ja}, otherwise English
     * @param key       the message key
     * @param arguments the arguments, already shown as text
     * @return the message
     * @throws MissingResourceException if the key is in neither bundle (a packaging error)
     */
    public String format(Locale locale, String key, List<String> arguments) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = isJapanese(locale) && japanese.containsKey(key) ? japanese : english;
        return new MessageFormat(bundle.getString(key), isJapanese(locale) ? Locale.JAPANESE : Locale.ENGLISH)
                .format(arguments.toArray());
    }

    /**
     * Makes a problem whose message is the one under {@code key}.
     *
     * @param locale    the language of the message
     * @param path      where the problem is
     * @param code      the problem's stable code
     * @param key       the message key (often the code itself)
     * @param arguments the values the message shows, in order
     * @return the problem, carrying the arguments beside its message
     */
    public Problem problem(Locale locale, String path, String code, String key, String... arguments) {
        List<String> args = List.of(arguments);
        return new Problem(path, code, args, format(locale, key, args));
    }
}
