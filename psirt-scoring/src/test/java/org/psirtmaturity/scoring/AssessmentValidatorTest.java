package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;

class AssessmentValidatorTest {

    private static final Rubric RUBRIC = TestRubrics.japanese();

    /** An assessment that breaks every rule once. */
    private static Assessment everythingWrong() {
        return new Assessment(new RubricRef("other-sheet", "9.9"), Optional.empty(), List.of(
                FrameworkAnswer.of("2.1", Answer.scored(7)),
                FrameworkAnswer.of("x", Answer.scored(3)),
                FrameworkAnswer.of("9.9", Answer.scored(2)),
                FrameworkAnswer.of("2.1", Answer.scored(2)),
                FrameworkAnswer.of("6.3", Answer.scored(3)),
                FrameworkAnswer.of("4.4", Answer.scored(1))),
                Map.of("budget", true, "intake", true), Map.of());
    }

    private static List<String> expectedMissing() {
        return TestRubrics.inScope().stream().map(Framework::id).map(Object::toString)
                .filter(id -> !id.equals("2.1") && !id.equals("4.4")).map(id -> "answers[" + id + "]").toList();
    }

    @Test
    void validate_reportsEveryRuleAtOnceInInputOrderWithPathsAndCodes() {
        ValidationResult result = AssessmentValidator.validate(everythingWrong(), RUBRIC, Locale.ENGLISH,
                ValidationOptions.DEFAULT.withRequireComplete(true));

        assertThat(result.isValid()).isFalse();
        List<ValidationProblem> problems = result.problems();
        assertThat(problems.subList(0, 9)).extracting(ValidationProblem::path, ValidationProblem::code, ValidationProblem::severity)
                .containsExactly(
                        tuple("rubric.id", "rubric.mismatch", Severity.ERROR),
                        tuple("rubric.edition", "rubric.mismatch", Severity.ERROR),
                        tuple("answers[2.1].level", "answer.level.range", Severity.ERROR),
                        tuple("answers[1].framework", "answer.framework.malformed", Severity.ERROR),
                        tuple("answers[9.9].framework", "answer.framework.unknown", Severity.ERROR),
                        tuple("answers[2.1]", "answer.duplicate", Severity.ERROR),
                        tuple("answers[6.3]", "answer.out-of-scope", Severity.ERROR),
                        tuple("answers[4.4].level", "answer.level.undefined", Severity.WARNING),
                        tuple("foundations[intake]", "foundation.unknown", Severity.ERROR));
        assertThat(problems.subList(9, problems.size())).allSatisfy(p -> assertThat(p.code()).isEqualTo("answer.missing"))
                .extracting(ValidationProblem::path).containsExactlyElementsOf(expectedMissing());
        assertThat(result.warnings()).extracting(Problem::code).containsExactly("answer.level.undefined");
        assertThat(result.errors()).hasSize(problems.size() - 1);
    }

    @Test
    void validate_saysWhereAndWhatWasExpectedInEnglish() {
        List<Problem> p = AssessmentValidator.validate(everythingWrong(), RUBRIC, Locale.ENGLISH,
                ValidationOptions.DEFAULT.withRequireComplete(true)).problems().stream().map(ValidationProblem::problem).toList();

        assertThat(p.get(2).toString())
                .isEqualTo("answers[2.1].level: level 7 is outside 0 to 5; expected an integer from 0 to 5 [answer.level.range]");
        assertThat(p.get(0).message()).isEqualTo(
                "the assessment names rubric \"other-sheet\" but is checked against rubric \"sisac-psirt-maturity-sheet\"; "
                        + "expected the id \"sisac-psirt-maturity-sheet\"");
        assertThat(p.get(1).message()).contains("\"9.9\"").contains("expected the edition \"1.0\"");
        assertThat(p.get(3).message()).isEqualTo("framework id \"x\" is malformed; expected <area>.<number>, e.g. 2.1");
        assertThat(p.get(4).message()).isEqualTo(
                "framework 9.9 is not in rubric sisac-psirt-maturity-sheet 1.0; expected one of 1.1\u20131.7, 2.1\u20132.5, "
                        + "3.1\u20133.3, 4.1\u20134.4, 5.1\u20135.4, 6.1\u20136.5");
        assertThat(p.get(5).message()).contains("framework 2.1 is answered more than once (first at position 0");
        assertThat(p.get(6).message()).contains("framework 6.3 is out of scope").contains("cannot be scored");
        assertThat(p.get(7).message()).isEqualTo(
                "level 1 of framework 4.4 has no description in the rubric; expected one of the defined levels 4, 5");
        assertThat(p.get(8).message()).contains("\"intake\"").contains("executive-sponsorship").contains("triage");
        assertThat(p.get(9).message()).contains("framework 1.1 is neither scored nor excluded");
    }

    @Test
    void validate_reportsTheSameProblemsInJapanese() {
        ValidationOptions options = ValidationOptions.DEFAULT.withRequireComplete(true);
        List<ValidationProblem> en = AssessmentValidator.validate(everythingWrong(), RUBRIC, Locale.ENGLISH, options).problems();
        List<ValidationProblem> ja = AssessmentValidator.validate(everythingWrong(), RUBRIC, Locale.JAPAN, options).problems();

        assertThat(ja).extracting(ValidationProblem::path, ValidationProblem::code, ValidationProblem::severity)
                .containsExactlyElementsOf(en.stream().map(p -> tuple(p.path(), p.code(), p.severity())).toList());
        assertThat(ja.get(2).message()).isEqualTo("レベル 7 は 0〜5 の範囲外です。0 から 5 の整数が必要です");
        assertThat(ja.get(3).message()).contains("「x」").contains("形式が正しくありません");
        assertThat(ja.get(7).message()).isEqualTo("フレームワーク 4.4 のレベル 1 はルーブリックに記述がありません。定義されたレベル 4, 5 のいずれかが必要です");
        assertThat(ja).allSatisfy(p -> assertThat(p.message()).doesNotContain("expected"));
    }

    @Test
    void validate_answersInEnglishForEnglishEvenOnAJapaneseJvm() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            ValidationResult result = AssessmentValidator.validate(Assessment.builder(RUBRIC).score("2.1", 9).build(), RUBRIC);
            assertThat(result.errors()).singleElement().extracting(Problem::message).asString().startsWith("level 9 is outside");
            ValidationResult french = AssessmentValidator.validate(Assessment.builder(RUBRIC).score("2.1", 9).build(), RUBRIC,
                    Locale.FRENCH, ValidationOptions.DEFAULT);
            assertThat(french.errors()).singleElement().extracting(Problem::message).asString().startsWith("level 9 is outside");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void undefinedLevel_isAWarningByDefaultAndAnErrorInStrictMode() {
        Assessment a = Assessment.builder(RUBRIC).score("5.2", 5).score("2.1", 3).build();

        ValidationResult lenient = AssessmentValidator.validate(a, RUBRIC);
        assertThat(lenient.isValid()).isTrue();
        assertThat(lenient.warnings()).extracting(Problem::path, Problem::code).containsExactly(tuple("answers[5.2].level", "answer.level.undefined"));

        ValidationResult strict = AssessmentValidator.validate(a, RUBRIC, Locale.ENGLISH, ValidationOptions.STRICT);
        assertThat(strict.isValid()).isFalse();
        assertThat(strict.errors()).extracting(Problem::code).containsExactly("answer.level.undefined");
    }

    @Test
    void outOfScopeFramework_acceptsUnansweredButNotAnExclusion() {
        assertThat(AssessmentValidator.validate(Assessment.builder(RUBRIC).unanswered("6.3").build(), RUBRIC).problems()).isEmpty();
        assertThat(AssessmentValidator.validate(Assessment.builder(RUBRIC).exclude("6.3", "n/a").build(), RUBRIC).errors())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("answers[6.3]", "answer.out-of-scope"));
    }

    @Test
    void requireComplete_countsUnansweredAsMissingAndExclusionsAsAnswered() {
        Assessment.Builder b = Assessment.builder(RUBRIC);
        for (Framework f : TestRubrics.inScope()) {
            b.exclude(f.id().toString());
        }
        b.unanswered("1.3");
        ValidationOptions complete = ValidationOptions.DEFAULT.withRequireComplete(true);
        assertThat(AssessmentValidator.validate(b.build(), RUBRIC, Locale.ENGLISH, complete).errors())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("answers[1.3]", "answer.missing"));
        b.exclude("1.3");
        assertThat(AssessmentValidator.validate(b.build(), RUBRIC, Locale.ENGLISH, complete).isValid()).isTrue();
    }

    @Test
    void requireValid_throwsEveryErrorTogether() {
        assertThatThrownBy(() -> AssessmentValidator.requireValid(everythingWrong(), RUBRIC, Locale.ENGLISH, ValidationOptions.DEFAULT))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> {
                    assertThat(e.problems()).hasSize(8);
                    assertThat(e.getMessage()).startsWith("the assessment is invalid (8 problems):")
                            .contains("answers[2.1].level: level 7 is outside 0 to 5");
                });
    }

    @Test
    void aValidAssessment_hasNoProblem() {
        ValidationResult r = AssessmentValidator.validate(TestRubrics.allAt(4), RUBRIC);
        assertThat(r.problems()).isEmpty();
        assertThat(r.isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/psirtmaturity/scoring/messages", "ValidationMessages"})
    void messageBundles_haveTheSameKeysInEnglishAndJapaneseAndValidPatterns(String base) throws IOException {
        Properties en = load(base + ".properties");
        Properties ja = load(base + "_ja.properties");
        assertThat(ja.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        List<String> all = new ArrayList<>();
        en.values().forEach(v -> all.add((String) v));
        ja.values().forEach(v -> all.add((String) v));
        for (String pattern : all) {
            assertThat(pattern).doesNotContain("${").doesNotContain("'");
            if (!base.equals("ValidationMessages")) {
                new MessageFormat(pattern);
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = AssessmentValidatorTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
