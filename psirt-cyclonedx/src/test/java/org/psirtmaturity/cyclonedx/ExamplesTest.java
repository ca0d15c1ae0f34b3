package org.psirtmaturity.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The file under examples/ is what the library writes for {@link Fixtures#full()} against the English
 * rubric, byte for byte but for the library version (and so the serial number, which hashes it).
 * To refresh it after a deliberate change of the format: {@code -Dcyclonedx.examples.write=true}.
 */
class ExamplesTest {

    private static final Path ATTESTATION = Path.of("examples/attestation-example.cdx.json");

    private static String masked(String json) {
        return json.replaceAll("\"serialNumber\": \"[^\"]*\"", "\"serialNumber\": \"S\"")
                .replaceAll("(\"name\": \"psirt-cyclonedx\",\\s*\"version\": )\"[^\"]*\"", "$1\"V\"");
    }

    @Test
    void exampleAttestation_isWhatTheLibraryWrites() throws IOException {
        String written = CycloneDx.writeAttestation(Fixtures.full(), Fixtures.ENGLISH);
        if (Boolean.getBoolean("cyclonedx.examples.write")) {
            Files.writeString(ATTESTATION, written, StandardCharsets.UTF_8);
        }
        String example = Files.readString(ATTESTATION, StandardCharsets.UTF_8);
        assertThat(masked(written)).isEqualTo(masked(example));
        assertThat(masked(written)).isNotEqualTo(written);
    }

    @Test
    void exampleAttestation_isValidAndReadsBackIntoTheAssessment() throws IOException {
        String example = Files.readString(ATTESTATION, StandardCharsets.UTF_8);
        Boms.assertValid(example);
        assertThat(CycloneDx.readAttestation(example, Locale.ENGLISH).orElseThrow()).isEqualTo(Fixtures.full());
    }
}
