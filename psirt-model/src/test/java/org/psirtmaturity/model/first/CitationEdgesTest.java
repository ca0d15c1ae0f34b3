package org.psirtmaturity.model.first;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Citations at the edges of their grammar: where brackets sit, and which ranges are accepted. */
class CitationEdgesTest {

    private static final FrameworkNumbering DRAFT = FrameworkNumbering.V1_0_DRAFT;

    private static FirstId id(String text) {
        return FirstId.parse(text, DRAFT);
    }

    @Test
    void findAll_readsAdjacentCitationsAndCitationsAtEitherEnd() {
        assertThat(Citation.findAll("[1.1][1.2]", DRAFT)).extracting(Citation::text).containsExactly("1.1", "1.2");
        assertThat(Citation.findAll("[2.1.1]", DRAFT)).extracting(Citation::text).containsExactly("2.1.1");
        assertThat(Citation.findAll("", DRAFT)).isEmpty();
        assertThat(Citation.findAll("no citation at all", DRAFT)).isEmpty();
    }

    @Test
    void findAll_namesTheCharacterOfAStrayOrUnclosedBracket() {
        assertThatThrownBy(() -> Citation.findAll("]x", DRAFT)).hasMessage("unbalanced ']' at character 0 of the text");
        assertThatThrownBy(() -> Citation.findAll("[1.1] ]", DRAFT)).hasMessage("unbalanced ']' at character 6 of the text");
        assertThatThrownBy(() -> Citation.findAll("[1.1", DRAFT)).hasMessage("unclosed '[' at character 0 of the text");
        assertThatThrownBy(() -> Citation.findAll("ab [1.[1]]", DRAFT)).hasMessage("unclosed '[' at character 3 of the text");
    }

    @Test
    void abbreviatedRange_needsAStartOfTwoComponentsAtLeast() {
        Citation service = Citation.parse("3.3-5", DRAFT);
        assertThat(service.expand()).containsExactly(id("3.3"), id("3.4"), id("3.5"));
        assertThat(service.isRange()).isTrue();
        assertThatThrownBy(() -> Citation.parse("3-5", DRAFT)).hasMessage("malformed citation [3-5]; an abbreviated range end needs a "
                + "start with at least two components, e.g. [3.3.1-5]");
    }

    @Test
    void shapeErrors_areReportedOnceWithTheCitationQuoted() {
        assertThatThrownBy(() -> Citation.parse("3.3.5-1", DRAFT)).hasMessage("citation [3.3.5-1] is not a range of siblings "
                + "(3.1.1-3.1.2, 3.3.1-5) or of an id and its children (3.1.1-3.1.1.1)");
        assertThatThrownBy(() -> Citation.parse("3.3.1-.5", DRAFT)).hasMessageStartingWith("malformed citation [3.3.1-.5]: malformed FIRST id");
        assertThatThrownBy(() -> Citation.parse("3.3.1-0", DRAFT))
                .hasMessage("malformed citation [3.3.1-0]; range end \"0\" is not a positive integer");
    }

    @Test
    void everyDigit_andRangeEndsOfUpToThreeDigits_areRead() {
        assertThat(Citation.parse("3.10.9-3.10.19", DRAFT).expand()).hasSize(11);
        assertThat(Citation.parse("9.9.9.9", DRAFT).first()).isEqualTo(id("9.9.9.9"));
        assertThat(Citation.parse("1.1-100", DRAFT).last()).isEqualTo(id("1.100"));
        assertThat(Citation.parse("1.1-999", DRAFT).last()).isEqualTo(id("1.999"));
        assertThatThrownBy(() -> Citation.parse("1.1-1000", DRAFT))
                .hasMessage("malformed citation [1.1-1000]; range end \"1000\" is not a positive integer");
        assertThatThrownBy(() -> Citation.parse("1.1-05", DRAFT))
                .hasMessage("malformed citation [1.1-05]; range end \"05\" is not a positive integer");
        for (String text : new String[] {"-1", "1-", "1--2", "1-2-3", "", "1.1-a", "a", "1/1", "1:1", "1.1-1/", "1.1-:"}) {
            assertThatThrownBy(() -> Citation.parse(text, DRAFT)).as(text).hasMessageStartingWith("malformed citation [" + text + "]");
        }
    }

    @Test
    void aRangeEndingWhereItStarts_isASingleId() {
        Citation c = Citation.parse("3.3.2-3.3.2", DRAFT);
        assertThat(c.isRange()).isFalse();
        assertThat(c.expand()).containsExactly(id("3.3.2"));
        assertThat(c.numbering()).isEqualTo(DRAFT);
        assertThat(c).hasToString("[3.3.2-3.3.2]");
    }

    @Test
    void citation_rejectsIdsOfTwoNumberings() {
        assertThatThrownBy(() -> new Citation("x", id("2.1"), FirstId.parse("2.2", FrameworkNumbering.V1_1)))
                .hasMessage("a citation's ids share one numbering: x");
    }
}
