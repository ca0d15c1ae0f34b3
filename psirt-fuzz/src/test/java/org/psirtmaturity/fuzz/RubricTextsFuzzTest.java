package org.psirtmaturity.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.rubric.spi.RubricTexts;

/**
 * Fuzz target for rubric texts from untrusted bytes, read with the sheet's structure. The only
 * documented outcomes are a {@link Rubric} and {@link InvalidRubricException} with at least one
 * problem; a rubric that loads is written out again and reloads equal, with the same digest.
 */
class RubricTextsFuzzTest {

    private static final RubricStructure SHEET = SoftwareIsacSheet.structure();
    private static final JsonFactory JSON = new JsonFactory();

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"format\"", "\"psirt-rubric-texts/1\"", "\"rubric\"", "\"sisac-psirt-maturity-sheet\"", "\"edition\"",
            "\"1.0\"", "\"locale\"", "\"ja\"", "\"en\"", "\"texts\"", "\"rubric.title\"", "\"area.1.title\"", "\"framework.2.1.title\"",
            "\"framework.2.1.objective\"", "\"framework.2.1.level.0\"", "\"framework.4.4.level.0\"", "\"framework.2.1.note.1\"",
            "[2.1.1.1]", "[3.3.1-5]", "[3.1.1-3.1.2]", "\\uD800", "\uFEFF"})
    void loadRubricTexts(byte[] input) {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            Rubric rubric;
            try {
                rubric = RubricTexts.read(SHEET, locale, "fuzz.json", new ByteArrayInputStream(input));
            } catch (InvalidRubricException e) {
                assertFalse(e.problems().isEmpty());
                Invariants.wellFormed(e.problems(), false);
                continue;
            }
            assertEquals(locale, rubric.locale());
            assertEquals(SHEET.frameworks().size(), rubric.frameworks().size());
            Rubric again = RubricTexts.read(SHEET, locale, "again.json", new ByteArrayInputStream(write(rubric)));
            assertEquals(rubric, again);
            assertEquals(rubric.contentDigest(), again.contentDigest());
        }
    }

    /** The rubric's texts in the resource format, every key of the structure in order. */
    private static byte[] write(Rubric rubric) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", RubricTexts.FORMAT);
            g.writeStringField("rubric", rubric.id());
            g.writeStringField("edition", rubric.edition());
            g.writeStringField("locale", rubric.locale().toLanguageTag());
            g.writeObjectFieldStart("texts");
            for (String key : SHEET.textKeys()) {
                g.writeStringField(key, rubric.text(key).orElseThrow());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
