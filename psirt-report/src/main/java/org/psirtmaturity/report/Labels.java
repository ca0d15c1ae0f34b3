package org.psirtmaturity.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.FrameworkStatus;
import org.psirtmaturity.scoring.RequirementStatus;

/**
 * The labels of a report in one language: Japanese for a {@code ja} rubric, English for any other.
 *
 * <p>The bundles {@code org/psirtmaturity/report/labels.properties} (English, the base bundle) and
 * {@code labels_ja.properties} (UTF-8) live in this module's package and are read by this class, each
 * once, as {@link PropertyResourceBundle}s: a Japanese label missing from {@code labels_ja} is the
 * English one, as with a bundle's parent. The language is decided here, never by the JVM's default
 * locale; {@link ResourceBundle#getBundle} is not used, whose machinery (control providers, candidate
 * lists, its cache) is start-up work a command-line run would pay for two small files.
 * Placeholders are {@code {0}}, {@code {1}} …, replaced literally (no {@link java.text.MessageFormat}
 * quoting rules, no locale-dependent number formatting).
 */
final class Labels {

    /** The English labels, read on first use. */
    private static final class English {
        static final ResourceBundle BUNDLE = read("labels.properties");
    }

    /** The Japanese labels (without the English ones), read on first use. */
    private static final class Japanese {
        static final ResourceBundle BUNDLE = read("labels_ja.properties");
    }

    /** The labels in the language, or null for English. */
    private final ResourceBundle own;
    private final ResourceBundle english;
    private final boolean japanese;

    private Labels(ResourceBundle own, ResourceBundle english, boolean japanese) {
        this.own = own;
        this.english = english;
        this.japanese = japanese;
    }

    private static ResourceBundle read(String file) {
        try (InputStream in = Labels.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing beside " + Labels.class.getName());
            }
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " beside " + Labels.class.getName(), e);
        }
    }

    /**
     * Returns the labels for a rubric's locale.
     *
     * @param rubricLocale the rubric's locale
     * @return Japanese labels for the {@code ja} language, English otherwise
     */
    static Labels of(Locale rubricLocale) {
        boolean ja = "ja".equals(rubricLocale.getLanguage());
        return new Labels(ja ? Japanese.BUNDLE : null, English.BUNDLE, ja);
    }

    /** The BCP 47 tag of the labels' language, for {@code lang} attributes. */
    String languageTag() {
        return japanese ? "ja" : "en";
    }

    /** The label under a key; a missing key is a bug of this module. */
    String get(String key) {
        return own != null && own.containsKey(key) ? own.getString(key) : english.getString(key);
    }

    /** The label under a key, with {@code {0}}, {@code {1}} … replaced by the arguments' string forms. */
    String format(String key, Object... args) {
        String s = get(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** The label under a key, if the bundle has one. */
    Optional<String> find(String key) {
        return own != null && own.containsKey(key) || english.containsKey(key) ? Optional.of(get(key)) : Optional.empty();
    }

    /** A band status in a sentence, e.g. "below the target band". */
    String band(BandStatus status) {
        return get("band." + status.name());
    }

    /** A band status as a badge: the status's name in English ("BELOW"), a short word in Japanese. */
    String badge(BandStatus status) {
        return get("badge." + status.name());
    }

    /** The overall band status as the summary states it, e.g. "BELOW: below the target band". */
    String bandStatus(BandStatus status) {
        return get("bandStatus." + status.name());
    }

    /** A band status in a table cell, e.g. "below". */
    String bandShort(BandStatus status) {
        return get("bandShort." + status.name());
    }

    /** A framework status other than scored, e.g. "unanswered". */
    String status(FrameworkStatus status) {
        return get("status." + status.name());
    }

    /** A requirement status, e.g. "met". */
    String requirementStatus(RequirementStatus status) {
        return get("level1." + status.name());
    }

    /**
     * The name of a FIRST maturity requirement: a label for the requirements of FIRST Maturity
     * Level 1, else the requirement's own (English) description, for profiles a caller supplies.
     */
    String requirement(Requirement r) {
        return find("requirement." + r.key()).orElse(r.description());
    }
}
