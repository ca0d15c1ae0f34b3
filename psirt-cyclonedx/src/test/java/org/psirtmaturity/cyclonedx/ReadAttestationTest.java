package org.psirtmaturity.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.InvalidAssessmentException;

/** Reading attestations back: what is carried, and the problems of malformed input. */
class ReadAttestationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String mutated(Assessment a, Consumer<ObjectNode> change) {
        ObjectNode bom = (ObjectNode) Boms.tree(CycloneDx.writeAttestation(a, Fixtures.ENGLISH));
        change.accept(bom);
        try {
            return MAPPER.writeValueAsString(bom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode declarations(ObjectNode bom) {
        return (ObjectNode) bom.get("declarations");
    }

    private static ArrayNode map(ObjectNode bom) {
        return (ArrayNode) declarations(bom).get("attestations").get(0).get("map");
    }

    private static ObjectNode property(ObjectNode bom, String name) {
        for (JsonNode p : bom.get("properties")) {
            if (p.get("name").textValue().equals(name)) {
                return (ObjectNode) p;
            }
        }
        throw new AssertionError("no property " + name);
    }

    private static ReadResult read(String json) {
        return CycloneDx.readAttestation(json, Locale.ENGLISH);
    }

    @Test
    void fixtures_readBackEqual_inBothLanguages() {
        for (Assessment a : new Assessment[] {Fixtures.full(), Fixtures.minimal(), Fixtures.empty()}) {
            for (var rubric : Fixtures.BOTH) {
                assertThat(read(CycloneDx.writeAttestation(a, rubric)).orElseThrow()).isEqualTo(a);
            }
        }
    }

    @Test
    void anEmptyContext_readsBackAsNoContext() {
        Assessment a = new Assessment(Fixtures.minimal().rubric(), Optional.of(AssessmentContext.empty()), Fixtures.minimal().answers(),
                java.util.Map.of(), java.util.Map.of());
        assertThat(read(CycloneDx.writeAttestation(a, Fixtures.JAPANESE)).orElseThrow().context()).isEmpty();
    }

    @Test
    void readsFromAStream() {
        byte[] bytes = CycloneDx.writeAttestation(Fixtures.full(), Fixtures.JAPANESE).getBytes(StandardCharsets.UTF_8);
        assertThat(CycloneDx.readAttestation(new ByteArrayInputStream(bytes), Locale.ENGLISH).orElseThrow()).isEqualTo(Fixtures.full());
    }

    @Test
    void utf16AndAByteOrderMark_areDetected() {
        String json = CycloneDx.writeAttestation(Fixtures.full(), Fixtures.JAPANESE);
        for (byte[] bytes : new byte[][] {json.getBytes(StandardCharsets.UTF_16BE), json.getBytes(StandardCharsets.UTF_16LE),
                ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8)}) {
            assertThat(CycloneDx.readAttestation(new ByteArrayInputStream(bytes), Locale.ENGLISH).orElseThrow()).isEqualTo(Fixtures.full());
        }
        byte[] broken = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf("株式会社");
        broken[json.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
        assertThat(CycloneDx.readAttestation(new ByteArrayInputStream(broken), Locale.ENGLISH).problems())
                .extracting(Problem::code).containsExactly("cyclonedx.json.syntax");
    }

    @Test
    void aStreamThatFails_isAnIoError_notAProblem() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> CycloneDx.readAttestation(failing, Locale.ENGLISH)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void withoutTheAnswerOrder_theMapOrderIsTheAnswerOrder() {
        String json = mutated(Fixtures.full(), bom -> {
            ArrayNode properties = (ArrayNode) bom.get("properties");
            for (int i = properties.size() - 1; i >= 0; i--) {
                String name = properties.get(i).get("name").textValue();
                if (name.equals("psirtmaturity:answers") || name.startsWith("psirtmaturity:answer:")) {
                    properties.remove(i);
                }
            }
        });
        Assessment read = read(json).orElseThrow();
        assertThat(read.answers()).extracting(fa -> fa.framework()).containsExactly("2.1", "1.1", "1.2", "4.4", "6.4", "6.5");
        assertThat(read.answers()).noneMatch(fa -> fa.answer() instanceof Answer.Unanswered);
    }

    @Test
    void theDate_isTheTimestampsDateAsWritten() {
        String json = mutated(Fixtures.full(), bom -> ((ObjectNode) bom.get("metadata")).put("timestamp", "2026-10-01T23:30:00+09:00"));
        assertThat(read(json).orElseThrow().context().orElseThrow().date()).contains(LocalDate.of(2026, 10, 1));
    }

    @Test
    void foreignContent_isNotRead() {
        String json = mutated(Fixtures.full(), bom -> {
            bom.putArray("components").addObject().put("type", "application").put("name", "x");
            ((ArrayNode) bom.get("properties")).addObject().put("name", "acme:ticket").put("value", "42");
            ((ObjectNode) map(bom).get(0)).putObject("confidence").put("score", 0.5);
            ((ArrayNode) bom.path("definitions").get("standards")).addObject().put("bom-ref", "other-standard").put("name", "Other");
        });
        assertThat(read(json).orElseThrow()).isEqualTo(Fixtures.full());
    }

    @Test
    void malformedJson_isOneProblemWithItsPlace_andNoJacksonMessage() {
        ReadResult r = read("{\"bomFormat\": \"CycloneDX\",\n  \"specVersion\": 1.6,, }");
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("cyclonedx.json.syntax");
            assertThat(p.message()).contains("line 2, column").doesNotContain("Unexpected", "character", "Source:", "jackson");
        });
        assertThat(read("").problems()).extracting(Problem::code).containsExactly("cyclonedx.json.empty");
        assertThat(read("[]").problems()).extracting(Problem::code).containsExactly("cyclonedx.type");
        assertThat(read("{\"a\": 1, \"a\": 2}").problems()).extracting(Problem::code).containsExactly("cyclonedx.json.duplicate-key");
        assertThat(read("{} {}").problems()).extracting(Problem::code).containsExactly("cyclonedx.json.trailing-content");
        assertThat(read("[".repeat(100) + "]".repeat(100)).problems()).extracting(Problem::code).containsExactly("cyclonedx.json.limit");
        assertThatThrownBy(() -> read("nonsense").orElseThrow()).isInstanceOf(InvalidAssessmentException.class);
    }

    @Test
    void aStandardAlone_isNotAnAttestation() {
        ReadResult r = read(CycloneDx.writeStandard(Fixtures.JAPANESE));
        assertThat(r.problems()).extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cyclonedx.attestation.count", "declarations"));
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        String json = mutated(Fixtures.full(), bom -> {
            bom.put("specVersion", "1.4");
            ((ObjectNode) map(bom).get(0).get("conformance")).put("score", 0.5);
            ((ArrayNode) map(bom).get(1).get("claims")).set(0, MAPPER.getNodeFactory().textNode("assessment/claim/nowhere"));
            ((ObjectNode) map(bom).get(2)).put("requirement", "sisac-psirt-maturity-sheet-1.0/1.2/level-5");
            ((ArrayNode) declarations(bom).get("claims").get(0).get("evidence")).add("assessment/evidence/none");
            ((ArrayNode) bom.get("properties")).addObject().put("name", "psirtmaturity:colour").put("value", "blue");
            property(bom, "psirtmaturity:foundation:" + Fixtures.FOUNDATION_KEYS.get(0)).put("value", "yes");
            property(bom, "psirtmaturity:extensions").put("value", "[1, 2]");
        });
        ReadResult r = read(json);
        assertThat(r.assessment()).isEmpty();
        assertThat(r.problems()).extracting(Problem::code, Problem::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("cyclonedx.spec-version", "specVersion"),
                org.assertj.core.groups.Tuple.tuple("cyclonedx.score.range", "declarations.attestations[0].map[0].conformance.score"),
                org.assertj.core.groups.Tuple.tuple("cyclonedx.ref.dangling", "declarations.attestations[0].map[1].claims[0]"),
                org.assertj.core.groups.Tuple.tuple("cyclonedx.map.requirement", "declarations.attestations[0].map[2].requirement"),
                org.assertj.core.groups.Tuple.tuple("cyclonedx.ref.dangling", "declarations.claims[assessment/claim/2.1].evidence[2]"),
                org.assertj.core.groups.Tuple.tuple("cyclonedx.property.unknown", "properties[9].name"),
                org.assertj.core.groups.Tuple.tuple("cyclonedx.property.boolean", "properties[6].value"),
                org.assertj.core.groups.Tuple.tuple("cyclonedx.extensions", "properties[8].value"));
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("Exception", "jackson", "Node"));
        assertThat(r.problems()).filteredOn(p -> p.code().equals("cyclonedx.score.range")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("0.5", "0, 0.2, 0.4, 0.6, 0.8 and 1"));
    }

    @Test
    void messages_areJapaneseForJa_andEnglishOtherwise_whateverTheJvmDefault() {
        String json = mutated(Fixtures.full(), bom -> ((ObjectNode) map(bom).get(0).get("conformance")).put("score", 0.7));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPANESE);
            assertThat(CycloneDx.readAttestation(json, Locale.ENGLISH).problems().get(0).message()).startsWith("the conformance score 0.7 is not");
            assertThat(CycloneDx.readAttestation(json, Locale.GERMAN).problems().get(0).message()).startsWith("the conformance score 0.7 is not");
            Locale.setDefault(Locale.ENGLISH);
            assertThat(CycloneDx.readAttestation(json, Locale.JAPANESE).problems().get(0).message())
                    .isEqualTo("適合スコア 0.7 は成熟度レベルを 5 で割った値ではありません。0、0.2、0.4、0.6、0.8、1 のいずれかが必要です");
            assertThat(CycloneDx.readAttestation(json, Locale.forLanguageTag("ja-JP")).problems().get(0).message()).startsWith("適合スコア");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void wrongTypes_areNamed() {
        String json = mutated(Fixtures.full(), bom -> {
            ((ObjectNode) map(bom).get(0).get("conformance")).put("score", "0.6");
            ((ObjectNode) declarations(bom).get("claims").get(0)).put("reasoning", 42);
            ((ObjectNode) map(bom).get(1)).putArray("claims");
        });
        assertThat(read(json).problems()).extracting(Problem::code, Problem::path, Problem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("cyclonedx.type", "declarations.attestations[0].map[0].conformance.score",
                        "expected a number, got the string \"0.6\""),
                org.assertj.core.groups.Tuple.tuple("cyclonedx.type", "declarations.claims[assessment/claim/2.1].reasoning",
                        "expected a string, got the number 42"),
                org.assertj.core.groups.Tuple.tuple("cyclonedx.map.claims", "declarations.attestations[0].map[1].claims",
                        "a map entry has 0 claims; expected exactly one claim"));
    }

    @Test
    void theRubricAndItsStandard_mustBeNamed() {
        String noEdition = mutated(Fixtures.minimal(), bom -> {
            ArrayNode properties = (ArrayNode) bom.get("properties");
            properties.remove(1);
        });
        assertThat(read(noEdition).problems()).extracting(Problem::code).containsExactly("cyclonedx.property.missing");
        String otherEdition = mutated(Fixtures.minimal(), bom -> property(bom, "psirtmaturity:rubric:edition").put("value", "2.0"));
        assertThat(read(otherEdition).problems()).extracting(Problem::code).containsExactly("cyclonedx.standard.missing");
    }

    @Test
    void bomRefs_mustBeUnique() {
        String json = mutated(Fixtures.full(), bom -> ((ObjectNode) declarations(bom).get("claims").get(1)).put("bom-ref", "assessment/claim/2.1"));
        assertThat(read(json).problems()).extracting(Problem::code).contains("cyclonedx.ref.duplicate");
    }

    @Test
    void theAnswerOrder_mustListEveryAttestedFrameworkOnce() {
        String missing = mutated(Fixtures.full(), bom -> property(bom, "psirtmaturity:answers").put("value", "2.1 1.1 1.2 4.4 6.4 3.1 6.3 3.1"));
        assertThat(read(missing).problems()).extracting(Problem::code)
                .containsExactlyInAnyOrder("cyclonedx.answers.duplicate", "cyclonedx.answers.missing");
        String malformed = mutated(Fixtures.full(), bom -> property(bom, "psirtmaturity:answers").put("value", "2.1  １.１"));
        assertThat(read(malformed).problems()).extracting(Problem::code).contains("cyclonedx.answers.framework");
    }

    @Test
    void aNoteProperty_forAnAttestedFramework_isMisplaced() {
        String json = mutated(Fixtures.full(), bom -> ((ArrayNode) bom.get("properties")).addObject()
                .put("name", "psirtmaturity:answer:2.1:note").put("value", "x"));
        assertThat(read(json).problems()).extracting(Problem::code).containsExactly("cyclonedx.property.misplaced");
        String noAnswer = mutated(Fixtures.full(), bom -> ((ArrayNode) bom.get("properties")).addObject()
                .put("name", "psirtmaturity:answer:5.1:extensions").put("value", "{}"));
        assertThat(read(noAnswer).problems()).extracting(Problem::code).containsExactly("cyclonedx.property.misplaced");
    }

    @Test
    void unpairedSurrogates_areProblems() {
        String json = CycloneDx.writeAttestation(Fixtures.full(), Fixtures.ENGLISH)
                .replace("\"reasoning\": \"受付窓口", "\"reasoning\": \"\\uD800受付窓口");
        assertThat(read(json).problems()).extracting(Problem::code, Problem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cyclonedx.text.unpaired-surrogate", "declarations.claims[assessment/claim/2.1].reasoning"));
    }

    @Test
    void aBadTimestamp_isAProblem() {
        String json = mutated(Fixtures.full(), bom -> ((ObjectNode) bom.get("metadata")).put("timestamp", "yesterday"));
        assertThat(read(json).problems()).extracting(Problem::code).containsExactly("cyclonedx.timestamp");
    }

    @Test
    void aDocumentOverTheLimit_isAProblem_notAnOutOfMemoryError() {
        String big = "{\"x\": \"" + "a".repeat(CycloneDx.MAX_DOCUMENT_BYTES) + "\"}";
        assertThat(CycloneDx.readAttestation(new ByteArrayInputStream(big.getBytes(StandardCharsets.US_ASCII)), Locale.ENGLISH).problems())
                .extracting(Problem::code).containsExactly("cyclonedx.json.limit");
    }
}
