package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Problem;

/** How validation quotes what a user wrote: shortened, escaped, and with a suggestion where one is sure. */
class ValidatorMessagesTest {

    private static List<Problem> errors(Assessment a) {
        return AssessmentValidator.validate(a, TestRubrics.japanese(), Locale.ENGLISH, ValidationOptions.DEFAULT).errors();
    }

    private static Assessment withFramework(String framework) {
        return new Assessment(RubricRef.of(TestRubrics.japanese()), Optional.empty(), List.of(FrameworkAnswer.of(framework, Answer.scored(1))),
                Map.of(), Map.of());
    }

    @Test
    void quotedIds_keep40CodePointsAndThenAnEllipsis() {
        String forty = "x".repeat(39) + "😀";
        assertThat(errors(withFramework(forty))).singleElement().extracting(Problem::message)
                .isEqualTo("framework id \"" + forty + "\" is malformed; expected <area>.<number>, e.g. 2.1");
        assertThat(errors(withFramework(forty + "y"))).singleElement().extracting(Problem::message)
                .isEqualTo("framework id \"" + forty + "…\" is malformed; expected <area>.<number>, e.g. 2.1");
    }

    @Test
    void quotedIds_showInvisibleAndLineBreakingCharactersAsEscapes() {
        assertThat(errors(withFramework("2.1\u200B\u2028\u2029\u0000\uD800"))).singleElement().extracting(Problem::message)
                .isEqualTo("framework id \"2.1\\u200B\\u2028\\u2029\\u0000\\uD800\" is malformed; expected <area>.<number>, e.g. 2.1");
        // Only white space around an id is stripped for a suggestion; invisible characters inside make none.
    }

    @Test
    void aSuggestion_isMadeOnlyWhenNormalisationGivesAWellFormedId() {
        assertThat(errors(withFramework("２．１０"))).singleElement().extracting(Problem::message).asString().endsWith("did you mean 2.10?");
        assertThat(errors(withFramework("\u3000２．１\t"))).singleElement().extracting(Problem::message).asString().endsWith("did you mean 2.1?");
        assertThat(errors(withFramework("２．０"))).singleElement().extracting(Problem::message).asString().doesNotContain("did you mean");
        assertThat(errors(withFramework("２－１"))).singleElement().extracting(Problem::message).asString().doesNotContain("did you mean");
        // A suggested id the rubric does not have is still only a suggestion of form.
        assertThat(errors(withFramework("９．９"))).singleElement().extracting(Problem::message).asString().endsWith("did you mean 9.9?");
    }

    @Test
    void otherQuotedUserText_isShortenedAndEscapedToo() {
        Assessment a = new Assessment(new RubricRef("r\n" + "r".repeat(50), "e\u202E"), Optional.empty(), List.of(),
                Map.of("k\u0007" + "k".repeat(50), true), Map.of());
        assertThat(errors(a)).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.api.Assertions.tuple("rubric.id", "the assessment names rubric \"r\\u000A" + "r".repeat(38) + "…\" but is checked "
                        + "against rubric \"sisac-psirt-maturity-sheet\"; expected the id \"sisac-psirt-maturity-sheet\""),
                org.assertj.core.api.Assertions.tuple("rubric.edition", "the assessment names edition \"e\\u202E\" but is checked against "
                        + "edition \"1.0\"; expected the edition \"1.0\""),
                org.assertj.core.api.Assertions.tuple("foundations[k\\u0007" + "k".repeat(38) + "…]", "no FIRST Maturity Level 1 requirement "
                        + "without a framework has the key \"k\\u0007" + "k".repeat(38) + "…\"; expected one of executive-sponsorship, "
                        + "stakeholders, budget, policy.vulnerability-management, policy.information-handling, "
                        + "policy.scoring-prioritisation, policy.remediation-sla, policy.disclosure, triage"));
    }
}
