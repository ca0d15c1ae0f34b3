package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.RubricRef;

/** What a type problem says it got, and how extension values map both ways. */
class JsonDetailsTest {

    private static final String HEAD = "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},";

    private static Problem levelProblem(String level, Locale locale) {
        return AssessmentJson.parse(HEAD + "\"answers\":[{\"framework\":\"2.1\",\"level\":" + level + "}]}", locale).errors().get(0);
    }

    @Test
    void typeProblems_describeWhatTheyGot() {
        String expected = "expected a JSON integer (not 1.0, not \"3\"), got ";
        assertThat(levelProblem("7.5", Locale.ENGLISH).message()).isEqualTo(expected + "the number 7.5");
        assertThat(levelProblem("true", Locale.ENGLISH).message()).isEqualTo(expected + "the value true");
        assertThat(levelProblem("false", Locale.ENGLISH).message()).isEqualTo(expected + "the value false");
        assertThat(levelProblem("null", Locale.ENGLISH).message()).isEqualTo(expected + "null");
        assertThat(levelProblem("[3]", Locale.ENGLISH).message()).isEqualTo(expected + "an array");
        assertThat(levelProblem("{}", Locale.ENGLISH).message()).isEqualTo(expected + "an object");
        assertThat(levelProblem("\"three\"", Locale.ENGLISH).message()).isEqualTo(expected + "the text \"three\"");
        assertThat(AssessmentJson.parse(HEAD + "\"answers\":[{\"framework\":21,\"level\":1}]}", Locale.ENGLISH).errors())
                .extracting(Problem::message).containsExactly("expected a text in double quotes, got the integer 21");
    }

    @Test
    void typeProblems_describeWhatTheyGot_inJapanese() {
        String expected = "JSON の整数（1.0 や \"3\" は不可）が必要ですが、";
        assertThat(levelProblem("7.5", Locale.JAPANESE).message()).isEqualTo(expected + "数値 7.5 が指定されています");
        assertThat(levelProblem("true", Locale.JAPANESE).message()).isEqualTo(expected + "真偽値 true が指定されています");
        assertThat(levelProblem("null", Locale.JAPANESE).message()).isEqualTo(expected + "null 値が指定されています");
        assertThat(levelProblem("[3]", Locale.JAPANESE).message()).isEqualTo(expected + "配列が指定されています");
        assertThat(levelProblem("{}", Locale.JAPANESE).message()).isEqualTo(expected + "オブジェクトが指定されています");
        assertThat(levelProblem("\"three\"", Locale.JAPANESE).message()).isEqualTo(expected + "文字列 \"three\" が指定されています");
    }

    @Test
    void typeProblems_quoteWhatWasWrittenSafely() {
        Problem p = levelProblem("\"3\\n" + "x".repeat(60) + "\"", Locale.ENGLISH);
        assertThat(p.arguments().get(2)).isEqualTo("\"3\\u000A" + "x".repeat(38) + "\u2026\"");
        assertThat(p.message()).doesNotContain("\n").endsWith(p.arguments().get(2));
        assertThat(levelProblem("1E+2", Locale.ENGLISH).arguments()).containsExactly("integer", "number", "1E+2");
    }

    @Test
    void extensionValues_mapToJavaAndBackExactly() throws IOException {
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
        assertThat(((Map<?, ?>) a.extensions().get("o")).keySet()).extracting(Object::toString)
                .containsExactly("s", "t", "f", "n", "i", "big", "d", "e", "a");
        String written = AssessmentJson.write(a);
        assertThat(written).contains("\"n\": null", "\"big\": 123456789012345678901234567890", "\"d\": 2.50", "\"e\": 1E+5", "\"t\": true");
        assertThat(AssessmentJson.read(written)).isEqualTo(a);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AssessmentJson.write(a, bytes);
        assertThat(bytes.toByteArray()).isEqualTo(written.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void longsAtTheirEdges_stayLongs_andOneBeyondIsABigInteger() {
        String doc = HEAD + "\"answers\":[],\"extensions\":{\"max\":9223372036854775807,\"min\":-9223372036854775808,"
                + "\"over\":9223372036854775808,\"under\":-9223372036854775809}}";
        Map<String, Object> e = AssessmentJson.read(doc).extensions();
        assertThat(e.get("max")).isEqualTo(Long.MAX_VALUE);
        assertThat(e.get("min")).isEqualTo(Long.MIN_VALUE);
        assertThat(e.get("over")).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        assertThat(e.get("under")).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE));
    }

    @Test
    void writtenUtf8_readsBackFromAStream() throws IOException {
        Assessment a = Assessment.builder(new RubricRef("r", "1")).organization("例 😀").score("2.1", 1).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AssessmentJson.write(a, bytes);
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(AssessmentJson.write(a));
        assertThat(AssessmentJson.parse(new ByteArrayInputStream(bytes.toByteArray()), Locale.ENGLISH).orElseThrow()).isEqualTo(a);
    }
}
