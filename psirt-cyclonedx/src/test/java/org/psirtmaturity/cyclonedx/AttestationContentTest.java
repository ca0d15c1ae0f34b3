package org.psirtmaturity.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The mapping of an assessment onto CycloneDX declarations. */
class AttestationContentTest {

    private final JsonNode bom = Boms.tree(CycloneDx.writeAttestation(Fixtures.full(), Fixtures.ENGLISH));
    private final JsonNode declarations = bom.path("declarations");

    private Map<String, JsonNode> mapByRequirement() {
        Map<String, JsonNode> byRequirement = new HashMap<>();
        declarations.path("attestations").get(0).path("map").forEach(e -> byRequirement.put(e.get("requirement").textValue(), e));
        return byRequirement;
    }

    private Map<String, JsonNode> byRef(String field) {
        Map<String, JsonNode> index = new HashMap<>();
        declarations.path(field).forEach(n -> index.put(n.get("bom-ref").textValue(), n));
        return index;
    }

    @Test
    void scoredFrameworks_conformToLevelDividedByFive_withARationaleNamingTheLevel() {
        Map<String, JsonNode> map = mapByRequirement();
        JsonNode fw21 = map.get("sisac-psirt-maturity-sheet-1.0/2.1");
        assertThat(fw21.path("conformance").get("score").decimalValue()).isEqualByComparingTo(new BigDecimal("0.6"));
        assertThat(fw21.path("conformance").get("rationale").textValue())
                .startsWith("Level 3 of 0 to 5: ").endsWith(Fixtures.ENGLISH.level(org.psirtmaturity.model.FrameworkId.parse("2.1"), 3)
                        .orElseThrow().description().orElseThrow());
        assertThat(map.get("sisac-psirt-maturity-sheet-1.0/1.1").path("conformance").get("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(map.get("sisac-psirt-maturity-sheet-1.0/1.2").path("conformance").get("score").decimalValue()).isEqualByComparingTo("1");
        assertThat(map.get("sisac-psirt-maturity-sheet-1.0/4.4").path("conformance").get("rationale").textValue())
                .isEqualTo("Level 2 of 0 to 5, a level the sheet leaves undefined for this framework.");
        assertThat(fw21.path("claims")).hasSize(1);
        assertThat(fw21.has("confidence")).isFalse();
    }

    @Test
    void excludedFrameworks_haveNoScore_andKeepTheirReason() {
        Map<String, JsonNode> map = mapByRequirement();
        JsonNode fw64 = map.get("sisac-psirt-maturity-sheet-1.0/6.4");
        assertThat(fw64.path("conformance").has("score")).isFalse();
        assertThat(fw64.path("conformance").get("rationale").textValue()).isEqualTo("販売チームがない");
        assertThat(map.get("sisac-psirt-maturity-sheet-1.0/6.5").has("conformance")).isFalse();
        assertThat(byRef("claims").get("assessment/claim/6.4").get("predicate").textValue()).contains("6.4", "excluded");
    }

    @Test
    void unansweredFrameworks_areAbsentFromTheMapAndClaims() {
        assertThat(mapByRequirement()).containsOnlyKeys("sisac-psirt-maturity-sheet-1.0/2.1", "sisac-psirt-maturity-sheet-1.0/1.1",
                "sisac-psirt-maturity-sheet-1.0/1.2", "sisac-psirt-maturity-sheet-1.0/4.4", "sisac-psirt-maturity-sheet-1.0/6.4",
                "sisac-psirt-maturity-sheet-1.0/6.5");
        assertThat(byRef("claims")).doesNotContainKeys("assessment/claim/3.1", "assessment/claim/6.3");
    }

    @Test
    void claims_carryTheNoteAsReasoning_andTheEvidenceReferences() {
        JsonNode claim = byRef("claims").get("assessment/claim/2.1");
        assertThat(claim.get("target").textValue()).isEqualTo(BomRefs.ORGANIZATION);
        assertThat(claim.get("reasoning").textValue()).isEqualTo("受付窓口は Web フォームと PGP 鍵。\n\"引用\" も含む");
        assertThat(claim.get("predicate").textValue()).isEqualTo("The organisation is at maturity level 3 of framework 2.1 “Intake of Vulnerability Reports”.");
        List<String> evidence = new ArrayList<>();
        claim.get("evidence").forEach(e -> evidence.add(byRef("evidence").get(e.textValue()).get("description").textValue()));
        assertThat(evidence).containsExactly("https://example.com/security", "文書 ID: SEC-042");
        assertThat(byRef("claims").get("assessment/claim/1.1").has("reasoning")).isFalse();
    }

    @Test
    void context_isTheTargetTheAssessorAndTheTimestamp() {
        assertThat(declarations.path("targets").path("organizations").get(0).get("name").textValue()).isEqualTo("株式会社サンプル PSIRT");
        assertThat(declarations.path("assessors").get(0).path("organization").get("name").textValue()).isEqualTo("田中 A.");
        assertThat(declarations.path("attestations").get(0).get("assessor").textValue()).isEqualTo(BomRefs.ASSESSOR);
        assertThat(bom.path("metadata").get("timestamp").textValue()).isEqualTo("2026-10-01T00:00:00Z");
        assertThat(declarations.path("attestations").get(0).get("summary").textValue()).endsWith("4 frameworks scored, 2 excluded.");
    }

    @Test
    void withoutContext_thereIsNoTargetAssessorOrTimestamp() {
        JsonNode minimal = Boms.tree(CycloneDx.writeAttestation(Fixtures.minimal(), Fixtures.JAPANESE));
        assertThat(minimal.path("declarations").has("targets")).isFalse();
        assertThat(minimal.path("declarations").has("assessors")).isFalse();
        assertThat(minimal.path("declarations").path("claims").get(0).has("target")).isFalse();
        assertThat(minimal.path("metadata").has("timestamp")).isFalse();
        assertThat(minimal.path("declarations").path("attestations").get(0).get("summary").textValue())
                .isEqualTo(Fixtures.JAPANESE.title() + "（版 1.0）に基づく PSIRT 成熟度評価: 採点 1 フレームワーク、除外 0 フレームワーク。");
    }

    @Test
    void whatCycloneDxHasNoPlaceFor_isInPsirtmaturityProperties() {
        Map<String, List<String>> properties = new HashMap<>();
        bom.path("properties").forEach(p -> properties.computeIfAbsent(p.get("name").textValue(), k -> new ArrayList<>()).add(p.get("value").textValue()));
        assertThat(properties).containsEntry("psirtmaturity:answers", List.of("2.1 1.1 1.2 4.4 6.4 6.5 3.1 6.3"))
                .containsEntry("psirtmaturity:answer:3.1:note", List.of("次回評価予定"))
                .containsEntry("psirtmaturity:answer:3.1:evidence", List.of("ticket GRC-12"))
                .containsEntry("psirtmaturity:foundation:" + Fixtures.FOUNDATION_KEYS.get(0), List.of("true"))
                .containsEntry("psirtmaturity:foundation:" + Fixtures.FOUNDATION_KEYS.get(1), List.of("false"))
                .containsEntry("psirtmaturity:extensions", List.of("{\"x-platform\":{\"ticket\":\"GRC-12\"}}"));
        assertThat(properties.keySet()).allSatisfy(name -> assertThat(name).startsWith("psirtmaturity:"));
    }

    @Test
    void theAttestationBom_holdsTheStandardInTheRubricsLanguage() {
        JsonNode standard = bom.path("definitions").path("standards").get(0);
        assertThat(standard.get("name").textValue()).isEqualTo(Fixtures.ENGLISH.title());
        assertThat(standard).isEqualTo(Boms.tree(CycloneDx.writeStandard(Fixtures.ENGLISH)).path("definitions").path("standards").get(0));
    }
}
