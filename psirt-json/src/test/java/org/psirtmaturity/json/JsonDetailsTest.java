package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.ScoreReport;

/** What a type problem says it got, how extension values map both ways, and report numbers out of range. */
class JsonDetailsTest {

    private static final String HEAD = "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},";

    private static String levelMessage(String level) {
        return AssessmentJson.parse(HEAD + "\"answers\":[{\"framework\":\"2.1\",\"level\":" + level + "}]}").problems().get(0).message();
    }

    @Test
    void typeProblems_describeWhatTheyGot() {
        String expected = "expected a JSON integer (not 1.0, not \"3\"), got ";
        assertThat(levelMessage("7.5")).isEqualTo(expected + "the number 7.5");
        assertThat(levelMessage("true")).isEqualTo(expected + "true");
        assertThat(levelMessage("false")).isEqualTo(expected + "false");
        assertThat(levelMessage("null")).isEqualTo(expected + "null");
        assertThat(levelMessage("[3]")).isEqualTo(expected + "an array");
        assertThat(levelMessage("{}")).isEqualTo(expected + "an object");
        assertThat(levelMessage("\"three\"")).isEqualTo(expected + "the string \"three\"");
        assertThat(AssessmentJson.parse(HEAD + "\"answers\":[{\"framework\":21,\"level\":1}]}").problems())
                .extracting(Problem::message).containsExactly("expected a string, got the integer 21");
    }

    @Test
    void extensionValues_mapToJavaAndBackExactly() {
        String doc = HEAD + "\"answers\":[],\"extensions\":{\"o\":{\"s\":\"x\",\"t\":true,\"f\":false,\"n\":null,\"i\":-7,"
                + "\"big\":123456789012345678901234567890,\"d\":2.50,\"e\":1E+5,\"a\":[1,[2,{}],\"\"]}}}";
        Assessment a = AssessmentJson.read(doc);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("s", "x");
        o.put("t", true);
        o.put("f", false);
        o.put("n", null);
        o.put("i", -7L);
        o.put("big", new BigInteger("123456789012345678901234567890"));
        o.put("d", new BigDecimal("2.50"));
        o.put("e", new BigDecimal("1E+5"));
        o.put("a", List.of(1L, List.of(2L, Map.of()), ""));
        assertThat(a.extensions()).isEqualTo(Map.of("o", o));
        assertThat(((Map<?, ?>) a.extensions().get("o")).keySet()).extracting(Object::toString).containsExactly("s", "t", "f", "n", "i", "big", "d", "e", "a");
        String written = AssessmentJson.write(a);
        assertThat(written).contains("\"n\": null", "\"big\": 123456789012345678901234567890", "\"d\": 2.50", "\"e\": 1E+5", "\"t\": true");
        assertThat(AssessmentJson.read(written)).isEqualTo(a);
        assertThat(AssessmentJson.writeBytes(a)).isEqualTo(written.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writeBytes_isTheUtf8OfTheText() {
        Assessment a = Assessment.builder(new RubricRef("r", "1")).organization("例 😀").score("2.1", 1).build();
        byte[] bytes = AssessmentJson.writeBytes(a);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(AssessmentJson.write(a));
        assertThat(AssessmentJson.read(new ByteArrayInputStream(bytes))).isEqualTo(a);
    }

    private static String report() throws IOException {
        return Files.readString(Path.of("examples/report-example.json"), StandardCharsets.UTF_8);
    }

    @Test
    void reports_areReadFromStreamsToo() throws IOException {
        ScoreReport fromText = ReportJson.read(report());
        assertThat(ReportJson.read(new ByteArrayInputStream(report().getBytes(StandardCharsets.UTF_8)))).isEqualTo(fromText);
        assertThat(ReportJson.parse(new ByteArrayInputStream(report().getBytes(StandardCharsets.UTF_16LE))).value()).hasValue(fromText);
    }

    @Test
    void reportNumbers_outOfRangeOrOfTheWrongType_areProblems() throws IOException {
        String r = report();
        assertThat(ReportJson.parse(r.replaceFirst("\"numerator\": 11", "\"numerator\": 99999999999999999999")).problems())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("overall.average.numerator", "json.value"));
        assertThat(ReportJson.parse(r.replaceFirst("\"numerator\": 11", "\"numerator\": \"11\"")).problems())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("overall.average.numerator", "json.type"));
        assertThat(ReportJson.parse(r.replaceFirst("\"value\": 2.20", "\"value\": \"2.20\"")).problems())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("overall.average.value", "json.type"));
        assertThat(ReportJson.parse(r.replaceFirst("\"defaultTargetLevel\": 3", "\"defaultTargetLevel\": 99999999999")).problems())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("provenance.options.defaultTargetLevel", "json.value"));
        // A decimal with an exponent too large to print is refused before anything formats it.
        assertThat(ReportJson.parse(r.replaceFirst("\"value\": 2.20", "\"value\": 1E+999999999")).problems())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("overall.average.value", "json.limit.number"));
        assertThat(ReportJson.parse(r.replaceFirst("\"value\": 2.20", "\"value\": 2.2")).problems()).isEmpty();
    }
}
