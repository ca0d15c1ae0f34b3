package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Level1Assessment;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * The documents this module's README shows and the files under its examples/ are what the library
 * reads and writes. Until the module has them, the tests of those documents are skipped; the JSON
 * Schema is checked always.
 */
class ExamplesTest {

    private static final Path README = Path.of("README.md");
    private static final Path ASSESSMENT = Path.of("examples/assessment-example.json");
    private static final Path REPORT = Path.of("examples/report-example.json");

    private static void assumePresent(Path file) {
        Assumptions.assumeTrue(Files.exists(file), () -> "psirt-json has no " + file + " yet");
    }

    /** The README's JSON blocks preceded by {@code <!-- example: kind -->}. */
    private static List<String> readmeExamples(String kind) throws IOException {
        assumePresent(README);
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<!-- example: " + kind + " -->\\s*```json\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void readmeAssessmentExamples_readAndValidate() throws IOException {
        List<String> examples = readmeExamples("assessment");
        assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
        for (String json : examples) {
            ParseResult<Assessment> r = AssessmentJson.parse(json, TestData.JAPANESE, Locale.ENGLISH, ValidationOptions.DEFAULT);
            assertThat(r.problems()).as(json).isEmpty();
        }
    }

    @Test
    void readmeInvalidExample_givesTheProblemsTheReadmeLists() throws IOException {
        List<String> examples = readmeExamples("invalid-assessment");
        assertThat(examples).hasSize(1);
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<Problem> problems = AssessmentJson.parse(examples.get(0), Locale.ENGLISH).errors();
        for (Problem p : problems) {
            assertThat(readme).contains(p.toString());
        }
        assertThat(problems).hasSize(4);
    }

    @Test
    void exampleAssessment_isWrittenBackByteForByte() throws IOException {
        assumePresent(ASSESSMENT);
        String text = Files.readString(ASSESSMENT, StandardCharsets.UTF_8);
        assertThat(AssessmentJson.write(AssessmentJson.read(text))).isEqualTo(text);
    }

    @Test
    void exampleReport_isWhatScoringTheExampleAssessmentWrites() throws IOException {
        assumePresent(ASSESSMENT);
        assumePresent(REPORT);
        Assessment a = AssessmentJson.read(Files.readString(ASSESSMENT, StandardCharsets.UTF_8));
        ScoreReport report = Scoring.score(a, TestData.JAPANESE);
        String expected = Files.readString(REPORT, StandardCharsets.UTF_8);
        String version = "\"libraryVersion\": \"[^\"]*\"";
        assertThat(ReportJson.write(report).replaceAll(version, "V")).isEqualTo(expected.replaceAll(version, "V"));
    }

    @Test
    void schema_describesTheFormatTheReaderAccepts() throws IOException {
        JsonNode schema;
        try (InputStream in = AssessmentJson.class.getResourceAsStream("assessment.schema.json")) {
            assertThat(in).as("the schema is published beside AssessmentJson").isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(names(schema.get("properties"))).containsExactly("format", "rubric", "context", "answers", "foundations", "extensions");
        assertThat(schema.get("properties").get("format").get("const").asText()).isEqualTo(AssessmentJson.FORMAT);
        assertThat(names(schema.get("$defs").get("answer").get("properties")))
                .containsExactly("framework", "level", "excluded", "reason", "unanswered", "note", "evidence", "extensions");
        assertThat(names(schema.get("properties").get("context").get("properties"))).containsExactly("organization", "assessor", "date");
        Set<String> foundationKeys = new LinkedHashSet<>();
        schema.get("properties").get("foundations").get("propertyNames").get("enum").forEach(n -> foundationKeys.add(n.asText()));
        assertThat(foundationKeys).containsExactlyElementsOf(Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1()));
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("$defs").get("answer").get("additionalProperties").asBoolean(true)).isFalse();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
