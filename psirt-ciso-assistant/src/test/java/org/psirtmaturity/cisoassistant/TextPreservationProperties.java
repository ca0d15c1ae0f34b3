package org.psirtmaturity.cisoassistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;

/**
 * Texts come back from the YAML exactly as the rubric gives them, and as strings, whatever they hold:
 * words YAML 1.1 reads as booleans, nulls, numbers, dates or sexagesimals, YAML indicators, line breaks,
 * leading and trailing spaces, controls, astral characters, Japanese.
 */
class TextPreservationProperties {

    private static final Rubric JA = Rubrics.installed().forLocale(Locale.JAPANESE);
    private static final Rubric EN = Rubrics.installed().forLocale(Locale.ENGLISH);
    /** The texts that are free of the structure's citation rules, where the property puts its texts. */
    private static final List<String> KEYS = List.of("rubric.title", "area.2.title", "framework.2.1.title", "framework.2.1.objective",
            "framework.4.1.note.1", "framework.6.3.objective");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> yamlish = Arbitraries.of("yes", "No", "ON", "off", "y", "n", "true", "False", "null", "~", "Null", "2.1", "1", "-1",
                "0x1F", "0o17", "017", "1_000", "1e3", ".5", ".inf", "-.Inf", ".NaN", "1:20", "190:20:30", "2019-01-01",
                "2019-01-01 10:00:00", "<<", "=", "!", "&", "*", "- a", "? b", ": c", "a: b", "a #b", "#c", "&anchor", "*alias", "!tag", "%YAML", "@", "`",
                "|", ">", "'", "\"", "[x]", "{y: z}", ",", "---", "...", "\\", "\t", " ", "  ", "\n", "\n\n", "\r\n", "「─」", "※対象外",
                "レベル 0", "[2.1.1.1]");
        Arbitrary<String> chars = Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                        Tuple.of(1, Arbitraries.integers().between(0, 0x1F)),
                        Tuple.of(1, Arbitraries.of(0x7F, 0x85, 0xA0, 0x200B, 0x202E, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0x3000, 0xFF12)),
                        Tuple.of(3, Arbitraries.integers().between(0x3040, 0x9FFF)),
                        Tuple.of(1, Arbitraries.integers().between(0xE000, 0x10FFFF)))
                .list().ofMaxSize(12).map(cps -> {
                    StringBuilder sb = new StringBuilder();
                    cps.forEach(sb::appendCodePoint);
                    return sb.toString();
                });
        return Arbitraries.oneOf(yamlish, chars).list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts))
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 60)
    void texts_comeBackExactly_asStrings(@ForAll("texts") String a, @ForAll("texts") String b, @ForAll("texts") String c) {
        Map<String, String> texts = new HashMap<>();
        JA.structure().textKeys().forEach(k -> texts.put(k, JA.text(k).orElseThrow()));
        List<String> chosen = List.of(a, b, c, a + "\n" + b, c + b, b);
        for (int i = 0; i < KEYS.size(); i++) {
            texts.put(KEYS.get(i), chosen.get(i));
        }
        Rubric rubric = Rubric.assemble(JA.structure(), Locale.JAPANESE, texts);

        Map<String, Object> lib = ImporterRules.parse(CisoAssistantLibrary.toYaml(rubric, EN));
        Map<String, Object> fw = ImporterRules.cast(ImporterRules.cast(lib.get("objects")).get("framework"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) fw.get("requirement_nodes");
        Map<String, Object> area2 = nodes.stream().filter(n -> "2".equals(n.get("ref_id"))).findFirst().orElseThrow();
        Map<String, Object> n21 = nodes.stream().filter(n -> "2.1".equals(n.get("ref_id"))).findFirst().orElseThrow();
        Map<String, Object> n41 = nodes.stream().filter(n -> "4.1".equals(n.get("ref_id"))).findFirst().orElseThrow();
        Map<String, Object> n63 = nodes.stream().filter(n -> "6.3".equals(n.get("ref_id"))).findFirst().orElseThrow();

        assertThat(lib.get("name")).isEqualTo(a);
        assertThat(fw.get("name")).isEqualTo(a);
        assertThat(area2.get("name")).isEqualTo(b);
        assertThat(n21.get("name")).isEqualTo(c);
        assertThat(n21.get("description")).isEqualTo(a + "\n" + b);
        assertThat(n41.get("annotation")).isEqualTo(c + b);
        assertThat(n63.get("description")).isEqualTo(b);
        assertThat(n21.get("ref_id")).isEqualTo("2.1");
    }
}
