package org.psirtmaturity.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.InvalidAssessmentException;

class WriteAttestationTest {

    @Test
    void anInvalidAssessment_isRefusedWithEveryProblem_andNothingIsWritten() {
        Assessment invalid = Assessment.builder(Fixtures.JAPANESE).score("2.1", 7).score("9.9", 1).score("6.3", 2).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> CycloneDx.writeAttestation(invalid, Fixtures.JAPANESE, out))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems()).extracting(Problem::code)
                        .containsExactly("answer.level.range", "answer.framework.unknown", "answer.out-of-scope"));
        assertThat(out.size()).isZero();
        Assessment otherRubric = Assessment.builder(new org.psirtmaturity.scoring.RubricRef("other", "1.0")).build();
        assertThatThrownBy(() -> CycloneDx.writeAttestation(otherRubric, Fixtures.JAPANESE)).isInstanceOf(InvalidAssessmentException.class);
    }

    @Test
    void anUnpairedSurrogate_isRefused() {
        Assessment a = Assessment.builder(Fixtures.JAPANESE).organization("bad \uD800 text").score("2.1", 1).note("2.1", "\uDC00").build();
        assertThatThrownBy(() -> CycloneDx.writeAttestation(a, Fixtures.JAPANESE))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::path).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("cyclonedx.text.unpaired-surrogate", "context.organization"),
                                org.assertj.core.groups.Tuple.tuple("cyclonedx.text.unpaired-surrogate", "answers[2.1].note")));
    }

    @Test
    void output_isDeterministic_andTheSerialNumberIsDerivedFromTheContent() throws IOException {
        String first = CycloneDx.writeAttestation(Fixtures.full(), Fixtures.JAPANESE);
        assertThat(CycloneDx.writeAttestation(Fixtures.full(), Fixtures.JAPANESE)).isEqualTo(first);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CycloneDx.writeAttestation(Fixtures.full(), Fixtures.JAPANESE, out);
        assertThat(out.toByteArray()).isEqualTo(first.getBytes(StandardCharsets.UTF_8));

        JsonNode bom = Boms.tree(first);
        String serial = bom.get("serialNumber").textValue();
        String body = first.replace("  \"serialNumber\": \"" + serial + "\",\n", "");
        assertThat(serial).isEqualTo("urn:uuid:" + UUID.nameUUIDFromBytes(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(UUID.fromString(serial.substring("urn:uuid:".length())).version()).isEqualTo(3);

        String other = CycloneDx.writeAttestation(Fixtures.minimal(), Fixtures.JAPANESE);
        assertThat(Boms.tree(other).get("serialNumber").textValue()).isNotEqualTo(serial);
        assertThat(Boms.tree(CycloneDx.writeStandard(Fixtures.JAPANESE)).get("serialNumber").textValue())
                .isNotEqualTo(Boms.tree(CycloneDx.writeStandard(Fixtures.ENGLISH)).get("serialNumber").textValue());
    }

    @Test
    void output_isPrettyUtf8WithAFinalLineBreak() {
        String json = CycloneDx.writeAttestation(Fixtures.full(), Fixtures.JAPANESE);
        assertThat(json).startsWith("{\n  \"$schema\": \"http://cyclonedx.org/schema/bom-1.6.schema.json\",\n  \"bomFormat\": \"CycloneDX\",\n")
                .endsWith("}\n").doesNotContain("\r", "\\u30").contains("株式会社サンプル PSIRT");
    }

    @Test
    void theStream_isFlushedButNotClosed() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        CycloneDx.writeStandard(Fixtures.ENGLISH, out);
        assertThat(closed[0]).isFalse();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(CycloneDx.writeStandard(Fixtures.ENGLISH));
    }
}
