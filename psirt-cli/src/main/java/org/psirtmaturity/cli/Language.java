package org.psirtmaturity.cli;

import java.util.Locale;

/** The languages the command line offers: those of the bundled rubrics. */
enum Language {
    ja(Locale.JAPANESE),
    en(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** The language of the JVM's default locale when a rubric exists for it, English otherwise. */
    static Language fromDefaultLocale() {
        return Locale.getDefault().getLanguage().equals("ja") ? ja : en;
    }
}
