package org.psirtmaturity.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The languages the command line offers: those of the bundled rubrics. */
enum Language {
    ja(Locale.JAPANESE),
    en(Locale.ENGLISH);

    /** The environment variables that choose the language of messages, strongest first (POSIX). */
    static final List<String> LOCALE_VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** The language named {@code ja} or {@code en}, in any case; empty for anything else. */
    static Optional<Language> parse(String name) {
        for (Language l : values()) {
            if (l.name().equalsIgnoreCase(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The language of the system: the first of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG}
     * that is set and not empty decides (Japanese when it names the language {@code ja}, such as
     * {@code ja_JP.UTF-8}; English for anything else, such as {@code C}, {@code POSIX} or
     * {@code en_US.UTF-8}); when none is set, the JVM's locale. The variables are read as they are,
     * so a Japanese locale works even where it is not installed (the JVM would then fall back to
     * English).
     *
     * @param environment the environment variables
     * @param jvm         the JVM's default locale
     */
    static Language ofSystem(Map<String, String> environment, Locale jvm) {
        for (String name : LOCALE_VARIABLES) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                return isJapanese(value) ? ja : en;
            }
        }
        return "ja".equals(jvm.getLanguage()) ? ja : en;
    }

    /** Whether a POSIX locale name ({@code language[_territory][.codeset][@modifier]}) is Japanese. */
    private static boolean isJapanese(String posixLocale) {
        String lower = posixLocale.toLowerCase(Locale.ROOT);
        return lower.equals("ja") || lower.startsWith("ja_") || lower.startsWith("ja.") || lower.startsWith("ja@")
                || lower.startsWith("ja-") || lower.equals("japanese") || lower.startsWith("japanese.");
    }
}
