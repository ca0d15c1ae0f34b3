package org.psirtmaturity.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;

/** Checks of written BOMs: the official schema, and the references the schema does not check. */
final class Boms {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Boms() {
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages of the official CycloneDX 1.6 JSON schema's validation, offline; empty if the BOM is valid. */
    static List<String> schemaErrors(String json) {
        try {
            return new JsonParser().validate(json.getBytes(StandardCharsets.UTF_8), Version.VERSION_16).stream()
                    .map(ParseException::getMessage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bom-ref defined anywhere in the document, each once. */
    static List<String> definedRefs(JsonNode bom) {
        List<String> refs = new ArrayList<>();
        collect(bom, refs);
        return refs;
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("bom-ref")) {
                    refs.add(e.getValue().textValue());
                } else {
                    collect(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, refs));
        }
    }

    /** Every reference the document makes: requirement parents, level requirements, and what the declarations point at. */
    static List<String> referencedRefs(JsonNode bom) {
        List<String> refs = new ArrayList<>();
        for (JsonNode standard : bom.path("definitions").path("standards")) {
            for (JsonNode r : standard.path("requirements")) {
                if (r.has("parent")) {
                    refs.add(r.get("parent").textValue());
                }
            }
            for (JsonNode level : standard.path("levels")) {
                level.path("requirements").forEach(r -> refs.add(r.textValue()));
            }
        }
        JsonNode d = bom.path("declarations");
        for (JsonNode attestation : d.path("attestations")) {
            if (attestation.has("assessor")) {
                refs.add(attestation.get("assessor").textValue());
            }
            for (JsonNode entry : attestation.path("map")) {
                refs.add(entry.get("requirement").textValue());
                entry.path("claims").forEach(c -> refs.add(c.textValue()));
                entry.path("counterClaims").forEach(c -> refs.add(c.textValue()));
            }
        }
        for (JsonNode claim : d.path("claims")) {
            if (claim.has("target")) {
                refs.add(claim.get("target").textValue());
            }
            claim.path("evidence").forEach(e -> refs.add(e.textValue()));
            claim.path("counterEvidence").forEach(e -> refs.add(e.textValue()));
        }
        return refs;
    }

    /** Asserts the official schema accepts the BOM, its bom-refs are unique and every reference names one of them. */
    static void assertValid(String json) {
        assertThat(schemaErrors(json)).as("CycloneDX 1.6 schema errors").isEmpty();
        JsonNode bom = tree(json);
        List<String> defined = definedRefs(bom);
        assertThat(defined).as("bom-refs").doesNotHaveDuplicates().allSatisfy(r -> assertThat(r).isNotBlank());
        Set<String> known = new HashSet<>(defined);
        assertThat(referencedRefs(bom)).as("references").allSatisfy(r -> assertThat(known).contains(r));
    }
}
