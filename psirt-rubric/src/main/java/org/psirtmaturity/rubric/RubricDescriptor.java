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
     * Tells whether another object describes the same rubric. Written out rather than generated for
     * the record: the generated methods are bootstrapped through method handles on first use, which
     * every fresh JVM that loads a rubric would pay.
     *
     * @param o the other object
     * @return true for a descriptor with equal id, edition and locale
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RubricDescriptor other && id.equals(other.id) && edition.equals(other.edition)
                && locale.equals(other.locale);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return a hash of the id, edition and locale
     */
    @Override
    public int hashCode() {
        return (31 * id.hashCode() + edition.hashCode()) * 31 + locale.hashCode();
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
