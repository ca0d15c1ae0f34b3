package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;

/**
 * Every problem of validation carries the values its message shows, in the order of the message
 * bundle's {@code {0}, {1} …}, the same in English and Japanese, so that a platform can render the
 * message in a language of its own.
 */
class ProblemArgumentsTest {

    private static final Rubric RUBRIC = TestRubrics.japanese();
    private static final String KNOWN = "1.1\u20131.7, 2.1\u20132.5, 3.1\u20133.3, 4.1\u20134.4, 5.1\u20135.4, 6.1\u20136.5";
    private static final String FOUNDATION_KEYS = "executive-sponsorship, stakeholders, budget, policy.vulnerability-management, "
            + "policy.information-handling, policy.scoring-prioritisation, policy.remediation-sla, policy.disclosure, triage";

    /** An assessment that breaks every rule of validation once. */
    private static Assessment everythingWrong() {
        return new Assessment(new RubricRef("other-sheet", "9.9"), Optional.empty(), List.of(
                FrameworkAnswer.of("2.1", Answer.scored(7)),
                FrameworkAnswer.of("x", Answer.scored(3)),
                FrameworkAnswer.of("２．１", Answer.scored(3)),
                FrameworkAnswer.of("9.9", Answer.scored(2)),
                FrameworkAnswer.of("2.1", Answer.scored(2)),
                FrameworkAnswer.of("6.3", Answer.scored(3)),
                FrameworkAnswer.of("6.3", Answer.excluded("n/a")),
                FrameworkAnswer.of("4.4", Answer.scored(1))),
                Map.of("intake", true), Map.of());
    }

    private static List<Problem> problems(Locale locale) {
        return AssessmentValidator.validate(everythingWrong(), RUBRIC, locale, ValidationOptions.DEFAULT.withRequireComplete(true))
                .problems().stream().map(ValidationProblem::problem).toList();
    }

    @Test
    void everyRule_carriesTheArgumentsItsMessageShows_inTheDocumentedOrder() {
        List<Problem> problems = problems(Locale.ENGLISH);

        assertThat(problems.subList(0, 12)).extracting(Problem::path, Problem::code, Problem::arguments).containsExactly(
                tuple("rubric.id", "rubric.mismatch", List.of("other-sheet", "sisac-psirt-maturity-sheet")),
                tuple("rubric.edition", "rubric.mismatch", List.of("9.9", "1.0")),
                tuple("answers[2.1].level", "answer.level.range", List.of("7")),
                tuple("answers[1].framework", "answer.framework.malformed", List.of("x")),
                tuple("answers[2].framework", "answer.framework.malformed", List.of("２．１", "2.1")),
                tuple("answers[9.9].framework", "answer.framework.unknown", List.of("9.9", "sisac-psirt-maturity-sheet 1.0", KNOWN)),
                tuple("answers[2.1]", "answer.duplicate", List.of("2.1", "0")),
                tuple("answers[6.3]", "answer.out-of-scope", List.of("6.3")),
                tuple("answers[6.3]", "answer.duplicate", List.of("6.3", "5")),
                tuple("answers[6.3]", "answer.out-of-scope", List.of("6.3")),
                tuple("answers[4.4].level", "answer.level.undefined", List.of("1", "4.4", "4, 5")),
                tuple("foundations[intake]", "foundation.unknown", List.of("intake", FOUNDATION_KEYS)));
        assertThat(problems.subList(12, problems.size())).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo("answer.missing");
            assertThat(p.path()).isEqualTo("answers[" + p.arguments().get(0) + "]");
            assertThat(p.arguments()).hasSize(1);
        });
    }

    @Test
    void everyArgument_isShownInTheMessage_inBothLanguages() {
        List<Problem> english = problems(Locale.ENGLISH);
        List<Problem> japanese = problems(Locale.JAPANESE);

        assertThat(japanese).extracting(Problem::path, Problem::code, Problem::arguments)
                .containsExactlyElementsOf(english.stream().map(p -> tuple(p.path(), p.code(), p.arguments())).toList());
        for (List<Problem> problems : List.of(english, japanese)) {
            assertThat(problems).allSatisfy(p -> assertThat(p.arguments()).isNotEmpty()
                    .allSatisfy(argument -> assertThat(p.message()).as(p.toString()).contains(argument)));
        }
        assertThat(english.get(8).message()).isEqualTo("framework 6.3 is answered more than once (first at position 5 of the answers, "
                + "counting from 0); expected one answer per framework");
        assertThat(japanese.get(8).message()).isEqualTo("フレームワーク 6.3 に複数の回答があります（最初の回答は 0 から数えて 5 番目）。"
                + "フレームワークごとに回答は 1 つだけにしてください");
    }

    @Test
    void quotedUserText_isTheSameInTheArgumentsAsInTheMessage() {
        Assessment a = new Assessment(new RubricRef("r\n" + "r".repeat(50), "1.0"), Optional.empty(),
                List.of(FrameworkAnswer.of("2.1\u202E", Answer.scored(1))), Map.of("k\u0007", true), Map.of());
        List<Problem> errors = AssessmentValidator.validate(a, RUBRIC).errors();

        assertThat(errors).extracting(Problem::code, Problem::arguments).containsExactly(
                tuple("rubric.mismatch", List.of("r\\u000A" + "r".repeat(38) + "\u2026", "sisac-psirt-maturity-sheet")),
                tuple("answer.framework.malformed", List.of("2.1\\u202E")),
                tuple("foundation.unknown", List.of("k\\u0007", FOUNDATION_KEYS)));
        assertThat(errors).allSatisfy(p -> assertThat(p.message()).contains(p.arguments().get(0)).doesNotContain("\n", "\u202E", "\u0007"));
    }

    @Test
    void theReportsFlags_carryTheArgumentsOfTheWarnings() {
        Assessment a = Assessment.builder(RUBRIC).score("4.4", 1).score("5.2", 5).build();
        ScoreReport report = Scoring.score(a, RUBRIC);
        List<Problem> warnings = AssessmentValidator.validate(a, RUBRIC).warnings();

        assertThat(report.flags()).extracting(Problem::path, Problem::code, Problem::arguments).containsExactly(
                tuple("answers[4.4].level", "answer.level.undefined", List.of("1", "4.4", "4, 5")),
                tuple("answers[5.2].level", "answer.level.undefined", List.of("5", "5.2", "0, 1, 2, 3, 4")));
        assertThat(report.flags()).isEqualTo(warnings);
    }

    @Test
    void problemsMadeByHand_haveNoArgumentsUnlessGiven() {
        assertThat(new Problem("p", "c", "m").arguments()).isEmpty();
        assertThat(new Problem("p", "c", List.of("a", "b"), "m a b").arguments()).containsExactly("a", "b");
    }
}
