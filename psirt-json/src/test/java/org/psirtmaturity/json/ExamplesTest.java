package org.psirtmaturity.scoring.json;

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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.Level1Assessment;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.TestRubrics;

/** The documents the README shows and the files under examples/ are what the library reads and writes. */
class ExamplesTest {

    private static final Path README = Path.of("README.md");
    private static final Path ASSESSMENT = Path.of("examples/assessment-example.json");
    private static final Path REPORT = Path.of("examples/report-example.json");

    /** The README's JSON blocks preceded by {@code <!-- example: kind -->}. */
    private static List<String> readmeExamples(String kind) throws IOException {
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
            Assessment a = AssessmentJson.parse(json).orElseThrow();
            assertThat(AssessmentValidator.validate(a, TestRubrics.japanese()).errors()).as(json).isEmpty();
        }
    }

    @Test
    void readmeInvalidExample_givesTheProblemsTheReadmeLists() throws IOException {
        List<String> examples = readmeExamples("invalid-assessment");
        assertThat(examples).hasSize(1);
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (var p : AssessmentJson.parse(examples.get(0)).problems()) {
            assertThat(readme).contains(p.toString());
        }
        assertThat(AssessmentJson.parse(examples.get(0)).problems()).hasSize(4);
    }

    @Test
    void exampleAssessment_isWrittenBackByteForByte() throws IOException {
        String text = Files.readString(ASSESSMENT, StandardCharsets.UTF_8);
        assertThat(AssessmentJson.write(AssessmentJson.read(text))).isEqualTo(text);
    }

    @Test
    void exampleReport_isWhatScoringTheExampleAssessmentWrites() throws IOException {
        Assessment a = AssessmentJson.read(Files.readString(ASSESSMENT, StandardCharsets.UTF_8));
        ScoreReport report = Scoring.score(a, TestRubrics.japanese());
        String expected = Files.readString(REPORT, StandardCharsets.UTF_8);
        String version = "\"libraryVersion\": \"[^\"]*\"";
        assertThat(ReportJson.write(report).replaceAll(version, "V")).isEqualTo(expected.replaceAll(version, "V"));
        assertThat(ReportJson.read(expected).overall()).isEqualTo(report.overall());
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
