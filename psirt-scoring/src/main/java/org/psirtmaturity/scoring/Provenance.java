package org.psirtmaturity.scoring;

import java.util.Locale;
import java.util.Objects;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.first.FrameworkNumbering;

/**
 * Where a score report comes from: the exact rubric content, the options and the library version.
 *
 * @param rubricId       the rubric id
 * @param rubricEdition  the rubric edition
 * @param rubricLocale   the language of the rubric texts the report quotes
 * @param rubricDigest   the rubric's {@link Rubric#contentDigest() content digest}
 * @param numbering      the FIRST numbering the rubric's citations use
 * @param libraryVersion the version of this library that scored, or {@code "unknown"}
 * @param options        the options used
 */
public record Provenance(
        String rubricId,
        String rubricEdition,
        Locale rubricLocale,
        String rubricDigest,
        FrameworkNumbering numbering,
        String libraryVersion,
        ScoringOptions options) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public Provenance {
        Objects.requireNonNull(rubricId, "rubricId");
        Objects.requireNonNull(rubricEdition, "rubricEdition");
        Objects.requireNonNull(rubricLocale, "rubricLocale");
        Objects.requireNonNull(rubricDigest, "rubricDigest");
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(options, "options");
    }

    /**
     * Returns the provenance of scoring with a rubric and options by this library.
     *
     * @param rubric  the rubric
     * @param options the options
     * @return the provenance
     */
    public static Provenance of(Rubric rubric, ScoringOptions options) {
        return new Provenance(rubric.id(), rubric.edition(), rubric.locale(), rubric.contentDigest(), rubric.numbering(),
                LibraryVersion.get(), options);
    }

    /**
     * Returns the rubric's id and edition.
     *
     * @return the reference
     */
    public RubricRef rubric() {
        return new RubricRef(rubricId, rubricEdition);
    }
}
