package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.psirtmaturity.scoring.Severity;
import org.psirtmaturity.scoring.ValidationOptions;
import org.psirtmaturity.scoring.ValidationProblem;

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

    /** The problems of the document's shape, which must make it unreadable. */
    private static List<Problem> problems(String json) {
        ParseResult<Assessment> r = AssessmentJson.parse(json, Locale.ENGLISH);
        assertThat(r.value()).isEmpty();
        return r.errors();
    }

    /** The problems of a document read and checked against the Japanese sheet in one round. */
    private static List<ValidationProblem> oneRound(String json, ValidationOptions options) {
        return AssessmentJson.parse(json, TestData.JAPANESE, Locale.ENGLISH, options).problems();
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
    void everyEntryPoint_readsTheSameAssessment() {
        Assessment fromText = AssessmentJson.read(BRIEF_EXAMPLE);
        byte[] utf8 = BRIEF_EXAMPLE.getBytes(StandardCharsets.UTF_8);
        assertThat(AssessmentJson.parse(new ByteArrayInputStream(utf8), Locale.ENGLISH).orElseThrow()).isEqualTo(fromText);
        assertThat(AssessmentJson.parse(new ByteArrayInputStream(BRIEF_EXAMPLE.getBytes(StandardCharsets.UTF_16BE)), Locale.ENGLISH)
                .orElseThrow()).isEqualTo(fromText);
        assertThat(AssessmentJson.parse(BRIEF_EXAMPLE, Locale.JAPANESE).orElseThrow()).isEqualTo(fromText);
        assertThat(AssessmentJson.parse(BRIEF_EXAMPLE, TestData.JAPANESE, Locale.ENGLISH, ValidationOptions.DEFAULT).orElseThrow())
                .isEqualTo(fromText);
        assertThat(AssessmentJson.parse(utf8, TestData.JAPANESE, Locale.ENGLISH, ValidationOptions.DEFAULT).orElseThrow())
                .isEqualTo(fromText);
        assertThat(AssessmentJson.parse(new ByteArrayInputStream(utf8), TestData.JAPANESE, Locale.ENGLISH, ValidationOptions.DEFAULT)
                .orElseThrow()).isEqualTo(fromText);
    }

    @Test
    void parseFromBytes_neitherKeepsNorChangesTheArray() {
        byte[] utf8 = BRIEF_EXAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] copy = utf8.clone();
        Assessment a = AssessmentJson.parse(utf8, TestData.JAPANESE, Locale.ENGLISH, ValidationOptions.DEFAULT).orElseThrow();
        assertThat(utf8).isEqualTo(copy);
        Arrays.fill(utf8, (byte) ' ');
        assertThat(a).isEqualTo(AssessmentJson.read(BRIEF_EXAMPLE));
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
    void writeToAStream_isTheUtf8OfTheText_flushedAndNotClosed() throws IOException {
        Assessment a = Assessment.builder(new RubricRef("r", "1")).organization("例 😀").score("2.1", 1).build();
        boolean[] closed = {false};
        int[] flushes = {0};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }

            @Override
            public void flush() {
                flushes[0]++;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        AssessmentJson.write(a, out);
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(AssessmentJson.write(a));
        assertThat(closed[0]).isFalse();
        assertThat(flushes[0]).isPositive();
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
                .containsExactly(tuple("answers[2.1].level", "json.type", "expected a JSON integer (not 1.0, not \"3\"), got the text \"3\""));
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"level\":3e0}"))).extracting(Problem::code).containsExactly("json.type");
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"level\":12345678901234}"))).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("answers[2.1].level", "answer.level.range"));
        // Without a rubric, a level outside 0 to 5 that fits an int is read: the rubric's rules judge it.
        assertThat(AssessmentJson.read(withAnswer("{\"framework\":\"2.1\",\"level\":7}")).answers().get(0).answer()).isEqualTo(Answer.scored(7));
    }

    @Test
    void typeProblems_haveLanguageNeutralArguments() {
        Problem english = problems(withAnswer("{\"framework\":\"2.1\",\"level\":\"3\"}")).get(0);
        Problem japanese = AssessmentJson.parse(withAnswer("{\"framework\":\"2.1\",\"level\":\"3\"}"), Locale.JAPANESE).errors().get(0);
        assertThat(english.arguments()).containsExactly("integer", "string", "\"3\"");
        assertThat(japanese.arguments()).isEqualTo(english.arguments());
        assertThat(japanese.message()).isEqualTo("JSON の整数（1.0 や \"3\" は不可）が必要ですが、文字列 \"3\" が指定されています");
        assertThat(problems(withAnswer("{\"framework\":21,\"level\":1}"))).extracting(Problem::arguments)
                .containsExactly(List.of("string", "integer", "21"));
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"level\":null}"))).extracting(Problem::arguments)
                .containsExactly(List.of("integer", "null", ""));
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"level\":[3]}"))).extracting(Problem::arguments)
                .containsExactly(List.of("integer", "array", ""));
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"level\":2.5}"))).extracting(Problem::arguments)
                .containsExactly(List.of("integer", "number", "2.5"));
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"excluded\":\"yes\"}"))).extracting(Problem::arguments)
                .containsExactly(List.of("boolean", "string", "\"yes\""));
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
                tuple("rubric.lang", "json.property.unknown"),
                tuple("context.organisation", "json.property.unknown"),
                tuple("answers[2.1].comment", "json.property.unknown"),
                tuple("version", "json.property.unknown"));
        Problem version = problems(doc).get(3);
        assertThat(version.message()).isEqualTo("unknown property \"version\"; expected one of format, rubric, context, "
                + "answers, foundations, extensions (data of other tools belongs under \"extensions\")");
        assertThat(version.arguments()).containsExactly("version", "format, rubric, context, answers, foundations, extensions");

        Assessment a = AssessmentJson.read(withAnswer("{\"framework\":\"2.1\",\"level\":3,\"extensions\":{\"anything\":{\"goes\":[1,2.50,null]}}}"));
        Map<String, Object> goes = Map.of("goes", Arrays.asList(1L, new BigDecimal("2.50"), null));
        assertThat(a.answers().get(0).extensions()).isEqualTo(Map.of("anything", goes));
    }

    @Test
    void duplicateKeys_areProblemsAtTheDuplicatedProperty_andReadingGoesOn() {
        String doc = withAnswer("{\"framework\":\"2.1\",\"level\":1,\"level\":4},{\"framework\":\"2.2\",\"level\":\"x\"}");
        assertThat(problems(doc)).extracting(Problem::path, Problem::code, Problem::arguments).containsExactly(
                tuple("answers[2.1].level", "json.duplicate-key", List.of("level", "1", "106")),
                tuple("answers[2.2].level", "json.type", List.of("integer", "string", "\"x\"")));
        assertThat(problems(doc).get(0).message())
                .isEqualTo("the key \"level\" appears twice in one object, at line 1, column 106; expected each key once per object");
        assertThat(problems("{\"format\":\"psirt-assessment/1\",\"format\":\"x\"}")).extracting(Problem::path, Problem::code).containsExactly(
                tuple("format", "json.duplicate-key"), tuple("rubric", "json.property.missing"), tuple("answers", "json.property.missing"));
        assertThat(problems("{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},\"answers\":[],"
                + "\"extensions\":{\"a\":{\"b\":1,\"b\":2}}}")).extracting(Problem::path).containsExactly("extensions.a.b");
    }

    /** The problem that ended reading a document: the last one. */
    private static Problem ending(String json) {
        List<Problem> problems = problems(json);
        return problems.get(problems.size() - 1);
    }

    @Test
    void syntaxErrors_sayWhatIsWrongAndWhere() {
        assertThat(problems(BRIEF_EXAMPLE + " {}")).extracting(Problem::code).containsExactly("json.trailing-content");
        assertThat(problems(BRIEF_EXAMPLE + " x")).extracting(Problem::code).containsExactly("json.syntax.unquoted");
        assertThat(problems("{\"format\": NaN}")).extracting(Problem::code, Problem::arguments)
                .containsExactly(tuple("json.syntax.unquoted", List.of("1", "12", "NaN")));
        assertThat(problems("{/* no comments */}")).extracting(Problem::code, Problem::arguments)
                .containsExactly(tuple("json.syntax.comment", List.of("1", "2")));
        assertThat(problems(BRIEF_EXAMPLE + "# a note")).extracting(Problem::code, Problem::arguments)
                .containsExactly(tuple("json.syntax.comment", List.of("8", "1")));
        assertThat(problems("{\"extensions\": {\"a\": [1, 2")).extracting(Problem::code, Problem::arguments)
                .containsExactly(tuple("json.syntax.end", List.of("1", "27"))); // just after the last character
        assertThat(problems("{\"format\": [1, 2")).extracting(Problem::code).containsExactly("json.type", "json.syntax.end");
        assertThat(ending("{\"format\": \"psirt-assessment/1\"").code()).isEqualTo("json.syntax.end");
        assertThat(ending("{\"format\": \"psirt-").code()).isEqualTo("json.syntax.end");
        assertThat(ending("{\"a\":[1,2,]}")).extracting(Problem::code, Problem::arguments)
                .isEqualTo(List.of("json.syntax.trailing-comma", List.of("1", "11", "]")));
        assertThat(ending("{\"a\":{\"b\":1,}}")).extracting(Problem::code, Problem::arguments)
                .isEqualTo(List.of("json.syntax.trailing-comma", List.of("1", "13", "}")));
        assertThat(ending("{\"a\":1 \"b\":2}").code()).isEqualTo("json.syntax.missing-comma");
        assertThat(ending("{\"a\":[1 2]}").code()).isEqualTo("json.syntax.missing-comma");
        assertThat(ending("{\"a\" 1}").code()).isEqualTo("json.syntax.missing-colon");
        assertThat(ending("{'a':1}").code()).isEqualTo("json.syntax.single-quote");
        assertThat(ending("{\"a\":01}").code()).isEqualTo("json.syntax.number");
        assertThat(ending("{\"a\":+1}").code()).isEqualTo("json.syntax.number");
        assertThat(ending("{\"a\":\"\\q\"}").code()).isEqualTo("json.syntax.escape");
        assertThat(ending("{\"a\":\"x\ty\"}")).extracting(Problem::code, Problem::arguments)
                .isEqualTo(List.of("json.syntax.control-character", List.of("1", "8", "U+0009")));
        assertThat(ending("{\"a\":@}")).extracting(Problem::code, Problem::arguments)
                .isEqualTo(List.of("json.syntax", List.of("1", "6", "@")));
        assertThat(problems("")).extracting(Problem::code).containsExactly("json.empty");
        assertThat(problems(" \n\t ")).extracting(Problem::code).containsExactly("json.empty");
        assertThat(problems("[]")).extracting(Problem::path, Problem::code).containsExactly(tuple("", "json.type"));
    }

    @Test
    void aSyntaxError_endsReading_afterTheProblemsFoundBeforeIt() {
        String doc = "{\"format\":\"psirt-assessment/1\",\"comment\":\"x\",\n\"rubric\":{\"id\":\"r\" \"edition\":\"1\"}}";
        assertThat(problems(doc)).extracting(Problem::path, Problem::code, Problem::arguments).containsExactly(
                tuple("comment", "json.property.unknown", List.of("comment", "format, rubric, context, answers, foundations, extensions")),
                tuple("", "json.syntax.missing-comma", List.of("2", "20")));
        // Nothing is reported against the rubric for a document whose reading ended early.
        assertThat(oneRound(doc.replace("\"r\"", "\"other\""), ValidationOptions.DEFAULT)).extracting(ValidationProblem::code)
                .containsExactly("json.property.unknown", "json.syntax.missing-comma");
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
                tuple("foundations[budget]", "json.type"),
                tuple("format", "json.format"));
        assertThat(problems("{}")).extracting(Problem::path).containsExactly("format", "rubric", "answers");
        assertThat(problems(withAnswer("{\"framework\":\"2.1\",\"level\":1,\"unanswered\":true}"))).extracting(Problem::arguments)
                .containsExactly(List.of("\"level\", \"unanswered\""));
        assertThat(problems(withAnswer("{\"framework\":\"2.1\"}"))).singleElement().satisfies(p -> {
            assertThat(p.arguments()).as("language-neutral: the properties given, none").containsExactly("");
            assertThat(p.message()).endsWith("got none of them");
        });
    }

    @Test
    void oneRound_listsTheShapesProblemsThenTheRubrics_withoutReportingAMistakeTwice() {
        String doc = """
                {"format":"psirt-assessment/1","rubric":{"id":"sisac-psirt-maturity-sheet","edition":"0.9"},
                 "answers":[{"framework":"2.1","level":"3"},{"framework":"9.9","level":1},{"framework":"2.1","level":1},
                            {"framework":"２．２","level":2,"comment":"x"},{"framework":"4.4","level":1},{"framework":7,"level":1}]}
                """;
        List<ValidationProblem> problems = oneRound(doc, ValidationOptions.DEFAULT);
        assertThat(problems).extracting(ValidationProblem::path, ValidationProblem::code, ValidationProblem::severity).containsExactly(
                tuple("answers[2.1].level", "json.type", Severity.ERROR),
                tuple("answers[3].comment", "json.property.unknown", Severity.ERROR),
                tuple("answers[5].framework", "json.type", Severity.ERROR),
                tuple("rubric.edition", "rubric.mismatch", Severity.ERROR),
                tuple("answers[9.9].framework", "answer.framework.unknown", Severity.ERROR),
                tuple("answers[2.1]", "answer.duplicate", Severity.ERROR),
                tuple("answers[3].framework", "answer.framework.malformed", Severity.ERROR),
                tuple("answers[4.4].level", "answer.level.undefined", Severity.WARNING));
        // Strict: the undefined level is an error; complete: the missing answers follow.
        assertThat(oneRound(doc, ValidationOptions.STRICT)).filteredOn(p -> p.code().equals("answer.level.undefined"))
                .extracting(ValidationProblem::severity).containsExactly(Severity.ERROR);
        assertThat(oneRound(doc, ValidationOptions.DEFAULT.withRequireComplete(true))).extracting(ValidationProblem::code)
                .contains("answer.missing");
    }

    @Test
    void oneRound_doesNotCallAnAnswerWhosePartsCouldNotBeReadMissing() {
        String complete = AssessmentJson.write(TestData.allAt(3));
        String levelAsText = complete.replaceFirst("(\"framework\": \"2\\.1\",\\s*\"level\": )3", "$1\"3\"");
        assertThat(levelAsText).isNotEqualTo(complete);
        ValidationOptions options = ValidationOptions.DEFAULT.withRequireComplete(true);

        assertThat(oneRound(complete, options)).extracting(ValidationProblem::code).containsOnly("answer.level.undefined");
        assertThat(oneRound(levelAsText, options)).filteredOn(ValidationProblem::isError)
                .extracting(ValidationProblem::path, ValidationProblem::code).containsExactly(tuple("answers[2.1].level", "json.type"));
        // An answer that could not be read does not hide another framework's missing answer.
        Assessment all = TestData.allAt(3);
        String withoutTwoOne = AssessmentJson.write(all.withAnswers(all.answers().stream().filter(x -> !x.framework().equals("2.1")).toList()))
                .replaceFirst("(\"framework\": \"2\\.2\",\\s*\"level\": )3", "$1true");
        assertThat(oneRound(withoutTwoOne, options)).filteredOn(ValidationProblem::isError)
                .extracting(ValidationProblem::path, ValidationProblem::code).containsExactly(
                        tuple("answers[2.2].level", "json.type"),
                        tuple("answers[2.1]", "answer.missing"));
    }

    @Test
    void oneRound_keepsWarningsBesideTheAssessment() {
        String doc = withAnswer("{\"framework\":\"4.4\",\"level\":1}").replace("\"r\"", "\"sisac-psirt-maturity-sheet\"")
                .replace("\"1\"}", "\"1.0\"}");
        ParseResult<Assessment> r = AssessmentJson.parse(doc, TestData.JAPANESE, Locale.JAPANESE, ValidationOptions.DEFAULT);
        assertThat(r.isValid()).isTrue();
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(Problem::path, Problem::code, Problem::arguments)
                .containsExactly(tuple("answers[4.4].level", "answer.level.undefined", List.of("1", "4.4", "4, 5")));
        assertThat(r.warnings().get(0).message()).startsWith("フレームワーク 4.4 のレベル 1");
        assertThat(r.orElseThrow().answers()).containsExactly(FrameworkAnswer.of("4.4", Answer.scored(1)));
        ParseResult<Assessment> strict = AssessmentJson.parse(doc, TestData.JAPANESE, Locale.JAPANESE, ValidationOptions.STRICT);
        assertThat(strict.isValid()).isFalse();
        assertThat(strict.value()).isEmpty();
    }

    @Test
    void oneRound_usesTheRubricOfTheDocumentOnlyWhenItCouldBeRead() {
        // An unreadable rubric reference is one problem of shape, not also a mismatch.
        assertThat(oneRound("{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":7,\"edition\":\"1.0\"},\"answers\":[]}",
                ValidationOptions.DEFAULT)).extracting(ValidationProblem::path, ValidationProblem::code)
                .containsExactly(tuple("rubric.id", "json.type"));
        assertThat(oneRound("{\"format\":\"psirt-assessment/1\",\"answers\":[]}", ValidationOptions.DEFAULT))
                .extracting(ValidationProblem::path, ValidationProblem::code).containsExactly(tuple("rubric", "json.property.missing"));
    }

    @Test
    void problems_canBeInJapanese() {
        ParseResult<Assessment> r = AssessmentJson.parse("{\"a\":1,}", Locale.JAPANESE);
        assertThat(r.errors()).extracting(Problem::message).containsExactly(
                "不明なプロパティ「a」です。format, rubric, context, answers, foundations, extensions のいずれかを使ってください"
                        + "（他のツールのデータは「extensions」の下に置いてください）",
                "1 行 8 桁の閉じ括弧 } の直前にコンマがあります。コンマの後に値を続けるか、コンマを削除してください");
    }

    @Test
    void read_throwsEveryProblemTogetherInEnglish() {
        assertThatThrownBy(() -> AssessmentJson.read("{}")).isInstanceOfSatisfying(InvalidAssessmentException.class,
                e -> assertThat(e.problems()).extracting(Problem::message).hasSize(3)
                        .allSatisfy(m -> assertThat(m).startsWith("the required property")));
        assertThat(AssessmentJson.parse("{}", Locale.ENGLISH).isValid()).isFalse();
        assertThat(AssessmentJson.parse(BRIEF_EXAMPLE, Locale.ENGLISH).isValid()).isTrue();
    }

    @Test
    void parseResult_holdsAValueOrErrors() {
        ValidationProblem error = new ValidationProblem(new Problem("p", "c", "m"), Severity.ERROR);
        ValidationProblem warning = new ValidationProblem(new Problem("p", "c", "m"), Severity.WARNING);
        assertThat(new ParseResult<>(Optional.of("x"), List.of(warning)).warnings()).hasSize(1);
        assertThat(new ParseResult<>(Optional.empty(), List.of(warning, error)).errors()).hasSize(1);
        assertThatThrownBy(() -> new ParseResult<>(Optional.of("x"), List.of(error))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParseResult<>(Optional.empty(), List.of(warning))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParseResult<>(Optional.empty(), List.of(error)).orElseThrow())
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems()).hasSize(1));
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
