package org.psirtmaturity.cisoassistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.rubric.Rubrics;

/** The checks of {@link ImporterRules} catch what the importer would reject, so that its silence means something. */
class ImporterRulesTest {

    private static final String YAML = CisoAssistantLibrary.toYaml(Rubrics.installed().forLocale(Locale.JAPANESE),
            Rubrics.installed().forLocale(Locale.ENGLISH));

    @Test
    void unquotedRefId_readsAsANumber_andIsReported() {
        String unquoted = YAML.replace("ref_id: \"2.1\"\n", "ref_id: 2.1\n");
        assertThat(unquoted).isNotEqualTo(YAML);
        Map<String, Object> doc = ImporterRules.parse(unquoted);
        assertThat(ImporterRules.check(doc)).containsExactly("framework.requirement_nodes[9].ref_id: expected a string, got Double 2.1");
    }

    @Test
    void missingRequiredField_isReported() {
        assertThat(broken(lib -> lib.remove("version"))).contains("library: missing field version", "library.version: expected an integer, got null");
        assertThat(broken(lib -> lib.put("version", "1"))).containsExactly("library.version: expected an integer, got 1");
        assertThat(broken(lib -> nodes(lib).get(1).remove("urn"))).containsExactly("framework.requirement_nodes[1]: missing field urn");
    }

    @Test
    void badUrns_areReported() {
        assertThat(broken(lib -> lib.put("urn", "psirt-library"))).containsExactly("library.urn: badly formatted: psirt-library");
        assertThat(broken(lib -> nodes(lib).get(2).put("urn", nodes(lib).get(1).get("urn"))))
                .contains("framework.requirement_nodes[2].urn: already used: urn:psirtmaturity:risk:req_node:sisac-psirt-maturity-sheet-1.0:1.1");
    }

    @Test
    void unresolvedParentOrWrongDepth_isReported() {
        assertThat(broken(lib -> nodes(lib).remove(0))).first().asString()
                .startsWith("framework.requirement_nodes[0].parent_urn: does not resolve to an earlier node");
        assertThat(broken(lib -> nodes(lib).get(1).put("depth", 3)))
                .containsExactly("framework.requirement_nodes[1].depth: expected the parent's depth + 1 = 2, got 3");
        assertThat(broken(lib -> nodes(lib).get(0).put("depth", 2)))
                .contains("framework.requirement_nodes[0].depth: a node without parent has depth 1, got 2");
    }

    @Test
    void alternativeThatMissesAScore_orDoesNotExist_isReported() {
        assertThat(broken(lib -> alternative(lib, "levels-2.1").remove(5)))
                .containsExactly("framework.requirement_nodes[9].scores_definition_ref: alternative 'levels-2.1' does not cover score 5");
        assertThat(broken(lib -> nodes(lib).get(9).put("scores_definition_ref", "levels-9.9")))
                .containsExactly("framework.requirement_nodes[9].scores_definition_ref: 'levels-9.9' does not exist in the framework's alternatives");
    }

    @Test
    void badScoreRange_isReported() {
        assertThat(broken(lib -> framework(lib).put("max_score", 0)))
                .contains("framework: minimum score must be less than maximum score and equal or greater than 0");
    }

    @Test
    void untranslatedField_thatIsNotAString_isReported() {
        assertThat(broken(lib -> ImporterRules.cast(ImporterRules.cast(lib.get("translations")).get("en")).put("name", 3)))
                .containsExactly("library.translations.en.name: expected a string, got 3");
    }

    private static List<String> broken(Consumer<Map<String, Object>> mutation) {
        Map<String, Object> doc = ImporterRules.parse(YAML);
        assertThat(ImporterRules.check(doc)).isEmpty();
        mutation.accept(doc);
        return ImporterRules.check(doc);
    }

    private static Map<String, Object> framework(Map<String, Object> lib) {
        return ImporterRules.cast(ImporterRules.cast(lib.get("objects")).get("framework"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Map<String, Object> lib) {
        return (List<Map<String, Object>>) framework(lib).get("requirement_nodes");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> alternative(Map<String, Object> lib, String key) {
        Map<String, Object> sd = ImporterRules.cast(framework(lib).get("scores_definition"));
        return (List<Map<String, Object>>) ImporterRules.cast(sd.get("alternatives")).get(key);
    }
}
