package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.json.PortfolioJson;
import org.psirtmaturity.scoring.Portfolio;

/** The JSON rendering of portfolios validates against psirt-json's portfolio.schema.json, with a real draft 2020-12 validator. */
class PortfolioJsonSchemaTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = PortfolioJson.class.getResourceAsStream("portfolio.schema.json")) {
            assertThat(in).as("portfolio.schema.json beside PortfolioJson").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private static List<Error> validate(JsonNode json) {
        return schema.validate(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en", "empty"})
    void portfolioJson_validatesAgainstItsSchema(String which) throws Exception {
        Portfolio p = switch (which) {
            case "ja" -> PortfolioFixtures.japanese();
            case "en" -> PortfolioFixtures.english();
            default -> Portfolio.builder(Fixtures.EN).build();
        };
        JsonNode json = MAPPER.readTree(Reports.renderPortfolio(p, Fixtures.rubric(which.equals("ja") ? "ja" : "en"), ReportFormat.JSON));
        assertThat(validate(json)).isEmpty();
    }

    @Test
    void schema_rejectsWhatTheFormatDoesNotAllow() throws Exception {
        JsonNode valid = MAPPER.readTree(PortfolioJson.write(PortfolioFixtures.english()));
        ObjectNode missing = valid.deepCopy();
        missing.remove("units");
        assertThat(validate(missing)).extracting(Error::getKeyword).contains("required");
        ObjectNode unknown = valid.deepCopy();
        unknown.put("extra", 1);
        assertThat(validate(unknown)).isNotEmpty();
        ObjectNode fiveLevels = valid.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) fiveLevels.get("frameworks").get(0).get("levels")).remove(0);
        assertThat(validate(fiveLevels)).extracting(Error::getKeyword).contains("minItems");
        ObjectNode point = valid.deepCopy();
        ((ObjectNode) point.get("trends").get(0).get("points").get(0)).put("colour", "red");
        assertThat(validate(point)).isNotEmpty();
        ObjectNode band = valid.deepCopy();
        ((ObjectNode) band.get("overall")).put("band", "FINE");
        assertThat(validate(band)).isNotEmpty();
    }
}
