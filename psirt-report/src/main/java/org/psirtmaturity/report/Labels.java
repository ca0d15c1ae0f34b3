package org.psirtmaturity.report;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.FrameworkStatus;
import org.psirtmaturity.scoring.RequirementStatus;

/**
 * The labels of a report in one language: Japanese for a {@code ja} rubric, English for any other.
 *
 * <p>The bundles {@code org/psirtmaturity/report/labels.properties} (English, the base bundle) and
 * {@code labels_ja.properties} (UTF-8) live in this module's package and are loaded through this
 * module. The language is decided here, not by {@link ResourceBundle}'s fallback: English is requested
 * as {@link Locale#ROOT}, for which the lookup never falls back to the JVM's default locale.
 * Placeholders are {@code {0}}, {@code {1}} …, replaced literally (no {@link java.text.MessageFormat}
 * quoting rules, no locale-dependent number formatting).
 */
final class Labels {

    private static final String BUNDLE = "org.psirtmaturity.report.labels";

    private final ResourceBundle bundle;
    private final boolean japanese;

    private Labels(ResourceBundle bundle, boolean japanese) {
        this.bundle = bundle;
        this.japanese = japanese;
    }

    /**
     * Returns the labels for a rubric's locale.
     *
     * @param rubricLocale the rubric's locale
     * @return Japanese labels for the {@code ja} language, English otherwise
     */
    static Labels of(Locale rubricLocale) {
        boolean ja = "ja".equals(rubricLocale.getLanguage());
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, ja ? Locale.JAPANESE : Locale.ROOT, Labels.class.getModule());
        return new Labels(b, ja);
    }

    /** The BCP 47 tag of the labels' language, for {@code lang} attributes. */
    String languageTag() {
        return japanese ? "ja" : "en";
    }

    /** The label under a key; a missing key is a bug of this module. */
    String get(String key) {
        return bundle.getString(key);
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
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** A band status in a sentence, e.g. "below the target band". */
    String band(BandStatus status) {
        return get("band." + status.name());
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
