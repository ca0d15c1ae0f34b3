package org.psirtmaturity.rubric.ja;

import java.util.Locale;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.rubric.RubricDescriptor;
import org.psirtmaturity.rubric.spi.RubricProvider;
import org.psirtmaturity.rubric.spi.RubricTexts;

/**
 * Provides the maturity sheet in Japanese ({@code ja}), verbatim from the source document apart
 * from whitespace introduced or removed by PDF extraction.
 */
public final class JapaneseRubricProvider implements RubricProvider {

    /** The bundled texts, next to this class. */
    static final String RESOURCE = "sisac-psirt-maturity-sheet-1.0.ja.json";

    private static final RubricDescriptor DESCRIPTOR =
            new RubricDescriptor(SoftwareIsacSheet.ID, SoftwareIsacSheet.EDITION, Locale.JAPANESE);

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public JapaneseRubricProvider() {
    }

    @Override
    public RubricDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Rubric load() {
        return RubricTexts.read(SoftwareIsacSheet.structure(), Locale.JAPANESE, RESOURCE,
                JapaneseRubricProvider.class.getResourceAsStream(RESOURCE));
    }
}
