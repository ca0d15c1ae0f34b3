package org.psirtmaturity.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.Citation;

class StandardContentTest {

    private static JsonNode standard(Rubric rubric) {
        JsonNode bom = Boms.tree(CycloneDx.writeStandard(rubric));
        assertThat(bom.path("definitions").path("standards")).hasSize(1);
        assertThat(bom.has("declarations")).isFalse();
        return bom.path("definitions").path("standards").get(0);
    }

    private static Map<String, JsonNode> requirements(JsonNode standard) {
        Map<String, JsonNode> byRef = new HashMap<>();
        standard.path("requirements").forEach(r -> byRef.put(r.get("bom-ref").textValue(), r));
        return byRef;
    }

    private static List<String> properties(JsonNode node, String name) {
        List<String> values = new ArrayList<>();
        node.path("properties").forEach(p -> {
            if (p.get("name").textValue().equals(name)) {
                values.add(p.get("value").textValue());
            }
        });
        return values;
    }

    @Test
    void standard_namesTheRubricEditionAndPublisher() {
        JsonNode s = standard(Fixtures.ENGLISH);
        assertThat(s.get("bom-ref").textValue()).isEqualTo("sisac-psirt-maturity-sheet-1.0");
        assertThat(s.get("name").textValue()).isEqualTo(Fixtures.ENGLISH.title());
        assertThat(s.get("version").textValue()).isEqualTo("1.0");
        assertThat(s.get("owner").textValue()).isEqualTo("Software ISAC");
        assertThat(s.get("description").textValue()).contains("Software ISAC", "2019", "28 frameworks", "0 to 5");
        assertThat(s.path("externalReferences").get(0).get("url").textValue()).isEqualTo("https://www.first.org/standards/frameworks/psirts/");
        JsonNode ja = standard(Fixtures.JAPANESE);
        assertThat(ja.get("name").textValue()).isEqualTo(Fixtures.JAPANESE.title()).contains("成熟度シート");
        assertThat(ja.get("description").textValue()).contains("28 のフレームワーク");
    }

    @Test
    void requirements_areAreasFrameworksAndLevels_inRubricOrder() {
        for (Rubric rubric : Fixtures.BOTH) {
            JsonNode s = standard(rubric);
            assertThat(s.path("requirements")).hasSize(6 + 28 + 28 * 6);
            Map<String, JsonNode> byRef = requirements(s);
            BomRefs refs = BomRefs.of(rubric);
            for (Framework f : rubric.frameworks()) {
                JsonNode fr = byRef.get(refs.framework(f.id()));
                assertThat(fr.get("identifier").textValue()).isEqualTo(f.id().toString());
                assertThat(fr.get("title").textValue()).isEqualTo(f.title());
                assertThat(fr.get("text").textValue()).isEqualTo(f.objective());
                assertThat(fr.get("parent").textValue()).isEqualTo(refs.area(f.id().area()));
                for (RubricLevel level : f.levels()) {
                    JsonNode lr = byRef.get(refs.level(f.id(), level.level()));
                    assertThat(lr.get("parent").textValue()).isEqualTo(refs.framework(f.id()));
                    assertThat(lr.get("identifier").textValue()).isEqualTo(f.id() + "-L" + level.level());
                    level.description().ifPresent(d -> assertThat(lr.get("text").textValue()).isEqualTo(d));
                    assertThat(properties(lr, "psirtmaturity:first-citation"))
                            .containsExactlyElementsOf(level.citations().stream().map(Citation::text).toList());
                }
            }
            JsonNode area = byRef.get(refs.area(2));
            assertThat(area.get("identifier").textValue()).isEqualTo("2");
            assertThat(area.get("title").textValue()).isEqualTo(rubric.area(2).orElseThrow().title());
            assertThat(area.has("parent")).isFalse();
        }
    }

    @Test
    void bomRefs_areSharedByBothLanguages() {
        List<String> ja = Boms.definedRefs(Boms.tree(CycloneDx.writeStandard(Fixtures.JAPANESE)));
        List<String> en = Boms.definedRefs(Boms.tree(CycloneDx.writeStandard(Fixtures.ENGLISH)));
        assertThat(ja).isEqualTo(en).contains("sisac-psirt-maturity-sheet-1.0/2.1/level-3", "sisac-psirt-maturity-sheet-1.0/level-3");
    }

    @Test
    void levels_listTheDefinedLevelRequirementsOfEachLevel() {
        Rubric rubric = Fixtures.JAPANESE;
        JsonNode levels = standard(rubric).path("levels");
        assertThat(levels).hasSize(6);
        for (int n = 0; n <= 5; n++) {
            JsonNode level = levels.get(n);
            int l = n;
            assertThat(level.get("identifier").textValue()).isEqualTo(String.valueOf(n));
            assertThat(level.get("title").textValue()).isEqualTo("成熟度レベル " + n);
            List<String> expected = rubric.frameworks().stream().filter(f -> f.level(l).isDefined())
                    .map(f -> BomRefs.of(rubric).level(f.id(), l)).toList();
            List<String> listed = new ArrayList<>();
            level.path("requirements").forEach(r -> listed.add(r.textValue()));
            assertThat(listed).isEqualTo(expected).isNotEmpty();
        }
    }

    @Test
    void undefinedLevels_andTheOutOfScopeFramework_areSaidPlainly() {
        Map<String, JsonNode> en = requirements(standard(Fixtures.ENGLISH));
        JsonNode fw63 = en.get("sisac-psirt-maturity-sheet-1.0/6.3");
        assertThat(properties(fw63, "psirtmaturity:out-of-scope")).containsExactly("true");
        assertThat(fw63.get("descriptions").get(0).textValue()).contains("out of scope", "※対象外");
        JsonNode level63 = en.get("sisac-psirt-maturity-sheet-1.0/6.3/level-2");
        assertThat(level63.get("text").textValue()).contains("out of scope", "level 2 is undefined");
        assertThat(properties(level63, "psirtmaturity:level-defined")).containsExactly("false");

        JsonNode level44 = en.get("sisac-psirt-maturity-sheet-1.0/4.4/level-0");
        assertThat(level44.get("text").textValue()).isEqualTo("The sheet leaves level 0 of framework 4.4 undefined: its cell holds only 「─」.");
        assertThat(properties(level44, "psirtmaturity:level-defined")).containsExactly("false");
        assertThat(properties(en.get("sisac-psirt-maturity-sheet-1.0/4.4"), "psirtmaturity:out-of-scope")).isEmpty();

        Map<String, JsonNode> ja = requirements(standard(Fixtures.JAPANESE));
        assertThat(ja.get("sisac-psirt-maturity-sheet-1.0/4.4/level-0").get("text").textValue())
                .isEqualTo("シートはフレームワーク 4.4 のレベル 0 を定義していない（欄は「─」のみ）。");

        long undefined = en.values().stream().filter(r -> properties(r, "psirtmaturity:level-defined").contains("false")).count();
        long expected = Fixtures.ENGLISH.frameworks().stream().flatMap(f -> f.levels().stream()).filter(l -> !l.isDefined()).count();
        assertThat(undefined).isEqualTo(expected).isGreaterThan(6);
        assertThat(Fixtures.ENGLISH.frameworks().stream().filter(f -> !f.outOfScope() && f.levels().stream().anyMatch(l -> !l.isDefined()))
                .map(f -> f.id().toString())).containsExactlyInAnyOrderElementsOf(Fixtures.WITH_UNDEFINED_LEVELS);
    }

    @Test
    void frameworkNotes_areDescriptions() {
        Rubric rubric = Fixtures.JAPANESE;
        Framework withNotes = rubric.frameworks().stream().filter(f -> !f.notes().isEmpty()).findFirst().orElseThrow();
        JsonNode fr = requirements(standard(rubric)).get(BomRefs.of(rubric).framework(withNotes.id()));
        List<String> descriptions = new ArrayList<>();
        fr.path("descriptions").forEach(d -> descriptions.add(d.textValue()));
        assertThat(descriptions).isEqualTo(withNotes.notes());
    }

    @Test
    void bom_namesTheRubricInItsProperties_andHasNoTimestamp() {
        JsonNode bom = Boms.tree(CycloneDx.writeStandard(Fixtures.JAPANESE));
        assertThat(properties(bom, "psirtmaturity:rubric:id")).containsExactly("sisac-psirt-maturity-sheet");
        assertThat(properties(bom, "psirtmaturity:rubric:edition")).containsExactly("1.0");
        assertThat(properties(bom, "psirtmaturity:rubric:language")).containsExactly("ja");
        assertThat(bom.path("metadata").has("timestamp")).isFalse();
        assertThat(bom.get("specVersion").textValue()).isEqualTo("1.6");
    }
}
