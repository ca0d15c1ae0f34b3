package org.psirtmaturity.rubric.ja;

import java.io.InputStream;
import java.util.Locale;

import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.rubric.spi.BundledRubricProvider;

/**
 * Provides the maturity sheet in Japanese ({@code ja}), verbatim from the source document apart
 * from whitespace introduced or removed by PDF extraction.
 */
public final class JapaneseRubricProvider extends BundledRubricProvider {

    /** The bundled texts, next to this class. */
    static final String RESOURCE = "sisac-psirt-maturity-sheet-1.0.ja.json";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public JapaneseRubricProvider() {
        super(SoftwareIsacSheet.structure(), Locale.JAPANESE, RESOURCE);
    }

    @Override
    protected InputStream open(String resource) {
        return JapaneseRubricProvider.class.getResourceAsStream(resource);
    }
}
