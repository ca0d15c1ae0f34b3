package org.psirtmaturity.rubric;

import java.util.Locale;
import java.util.Objects;

/**
 * What an installed rubric is, known without loading it.
 *
 * @param id      the rubric id, e.g. {@code "sisac-psirt-maturity-sheet"}
 * @param edition the edition, e.g. {@code "1.0"}
 * @param locale  the language of its texts, e.g. {@code ja}
 */
public record RubricDescriptor(String id, String edition, Locale locale) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if an argument is null
     */
    public RubricDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * Returns e.g. {@code sisac-psirt-maturity-sheet 1.0 (ja)}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return id + " " + edition + " (" + locale.toLanguageTag() + ")";
    }
}
