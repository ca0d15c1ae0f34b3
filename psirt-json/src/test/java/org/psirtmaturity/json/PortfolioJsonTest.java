package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Portfolio;
import org.psirtmaturity.scoring.PortfolioBuilder;
import org.psirtmaturity.scoring.Scoring;

class PortfolioJsonTest {

    private static final Rubric EN = Rubrics.installed().forLocale(Locale.ENGLISH);
    /** Decimals as written: {@code 2.50} stays {@code 2.50}. */
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    /** A: 2.1 at 3, 3.1 at 2 (5/2), and an older report; B: 2.1 and 3.1 at 1, 5.4 excluded (1); an undated unit without organisation. */
    static Portfolio portfolio() {
        PortfolioBuilder b = Portfolio.builder(EN);
        b.add(Scoring.score(Assessment.builder(EN).organization("B").date(LocalDate.of(2026, 2, 1)).score("2.1", 1).score("3.1", 1)
                .exclude("5.4", "no metrics \"of our own\"").build(), EN));
        b.add(Scoring.score(Assessment.builder(EN).organization("A").date(LocalDate.of(2026, 1, 1)).score("2.1", 3).score("3.1", 2)
                .foundation("budget", true).build(), EN));
        b.add(Scoring.score(Assessment.builder(EN).organization("A").date(LocalDate.of(2025, 1, 1)).score("2.1", 1).build(), EN));
        b.add(Scoring.score(Assessment.builder(EN).score("1.1", 4).build(), EN));
        return b.build();
    }

    @Test
    void write_isStableAndPretty() throws Exception {
        Portfolio p = portfolio();
        String json = PortfolioJson.write(p);
        assertThat(json).isEqualTo(PortfolioJson.write(portfolio())).startsWith("{\n  \"format\": \"psirt-portfolio/1\",\n").endsWith("}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioJson.write(p, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void write_hasThePropertiesInOrder_withExactFigures() throws Exception {
        JsonNode root = MAPPER.readTree(PortfolioJson.write(portfolio()));
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("format", "rubric", "targetBand", "units", "overall", "bands", "frameworks", "areas",
                "firstLevel1", "roadmap", "snapshots", "trends");
        assertThat(root.get("rubric").get("id").asText()).isEqualTo(EN.id());
        assertThat(root.get("targetBand").get("minimum").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(root.get("units").asInt()).isEqualTo(3);
        // (5/2 + 1 + 4) / 3 = 5/2
        assertThat(root.get("overall").toString())
                .isEqualTo("{\"average\":{\"numerator\":5,\"denominator\":2,\"value\":2.50},\"units\":3,\"band\":\"WITHIN\"}");
        assertThat(root.get("bands").toString()).isEqualTo("{\"BELOW\":1,\"WITHIN\":1,\"ABOVE\":1,\"NO_DATA\":0}");

        JsonNode frameworks = root.get("frameworks");
        assertThat(frameworks).hasSize(EN.frameworks().size());
        JsonNode intake = frameworks.get(7);
        assertThat(intake.get("framework").asText()).isEqualTo("2.1");
        assertThat(intake.get("levels").toString()).isEqualTo("[0,1,0,1,0,0]");
        assertThat(intake.get("unanswered").asInt()).isEqualTo(1);
        assertThat(intake.get("average").toString()).isEqualTo("{\"numerator\":2,\"denominator\":1,\"value\":2.00}");
        assertThat(intake.get("units").asInt()).isEqualTo(2);
        assertThat(intake.get("belowTarget").asInt()).isEqualTo(1);
        assertThat(intake.get("shortfall").asInt()).isEqualTo(2);
        JsonNode outOfScope = frameworks.get(EN.frameworks().indexOf(EN.frameworks().stream().filter(f -> f.outOfScope()).findFirst().orElseThrow()));
        assertThat(outOfScope.get("outOfScope").asInt()).isEqualTo(3);
        assertThat(outOfScope.has("average")).isFalse();
        assertThat(outOfScope.get("band").asText()).isEqualTo("NO_DATA");

        assertThat(root.get("areas").get(1).get("title").asText()).isEqualTo(EN.area(2).orElseThrow().title());
        assertThat(root.get("firstLevel1").get("reached").asInt()).isZero();
        assertThat(root.get("firstLevel1").get("requirements").get(2).toString()).isEqualTo("{\"key\":\"budget\",\"met\":1}");

        JsonNode first = root.get("roadmap").get(0);
        assertThat(first.get("framework").asText()).isEqualTo("3.1");
        assertThat(first.get("belowTarget").asInt()).isEqualTo(2);
        assertThat(first.get("commonLevel").asInt()).isEqualTo(1);
        assertThat(first.get("next").get("level").asInt()).isEqualTo(2);
        assertThat(first.get("next").get("description").asText()).isEqualTo(EN.level(org.psirtmaturity.model.FrameworkId.parse("3.1"), 2)
                .orElseThrow().description().orElseThrow());

        JsonNode snapshots = root.get("snapshots");
        assertThat(snapshots.get(0).get("organization").asText()).isEqualTo("A");
        assertThat(snapshots.get(0).get("date").asText()).isEqualTo("2026-01-01");
        int at54 = EN.frameworks().indexOf(EN.framework(org.psirtmaturity.model.FrameworkId.parse("5.4")).orElseThrow());
        assertThat(snapshots.get(1).get("frameworks").get(at54).toString())
                .isEqualTo("{\"framework\":\"5.4\",\"status\":\"EXCLUDED\",\"reason\":\"no metrics \\\"of our own\\\"\",\"target\":4}");
        assertThat(snapshots.get(2).has("organization")).isFalse();
        assertThat(snapshots.get(2).has("date")).isFalse();
        assertThat(snapshots.get(2).get("overall").get("band").asText()).isEqualTo("ABOVE");

        JsonNode trends = root.get("trends");
        assertThat(trends.get(0).get("points")).hasSize(2);
        assertThat(trends.get(0).get("points").get(0).toString())
                .isEqualTo("{\"date\":\"2025-01-01\",\"rubric\":{\"id\":\"" + EN.id() + "\",\"edition\":\"" + EN.edition()
                        + "\"},\"average\":{\"numerator\":1,\"denominator\":1,\"value\":1.00},\"frameworks\":1,\"band\":\"BELOW\"}");
        assertThat(trends.get(2).has("organization")).isFalse();
    }

    @Test
    void schema_isDraft202012_andNamesEveryPropertyWritten() throws Exception {
        JsonNode schema;
        try (InputStream in = PortfolioJson.class.getResourceAsStream("portfolio.schema.json")) {
            assertThat(in).isNotNull();
            schema = MAPPER.readTree(in);
        }
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("properties").get("format").get("const").asText()).isEqualTo(PortfolioJson.FORMAT);
        JsonNode root = MAPPER.readTree(PortfolioJson.write(portfolio()));
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(r -> required.add(r.asText()));
        List<String> written = new ArrayList<>();
        root.fieldNames().forEachRemaining(written::add);
        assertThat(written).containsExactlyElementsOf(required);
        // every property of an array item is one its schema names
        assertNamed(root.get("frameworks"), schema.get("properties").get("frameworks").get("items"));
        assertNamed(root.get("areas"), schema.get("properties").get("areas").get("items"));
        assertNamed(root.get("roadmap"), schema.get("properties").get("roadmap").get("items"));
        assertNamed(root.get("snapshots"), schema.get("properties").get("snapshots").get("items"));
        assertNamed(root.get("trends"), schema.get("properties").get("trends").get("items"));
    }

    @Test
    void readme_documentsEveryTopLevelProperty() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Portfolios (`psirt-portfolio/1`)"), readme.indexOf("## Batch scoring"));
        MAPPER.readTree(PortfolioJson.write(portfolio())).fieldNames()
                .forEachRemaining(name -> assertThat(section).as(name).contains("| `" + name + "` |"));
    }

    private static void assertNamed(JsonNode array, JsonNode itemSchema) {
        assertThat(array.size()).isPositive();
        for (JsonNode item : array) {
            for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                assertThat(itemSchema.get("properties").has(name)).as("%s in %s", name, itemSchema.get("properties")).isTrue();
            }
            itemSchema.get("required").forEach(r -> assertThat(item.has(r.asText())).as("required %s", r).isTrue());
        }
    }
}
