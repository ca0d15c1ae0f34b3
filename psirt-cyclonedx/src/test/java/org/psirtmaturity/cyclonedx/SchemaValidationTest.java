package org.psirtmaturity.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;

/** Every kind of BOM the library writes is valid against the official CycloneDX 1.6 schema, and its references resolve. */
class SchemaValidationTest {

    @TestFactory
    Stream<DynamicTest> standard_isValidInBothLanguages() {
        return Fixtures.BOTH.stream().map(rubric -> DynamicTest.dynamicTest("standard " + rubric.locale(),
                () -> Boms.assertValid(CycloneDx.writeStandard(rubric))));
    }

    @TestFactory
    Stream<DynamicTest> attestations_areValidInBothLanguages() {
        List<Assessment> assessments = List.of(Fixtures.full(), Fixtures.minimal(), Fixtures.empty());
        return Fixtures.BOTH.stream().flatMap(rubric -> assessments.stream().map(a -> DynamicTest.dynamicTest(
                "attestation " + rubric.locale() + " " + a.answers().size() + " answers", () -> Boms.assertValid(CycloneDx.writeAttestation(a, rubric)))));
    }

    @Test
    void schemaCheck_rejectsAnInvalidBom() {
        // The validator is really run: a score above 1 and an unknown property are errors.
        String json = CycloneDx.writeAttestation(Fixtures.minimal(), Fixtures.JAPANESE).replace("\"score\": 0.2", "\"score\": 1.2")
                .replace("\"bomFormat\"", "\"unknownProperty\": 1,\n  \"bomFormat\"");
        assertThat(Boms.schemaErrors(json)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void referenceCheck_findsADanglingReference() {
        Rubric rubric = Fixtures.ENGLISH;
        String json = CycloneDx.writeAttestation(Fixtures.minimal(), rubric).replace("\"requirement\": \"sisac-psirt-maturity-sheet-1.0/2.1\"",
                "\"requirement\": \"sisac-psirt-maturity-sheet-1.0/9.9\"");
        assertThat(Boms.referencedRefs(Boms.tree(json))).contains("sisac-psirt-maturity-sheet-1.0/9.9");
        assertThat(Boms.definedRefs(Boms.tree(json))).doesNotContain("sisac-psirt-maturity-sheet-1.0/9.9");
    }
}
