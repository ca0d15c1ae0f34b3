package org.psirtmaturity.rubric.en;

import java.util.Locale;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.rubric.RubricDescriptor;
import org.psirtmaturity.rubric.spi.RubricProvider;
import org.psirtmaturity.rubric.spi.RubricTexts;

/**
 * Provides the maturity sheet in English ({@code en}), translated sentence for sentence from the
 * Japanese sheet. {@code en-US}, {@code en-GB} and any other English locale resolve to it.
 */
public final class EnglishRubricProvider implements RubricProvider {

    /** The bundled texts, next to this class. */
    static final String RESOURCE = "sisac-psirt-maturity-sheet-1.0.en.json";

    private static final RubricDescriptor DESCRIPTOR =
            new RubricDescriptor(SoftwareIsacSheet.ID, SoftwareIsacSheet.EDITION, Locale.ENGLISH);

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public EnglishRubricProvider() {
    }

    @Override
    public RubricDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Rubric load() {
        return RubricTexts.read(SoftwareIsacSheet.structure(), Locale.ENGLISH, RESOURCE,
                EnglishRubricProvider.class.getResourceAsStream(RESOURCE));
    }
}
