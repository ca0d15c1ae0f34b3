package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.InvalidAssessmentException;
import org.psirtmaturity.scoring.RubricRef;

class AssessmentJsonTest {

    static final String BRIEF_EXAMPLE = """
            {"format":"psirt-assessment/1","rubric":{"id":"sisac-psirt-maturity-sheet","edition":"1.0"},
             "context":{"organization":"Example Corp","assessor":"A. Tanaka","date":"2026-10-01"},
             "answers":[{"framework":"2.1","level":3,"note":"…","evidence":["https://example.com/security"]},
                        {"framework":"6.4","excluded":true,"reason":"no sales team"},
                        {"framework":"1.1","unanswered":true}],
             "foundations":{"executive-sponsorship":true},
             "extensions":{"x-platform":{"ticket":"GRC-12"}}}
            """;

    /** A minimal document with one answer replaced by {@code answer}. */
    private static String withAnswer(String answer) {
        return "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},\"answers\":[" + answer + "]}";
    }

    private static List<Problem> problems(String json) {
        ParseResult<Assessment> r = AssessmentJson.parse(json);
        assertThat(r.value()).isEmpty();
        return r.problems();
    }

    @Test
    void read_understandsTheDocumentedFormat() {
        Assessment a = AssessmentJson.read(BRIEF_EXAMPLE);

        assertThat(a.rubric()).isEqualTo(new RubricRef("sisac-psirt-maturity-sheet", "1.0"));
        assertThat(a.context()).hasValue(new AssessmentContext(Optional.of("Example Corp"), Optional.of("A. Tanaka"),
                Optional.of(LocalDate.of(2026, 10, 1))));
        assertThat(a.answers()).containsExactly(
                new FrameworkAnswer("2.1", Answer.scored(3), Optional.of("…"), List.of("https://example.com/security"), Map.of()),
                FrameworkAnswer.of("6.4", Answer.excluded("no sales team")),
                FrameworkAnswer.of("1.1", Answer.unanswered()));
        assertThat(a.foundations()).containsExactly(Map.entry("executive-sponsorship", true));
        assertThat(a.extensions()).isEqualTo(Map.of("x-platform", Map.of("ticket", "GRC-12")));
        assertThat(AssessmentJson.read(AssessmentJson.write(a))).isEqualTo(a);
    }

    @Test
    void read_acceptsUtf8AndUtf16Streams() {
        Assessment fromText = AssessmentJson.read(BRIEF_EXAMPLE);
        assertThat(AssessmentJson.read(new ByteArrayInputStream(BRIEF_EXAMPLE.getBytes(StandardCharsets.UTF_8)))).isEqualTo(fromText);
        assertThat(AssessmentJson.read(new ByteArrayInputStream(BRIEF_EXAMPLE.getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(fromText);
    }

    @Test
    void write_usesAFixedOrderAndLeavesOutWhatIsEmpty() {
        Assessment a = Assessment.builder(new RubricRef("sisac-psirt-maturity-sheet", "1.0"))
                .date(LocalDate.of(2026, 10, 1))
                .score("2.1", 3).note("2.1", "web form").evidence("2.1", "https://example.com/security")
                .exclude("6.4", "no sales team").exclude("6.1").unanswered("1.1")
                .foundation("triage", false)
                .extension("x-platform", Map.of("ticket", "GRC-12"))
                .build();
        assertThat(AssessmentJson.write(a)).isEqualTo("""
                {
                  "format": "psirt-assessment/1",
                  "rubric": {
                    "id": "sisac-psirt-maturity-sheet",
                    "edition": "1.0"
                  },
                  "context": {
                    "date": "2026-10-01"
                  },
                  "answers": [
                    {
                      "framework": "2.1",
                      "level": 3,
                      "note": "web form",
                      "evidence": [
                        "https://example.com/security"
                      ]
                    },
                    {
                      "framework": "6.4",
                      "excluded": true,
                      "reason": "no sales team"
                    },
                    {
                      "framework": "6.1",
                      "excluded": true
                    },
                    {
                      "framework": "1.1",
                      "unanswered": true
                    }
                  ],
                  "foundations": {
                    "triage": false
                  },
                  "extensions": {
                    "x-platform": {
                      "ticket": "GRC-12"
                    }
                  }
                }
                """);
    }

    @Test
    void write_keepsInvalidContentForValidationToReport() {
        Assessment a = new Assessment(new RubricRef("", ""), Optional.of(AssessmentContext.empty()), List.of(
                FrameworkAnswer.of("x", Answer.scored(-7)), FrameworkAnswer.of("x", Answer.scored(99))), Map.of("nonsense", true), Map.of());
        assertThat(AssessmentJson.read(AssessmentJson.write(a))).isEqualTo(a);
    }

    @Test
    void levels_mustBeJsonIntegers() {
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"level\":1.0}"))).extracting(Problem::path, Problem::code, Problem::message)
                .containsExactly(tuple("answers[2.1].level", "json.type", "expected a JSON integer (not 1.0, not \"3\"), got the number 1.0"));
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"level\":\"3\"}"))).extracting(Problem::path, Problem::code, Problem::message)
                .containsExactly(tuple("answers[2.1].level", "json.type", "expected a JSON integer (not 1.0, not \"3\"), got the string \"3\""));
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"level\":3e0}"))).extracting(Problem::code).containsExactly("json.type");
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"level\":12345678901234}"))).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("answers[2.1].level", "answer.level.range"));
        assertThat(AssessmentJson.read(withAnswer("{\"framework\":\"2.1\",\"level\":7}")).answers().get(0).answer()).isEqualTo(Answer.scored(7));
    }

    @Test
    void unknownProperties_areErrorsOutsideExtensions() {
        String doc = """
                {"format":"psirt-assessment/1","rubric":{"id":"r","edition":"1","lang":"ja"},
                 "context":{"organisation":"typo"},
                 "answers":[{"framework":"2.1","level":3,"comment":"typo","extensions":{"anything":{"goes":[1,2.50,null]}}}],
                 "version":2,
                 "extensions":{"x":true}}
                """;
        assertThat(problems(doc)).extracting(Problem::path, Problem::code).containsExactly(
                tuple("version", "json.property.unknown"),
                tuple("rubric.lang", "json.property.unknown"),
                tuple("context.organisation", "json.property.unknown"),
                tuple("answers[2.1].comment", "json.property.unknown"));
        assertThat(problems(doc).get(0).message()).isEqualTo("unknown property \"version\"; expected one of format, rubric, context, "
                + "answers, foundations, extensions (data of other tools belongs under \"extensions\")");

        Assessment a = AssessmentJson.read(withAnswer("{\"framework\":\"2.1\",\"level\":3,\"extensions\":{\"anything\":{\"goes\":[1,2.50,null]}}}"));
        Map<String, Object> goes = Map.of("goes", java.util.Arrays.asList(1L, new BigDecimal("2.50"), null));
        assertThat(a.answers().get(0).extensions()).isEqualTo(Map.of("anything", goes));
    }

    @Test
    void parserLevelErrors_areProblemsNotCrashes() {
        assertThat(problems("{\"format\":\"psirt-assessment/1\",\"format\":\"x\"}")).extracting(Problem::code).containsExactly("json.duplicate-key");
        assertThat(problems(BRIEF_EXAMPLE + " {}")).extracting(Problem::code).containsExactly("json.trailing-content");
        assertThat(problems(BRIEF_EXAMPLE + " x")).extracting(Problem::code).containsExactly("json.syntax");
        assertThat(problems("{\"format\": NaN}")).extracting(Problem::code).containsExactly("json.syntax");
        assertThat(problems("{/* no comments */}")).extracting(Problem::code).containsExactly("json.syntax");
        assertThat(problems("[1, 2")).extracting(Problem::code).containsExactly("json.syntax");
        assertThat(problems("")).extracting(Problem::code).containsExactly("json.empty");
        assertThat(problems("[]")).extracting(Problem::path, Problem::code).containsExactly(tuple("", "json.type"));
        assertThat(problems("{\"a\":1,\"a\":2}").get(0).message()).contains("line 1, column").contains("expected each key once per object");
    }

    @Test
    void missingAndMalformedParts_areReportedTogether() {
        String doc = """
                {"format":"psirt-assessment/2","rubric":{"id":"r"},"context":{"date":"2026-02-30"},
                 "answers":[{"level":3},{"framework":"2.1","excluded":false},{"framework":"2.2","level":1,"unanswered":true},
                            {"framework":"2.3"},{"framework":"2.4","reason":"why","unanswered":true},{"framework":2.5,"level":1},
                            "2.6",{"framework":"2.7","level":2,"evidence":["ok",3]}],
                 "foundations":{"budget":"yes"}}
                """;
        assertThat(problems(doc)).extracting(Problem::path, Problem::code).containsExactly(
                tuple("format", "json.format"),
                tuple("rubric.edition", "json.property.missing"),
                tuple("context.date", "json.value"),
                tuple("answers[0].framework", "json.property.missing"),
                tuple("answers[2.1].excluded", "json.value"),
                tuple("answers[2.2]", "json.answer.kind"),
                tuple("answers[2.3]", "json.answer.kind"),
                tuple("answers[2.4].reason", "json.value"),
                tuple("answers[5].framework", "json.type"),
                tuple("answers[6]", "json.type"),
                tuple("answers[2.7].evidence[1]", "json.type"),
                tuple("foundations[budget]", "json.type"));
        assertThat(problems("{}")).extracting(Problem::path).containsExactly("format", "rubric", "answers");
    }

    @Test
    void problems_canBeInJapanese() {
        ParseResult<Assessment> r = AssessmentJson.parse(withAnswer("{\"framework\":\"2.1\",\"level\":\"3\"}"), Locale.JAPANESE);
        assertThat(r.problems()).singleElement().extracting(Problem::message)
                .isEqualTo("JSON の整数（1.0 や \"3\" ではなく）が必要ですが、文字列「3」です");
    }

    @Test
    void read_throwsEveryProblemTogether() {
        assertThatThrownBy(() -> AssessmentJson.read("{}")).isInstanceOfSatisfying(InvalidAssessmentException.class,
                e -> assertThat(e.problems()).hasSize(3));
        assertThat(AssessmentJson.parse("{}").isValid()).isFalse();
        assertThat(AssessmentJson.parse(BRIEF_EXAMPLE).isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"framework\":\"2.1\",\"level\":3}                          | 2.1",
            "{\"framework\":\"2.1\",\"excluded\":true,\"note\":\"\"}       | 2.1",
            "{\"framework\":\"not an id\",\"unanswered\":true}            | not an id"})
    void read_keepsTheFrameworkIdAsWritten(String answer, String framework) {
        assertThat(AssessmentJson.read(withAnswer(answer)).answers()).extracting(FrameworkAnswer::framework).containsExactly(framework);
    }
}
