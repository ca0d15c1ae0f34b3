package org.psirtmaturity.rubric.en;

import java.io.InputStream;
import java.util.Locale;

import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.rubric.spi.BundledRubricProvider;

/**
 * Provides the maturity sheet in English ({@code en}), translated sentence for sentence from the
 * Japanese sheet. {@code en-US}, {@code en-GB} and any other English locale resolve to it.
 */
public final class EnglishRubricProvider extends BundledRubricProvider {

    /** The bundled texts, next to this class. */
    static final String RESOURCE = "sisac-psirt-maturity-sheet-1.0.en.json";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public EnglishRubricProvider() {
        super(SoftwareIsacSheet.structure(), Locale.ENGLISH, RESOURCE);
    }

    @Override
    protected InputStream open(String resource) {
        return EnglishRubricProvider.class.getResourceAsStream(resource);
    }
}
