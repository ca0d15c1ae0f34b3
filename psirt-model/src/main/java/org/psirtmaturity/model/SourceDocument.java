package org.psirtmaturity.model;

import java.util.Objects;

/**
 * The document a rubric edition was taken from.
 *
 * @param title     the document's title as published, e.g. the Japanese title of the sheet
 * @param publisher who published it
 * @param version   the document's own version label
 * @param year      the year of publication
 * @param language  the document's language as a BCP 47 tag, e.g. {@code "ja"}
 */
public record SourceDocument(String title, String publisher, String version, int year, String language) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if an argument is null
     */
    public SourceDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(language, "language");
    }
}
