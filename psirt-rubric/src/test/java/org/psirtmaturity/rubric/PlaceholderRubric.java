package org.psirtmaturity.rubric;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.FrameworkStructure;
import org.psirtmaturity.model.structure.LevelStructure;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.model.structure.TextKeys;
import org.psirtmaturity.rubric.spi.RubricProvider;
import org.psirtmaturity.rubric.spi.RubricTexts;

/** Test fixtures: texts that fit the sheet's structure, as a map, as JSON and as a provider. */
final class PlaceholderRubric {

    static final RubricStructure SHEET = SoftwareIsacSheet.structure();

    private PlaceholderRubric() {
    }

    static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : SHEET.textKeys()) {
            texts.put(key, "text of " + key);
        }
        for (FrameworkStructure f : SHEET.frameworks()) {
            for (LevelStructure l : f.levels()) {
                if (l.defined()) {
                    StringBuilder sb = new StringBuilder("level " + l.level());
                    l.citations().forEach(c -> sb.append(' ').append(c));
                    texts.put(TextKeys.level(f.id(), l.level()), sb.toString());
                }
            }
        }
        return texts;
    }

    static String json(String locale, Map<String, String> texts) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"format\": \"psirt-rubric-texts/1\",\n  \"rubric\": \"").append(SHEET.id())
                .append("\",\n  \"edition\": \"").append(SHEET.edition()).append("\",\n  \"locale\": \"").append(locale)
                .append("\",\n  \"texts\": {\n");
        int i = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            sb.append("    \"").append(e.getKey()).append("\": \"").append(e.getValue()).append('"')
                    .append(++i < texts.size() ? ",\n" : "\n");
        }
        return sb.append("  }\n}\n").toString();
    }

    static Rubric read(Locale locale, String json) {
        return RubricTexts.read(SHEET, locale, "test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static RubricProvider provider(Locale locale) {
        return new RubricProvider() {
            @Override
            public RubricDescriptor descriptor() {
                return new RubricDescriptor(SHEET.id(), SHEET.edition(), locale);
            }

            @Override
            public Rubric load() {
                return read(locale, json(locale.toLanguageTag(), texts()));
            }
        };
    }
}
