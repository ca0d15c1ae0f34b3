package org.psirtmaturity.cisoassistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.rubric.Rubrics;

class CisoAssistantLibraryTest {

    private static final Rubrics RUBRICS = Rubrics.installed();
    private static final Rubric JA = RUBRICS.forLocale(Locale.JAPANESE);
    private static final Rubric EN = RUBRICS.forLocale(Locale.ENGLISH);
    private static final String SLUG = "sisac-psirt-maturity-sheet-1.0";
    private static final String NODE = "urn:psirtmaturity:risk:req_node:" + SLUG + ":";

    private static final String JA_EN = CisoAssistantLibrary.toYaml(JA, EN);
    private static final String EN_JA = CisoAssistantLibrary.toYaml(EN, JA);
    private static final String JA_ONLY = CisoAssistantLibrary.toYaml(JA);
    private static final String EN_ONLY = CisoAssistantLibrary.toYaml(EN);

    @Test
    void everyVariant_passesTheImportersRules() {
        for (String yaml : List.of(JA_EN, EN_JA, JA_ONLY, EN_ONLY)) {
            assertThat(ImporterRules.check(ImporterRules.parse(yaml))).isEmpty();
        }
    }

    @Test
    void library_carriesItsMetadata() {
        Map<String, Object> lib = ImporterRules.parse(JA_EN);
        assertThat(lib.get("urn")).isEqualTo("urn:psirtmaturity:risk:library:" + SLUG).isEqualTo(CisoAssistantLibrary.libraryUrn(JA));
        assertThat(lib.get("ref_id")).isEqualTo(SLUG);
        assertThat(lib.get("locale")).isEqualTo("ja");
        assertThat(lib.get("version")).isEqualTo(CisoAssistantLibrary.LIBRARY_VERSION).isEqualTo(1);
        assertThat(lib.get("name")).isEqualTo(JA.title());
        assertThat(lib.get("provider")).isEqualTo("Software ISAC");
        assertThat(lib.get("packager")).isEqualTo("PSIRT Maturity SDK");
        assertThat((String) lib.get("copyright")).contains(
                "「PSIRT Services Framework Ver 1.0 Draft に基づくプロダクト脆弱性対策・対応成熟度シート」", "Software ISAC", "2019",
                "英語訳: PSIRT Maturity SDK プロジェクト");
        assertThat((String) lib.get("description")).contains("28 のフレームワーク", "2.5〜3.0", "対象外のフレームワーク: 6.3");
        Map<String, Object> en = translation(lib, "en");
        assertThat(en.get("name")).isEqualTo(EN.title());
        assertThat((String) en.get("description")).contains("28 frameworks in 6 service areas", "2.5 to 3.0", "framework 6.3");
    }

    @Test
    void copyright_namesTheSourceAndTheTranslationOnlyWhenEnglishIsIncluded() {
        String english = "「PSIRT Services Framework Ver 1.0 Draft に基づくプロダクト脆弱性対策・対応成熟度シート」, Software ISAC, 2019. "
                + "English translation by the PSIRT Maturity SDK project.";
        assertThat(ImporterRules.parse(EN_JA).get("copyright")).isEqualTo(english);
        assertThat(ImporterRules.parse(EN_ONLY).get("copyright")).isEqualTo(english);
        assertThat((String) ImporterRules.parse(JA_ONLY).get("copyright"))
                .isEqualTo("Software ISAC「PSIRT Services Framework Ver 1.0 Draft に基づくプロダクト脆弱性対策・対応成熟度シート」（2019年）。");
    }

    @Test
    void framework_isScoredZeroToFive_withTheSixLevelsNamed() {
        Map<String, Object> fw = framework(JA_EN);
        assertThat(fw.get("urn")).isEqualTo("urn:psirtmaturity:risk:framework:" + SLUG).isEqualTo(CisoAssistantLibrary.frameworkUrn(EN));
        assertThat(fw.get("ref_id")).isEqualTo(SLUG);
        assertThat(fw.get("name")).isEqualTo(JA.title());
        assertThat(fw.get("min_score")).isEqualTo(0);
        assertThat(fw.get("max_score")).isEqualTo(5);
        List<Map<String, Object>> scale = list(ImporterRules.cast(fw.get("scores_definition")).get("scale"));
        assertThat(scale).extracting(e -> e.get("score")).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(scale).extracting(e -> e.get("name")).containsExactly("レベル 0", "レベル 1", "レベル 2", "レベル 3", "レベル 4", "レベル 5");
        assertThat(scale).extracting(e -> translation(e, "en").get("name"))
                .containsExactly("Level 0", "Level 1", "Level 2", "Level 3", "Level 4", "Level 5");
        assertThat(translation(fw, "en").get("name")).isEqualTo(EN.title());
    }

    @Test
    void nodes_areTheSixAreasThenTheirFrameworks_inRubricOrder() {
        List<Map<String, Object>> nodes = nodes(JA_EN);
        List<String> expected = new ArrayList<>();
        for (ServiceArea area : JA.areas()) {
            expected.add(Integer.toString(area.number()));
            area.frameworks().forEach(f -> expected.add(f.id().toString()));
        }
        assertThat(nodes).extracting(n -> n.get("ref_id")).containsExactlyElementsOf(expected);
        assertThat(nodes).hasSize(6 + 28);
        assertThat(nodes).filteredOn(n -> n.get("assessable").equals(false)).hasSize(6)
                .allSatisfy(n -> assertThat(n).containsEntry("depth", 1).doesNotContainKey("parent_urn").doesNotContainKey("scores_definition_ref"));
        assertThat(nodes).filteredOn(n -> n.get("assessable").equals(true)).hasSize(28)
                .allSatisfy(n -> assertThat(n).containsEntry("depth", 2).containsEntry("parent_urn", NODE + ((String) n.get("ref_id")).split("\\.")[0]));
    }

    @Test
    void refIds_stayStrings_evenWhereYamlWouldReadANumber() {
        for (String yaml : List.of(JA_EN, EN_JA)) {
            assertThat(nodes(yaml)).extracting(n -> n.get("ref_id")).allSatisfy(r -> assertThat(r).isInstanceOf(String.class));
            assertThat(yaml).contains("ref_id: \"2.1\"\n", "ref_id: \"1\"\n").doesNotContain("ref_id: 2.1\n");
        }
        Map<String, Object> n21 = node(JA_EN, "2.1");
        assertThat(n21.get("ref_id")).isEqualTo("2.1");
        assertThat(n21.get("urn")).isEqualTo(NODE + "2.1").isEqualTo(CisoAssistantLibrary.requirementUrn(JA, FrameworkId.parse("2.1")));
        assertThat(node(JA_EN, "2").get("urn")).isEqualTo(NODE + "2").isEqualTo(CisoAssistantLibrary.areaUrn(JA, 2));
    }

    @Test
    void everyScalar_readsBackWithTheTypeItWasWritten() {
        // YAML 1.1 (PyYAML) reads yes/no/on/off, 1_000, 1:20, 2019-01-01 ... as other types: only the
        // fields meant to be numbers or booleans may come back as such.
        for (String yaml : List.of(JA_EN, EN_JA)) {
            Set<String> nonStrings = new TreeSet<>();
            walk(ImporterRules.parse(yaml), "", (key, value) -> {
                if (!(value instanceof String)) {
                    nonStrings.add(key + ":" + value.getClass().getSimpleName());
                }
            });
            assertThat(nonStrings).containsExactlyInAnyOrder("version:Integer", "min_score:Integer", "max_score:Integer", "score:Integer",
                    "depth:Integer", "assessable:Boolean");
        }
    }

    @Test
    void frameworkNodes_carryTitleObjectiveAndNotes_inBothLanguages() {
        for (Framework f : JA.frameworks()) {
            Framework e = EN.framework(f.id()).orElseThrow();
            Map<String, Object> node = node(JA_EN, f.id().toString());
            assertThat(node.get("name")).isEqualTo(f.title());
            assertThat(node.get("description")).isEqualTo(f.objective());
            Map<String, Object> en = translation(node, "en");
            assertThat(en.get("name")).isEqualTo(e.title());
            assertThat(en.get("description")).isEqualTo(e.objective());
            if (f.notes().isEmpty() && !f.outOfScope()) {
                assertThat(node).doesNotContainKey("annotation");
                assertThat(en).doesNotContainKey("annotation");
            } else {
                assertThat(((String) node.get("annotation")).lines().toList()).endsWith(f.notes().toArray(String[]::new));
                assertThat(((String) en.get("annotation")).lines().toList()).endsWith(e.notes().toArray(String[]::new));
            }
        }
        assertThat((String) node(JA_EN, "4.1").get("annotation")).startsWith("RPM");
        for (ServiceArea area : EN.areas()) {
            Map<String, Object> node = node(EN_JA, Integer.toString(area.number()));
            assertThat(node.get("name")).isEqualTo(area.title());
            assertThat(translation(node, "ja").get("name")).isEqualTo(JA.area(area.number()).orElseThrow().title());
        }
    }

    @Test
    void levelTexts_areEachFrameworksOwnAlternative_coveringZeroToFive() {
        Map<String, Object> alternatives = alternatives(JA_EN);
        assertThat(alternatives).hasSize(28);
        for (Framework f : JA.frameworks()) {
            String key = (String) node(JA_EN, f.id().toString()).get("scores_definition_ref");
            assertThat(key).isEqualTo("levels-" + f.id());
            List<Map<String, Object>> entries = list(alternatives.get(key));
            assertThat(entries).extracting(e -> e.get("score")).containsExactly(0, 1, 2, 3, 4, 5);
            assertThat(entries).extracting(e -> e.get("name")).containsExactly("レベル 0", "レベル 1", "レベル 2", "レベル 3", "レベル 4", "レベル 5");
            assertThat(entries).allSatisfy(e -> assertThat((String) e.get("description")).isNotBlank());
            if (f.outOfScope()) {
                continue;
            }
            Framework e = EN.framework(f.id()).orElseThrow();
            for (RubricLevel level : f.levels()) {
                Map<String, Object> entry = entries.get(level.level());
                if (level.isDefined()) {
                    assertThat(entry.get("description")).isEqualTo(level.description().orElseThrow());
                    assertThat(translation(entry, "en").get("description")).isEqualTo(e.level(level.level()).description().orElseThrow());
                } else {
                    assertThat(entry.get("description"))
                            .isEqualTo("未定義: シートはこのフレームワークのレベル " + level.level() + " を定義していない（セルは「─」のみ）。");
                    assertThat(translation(entry, "en").get("description")).isEqualTo(
                            "Undefined: the sheet does not define level " + level.level() + " of this framework (its cell holds only 「─」).");
                }
            }
        }
    }

    @Test
    void undefinedLevels_ofTheSheet_allSaySo() {
        int undefined = 0;
        Map<String, Object> alternatives = alternatives(EN_JA);
        for (Framework f : EN.frameworks()) {
            for (RubricLevel level : f.levels()) {
                if (!f.outOfScope() && !level.isDefined()) {
                    undefined++;
                    assertThat((String) list(alternatives.get("levels-" + f.id())).get(level.level()).get("description")).startsWith("Undefined:");
                }
            }
        }
        assertThat(undefined).as("the sheet leaves some levels 「─」").isPositive();
    }

    @Test
    void framework63_saysPlainlyItIsOutOfScope() {
        assertThat(JA.framework(FrameworkId.parse("6.3")).orElseThrow().outOfScope()).isTrue();
        Map<String, Object> node = node(JA_EN, "6.3");
        assertThat(node).containsEntry("assessable", true).containsEntry("name", "診断チームのトレーニング");
        assertThat((String) node.get("annotation")).startsWith("対象外: シートはこのフレームワークを「※対象外」としている。");
        assertThat((String) translation(node, "en").get("annotation")).startsWith("Out of scope: the sheet marks this framework out of scope");
        List<Map<String, Object>> entries = list(alternatives(JA_EN).get("levels-6.3"));
        assertThat(entries).hasSize(6).allSatisfy(e -> {
            assertThat((String) e.get("description")).startsWith("対象外:").contains("採点せず");
            assertThat((String) translation(e, "en").get("description")).startsWith("Out of scope:").contains("Do not score it");
        });
    }

    @Test
    void englishPrimary_isAnEnglishLibrary_withJapaneseTranslations() {
        Map<String, Object> lib = ImporterRules.parse(EN_JA);
        assertThat(lib.get("locale")).isEqualTo("en");
        assertThat(lib.get("name")).isEqualTo(EN.title());
        assertThat(translation(lib, "ja").get("name")).isEqualTo(JA.title());
        Map<String, Object> n21 = node(EN_JA, "2.1");
        assertThat(n21.get("name")).isEqualTo("Intake of Vulnerability Reports");
        assertThat(translation(n21, "ja").get("name")).isEqualTo("脆弱性報告の受付");
        assertThat(list(alternatives(EN_JA).get("levels-2.1")).get(5).get("description"))
                .isEqualTo(EN.level(FrameworkId.parse("2.1"), 5).orElseThrow().description().orElseThrow());
    }

    @Test
    void withoutTranslation_nothingIsTranslated() {
        assertThat(keys(ImporterRules.parse(JA_ONLY))).doesNotContain("translations").contains("scores_definition_ref", "annotation");
        assertThat(keys(ImporterRules.parse(JA_EN))).contains("translations");
    }

    @Test
    void output_isDeterministic_andTheStreamGetsTheSameBytes() throws IOException {
        Rubric freshJa = Rubrics.installed().forLocale(Locale.JAPANESE);
        Rubric freshEn = Rubrics.installed().forLocale(Locale.ENGLISH);
        assertThat(CisoAssistantLibrary.toYaml(freshJa, freshEn)).isEqualTo(JA_EN);
        assertThat(CisoAssistantLibrary.toYaml(JA, Optional.of(EN))).isEqualTo(JA_EN);
        assertThat(CisoAssistantLibrary.toYaml(JA, Optional.empty())).isEqualTo(JA_ONLY);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CisoAssistantLibrary.write(JA, EN, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JA_EN);
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        CisoAssistantLibrary.write(EN, single);
        assertThat(single.toString(StandardCharsets.UTF_8)).isEqualTo(EN_ONLY);
    }

    @Test
    void write_flushesButDoesNotCloseTheCallersStream() throws IOException {
        boolean[] closed = {false};
        int[] flushed = {0};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }

            @Override
            public void flush() {
                flushed[0]++;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        CisoAssistantLibrary.write(JA, Optional.of(EN), out);
        assertThat(closed[0]).isFalse();
        assertThat(flushed[0]).isPositive();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(JA_EN);
    }

    @Test
    void output_isPlainUtf8Yaml_withUnixLineEnds_andEveryStringDoubleQuoted() {
        assertThat(JA_EN).startsWith("urn: \"urn:psirtmaturity:risk:library:" + SLUG + "\"\n").doesNotContain("\r").doesNotStartWith("---");
        assertThat(JA_EN).contains("name: \"PSIRT Services Framework Ver 1.0 Draft に基づくプロダクト脆弱性対策・対応成熟度シート\"\n");
        assertThat(JA_EN).doesNotContain("\\u").as("no escaped characters");
        // Texts with line breaks are double-quoted with \n escapes too: a literal block (|-) does not keep a
        // text that starts with an empty line (Jackson's YAML generator doubles it; TextPreservationProperties).
        assertThat(JA_EN).doesNotContain(": |").contains("\\n");
    }

    @Test
    void translation_mustBeTheSameRubricInAnotherLanguage() {
        assertThatThrownBy(() -> CisoAssistantLibrary.toYaml(JA, JA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has the primary rubric's language ja");
        Rubric otherEdition = withEdition(EN, "2.0");
        assertThatThrownBy(() -> CisoAssistantLibrary.toYaml(JA, otherEdition))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected the same rubric id, edition and structure");
    }

    @Test
    void editionThatCannotFormAUrn_isRejected() {
        Rubric spaced = withEdition(JA, "1.0 draft");
        assertThatThrownBy(() -> CisoAssistantLibrary.toYaml(spaced))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"1.0 draft\"").hasMessageContaining("cannot form a CISO Assistant URN");
        assertThat(CisoAssistantLibrary.libraryUrn(withEdition(JA, "1.0-RC1"))).isEqualTo("urn:psirtmaturity:risk:library:sisac-psirt-maturity-sheet-1.0-rc1");
    }

    @Test
    void rubricWithoutLanguage_isRejected() {
        Rubric root = Rubric.assemble(JA.structure(), Locale.ROOT, texts(JA));
        assertThatThrownBy(() -> CisoAssistantLibrary.toYaml(root)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no language");
    }

    @Test
    void unknownAreaOrFramework_hasNoUrn() {
        assertThatThrownBy(() -> CisoAssistantLibrary.areaUrn(JA, 7)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no service area 7");
        assertThatThrownBy(() -> CisoAssistantLibrary.requirementUrn(JA, FrameworkId.parse("6.9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no framework 6.9");
    }

    @Test
    void nullArguments_areRejected() {
        assertThatThrownBy(() -> CisoAssistantLibrary.toYaml((Rubric) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CisoAssistantLibrary.toYaml(JA, (Rubric) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CisoAssistantLibrary.toYaml(JA, (Optional<Rubric>) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CisoAssistantLibrary.write(JA, null)).isInstanceOf(NullPointerException.class);
    }

    // ---- helpers

    private static Rubric withEdition(Rubric rubric, String edition) {
        RubricStructure s = rubric.structure();
        RubricStructure other = new RubricStructure(s.id(), edition, s.source(), s.guidance(), s.numbering(), s.areas());
        return Rubric.assemble(other, rubric.locale(), texts(rubric));
    }

    private static Map<String, String> texts(Rubric rubric) {
        Map<String, String> texts = new HashMap<>();
        rubric.structure().textKeys().forEach(k -> texts.put(k, rubric.text(k).orElseThrow()));
        return texts;
    }

    private static Map<String, Object> framework(String yaml) {
        return ImporterRules.cast(ImporterRules.cast(ImporterRules.parse(yaml).get("objects")).get("framework"));
    }

    private static List<Map<String, Object>> nodes(String yaml) {
        return list(framework(yaml).get("requirement_nodes"));
    }

    private static Map<String, Object> node(String yaml, String refId) {
        return nodes(yaml).stream().filter(n -> refId.equals(n.get("ref_id"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> alternatives(String yaml) {
        return ImporterRules.cast(ImporterRules.cast(framework(yaml).get("scores_definition")).get("alternatives"));
    }

    private static Map<String, Object> translation(Map<String, Object> object, String language) {
        return ImporterRules.cast(ImporterRules.cast(object.get("translations")).get(language));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    /** Visits every scalar with the key of the mapping entry it is (or whose list it is in). */
    private static void walk(Object value, String key, BiConsumer<String, Object> visitor) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw new AssertionError("a key that is not a string: " + e.getKey());
                }
                walk(e.getValue(), k, visitor);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(v -> walk(v, key, visitor));
        } else if (value == null) {
            throw new AssertionError("a null under " + key);
        } else {
            visitor.accept(key, value);
        }
    }

    /** Every key of every mapping in a document. */
    private static Set<String> keys(Object value) {
        Set<String> keys = new TreeSet<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                keys.add(String.valueOf(k));
                keys.addAll(keys(v));
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> keys.addAll(keys(v)));
        }
        return keys;
    }
}
