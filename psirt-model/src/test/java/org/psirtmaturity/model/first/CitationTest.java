package org.psirtmaturity.model.first;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationTest {

    private static final FrameworkNumbering DRAFT = FrameworkNumbering.V1_0_DRAFT;

    private static List<String> expand(String text) {
        return Citation.parse(text, DRAFT).expand().stream().map(FirstId::toString).toList();
    }

    @Test
    void parse_singleIdIsNotARange() {
        Citation c = Citation.parse("2.1.1.1", DRAFT);
        assertThat(c.isRange()).isFalse();
        assertThat(c.text()).isEqualTo("2.1.1.1");
        assertThat(c.first()).isEqualTo(c.last());
        assertThat(c.numbering()).isEqualTo(DRAFT);
        assertThat(c).hasToString("[2.1.1.1]");
    }

    @Test
    void expand_siblingRangeWrittenInFull() {
        assertThat(expand("3.1.1-3.1.2")).containsExactly("3.1.1", "3.1.2");
        assertThat(expand("3.1.1.1-3.1.1.2")).containsExactly("3.1.1.1", "3.1.1.2");
    }

    @Test
    void expand_abbreviatedRange() {
        assertThat(expand("3.3.1-5")).containsExactly("3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5");
        assertThat(expand("3.3.2-4")).containsExactly("3.3.2", "3.3.3", "3.3.4");
    }

    @Test
    void expand_idWithItsChildren() {
        assertThat(expand("3.1.1-3.1.1.1")).containsExactly("3.1.1", "3.1.1.1");
        assertThat(expand("3.1.2-3.1.2.1")).containsExactly("3.1.2", "3.1.2.1");
    }

    @Test
    void expand_wholeService() {
        assertThat(expand("3.1")).containsExactly("3.1");
    }

    @Test
    void names_findsIdsInsideRanges() {
        Citation c = Citation.parse("3.3.1-5", DRAFT);
        assertThat(c.names(FirstId.parse("3.3.4", DRAFT))).isTrue();
        assertThat(c.names(FirstId.parse("3.3.6", DRAFT))).isFalse();
        assertThat(c.names(FirstId.parse("3.3.4", FrameworkNumbering.V1_1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2.", ".2", "2..1", "a.b", "0.1", "2.1-", "-2.1", "3.1.2-3.1.1", "3.1-4.1", "3.1.1-3.2.1.1",
        "1.1.1.1.1", "3-5", "3.3.5-1", "2.1 ", "２．１"})
    void parse_rejectsMalformedCitationsWithAMessageQuotingThem(String text) {
        assertThatThrownBy(() -> Citation.parse(text, DRAFT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[" + text + "]");
    }

    @Test
    void parse_messageSaysWhatWasExpected() {
        assertThatThrownBy(() -> Citation.parse("2.x", DRAFT))
                .hasMessage("malformed citation [2.x]; expected a FIRST id such as [2.1.1.1] or a range such as [3.1.1-3.1.2] or [3.3.1-5]");
    }

    @Test
    void findAll_returnsCitationsInOrder() {
        List<Citation> found = Citation.findAll("a[1.1.1]b、[3.3.1-5]c [2.1]", DRAFT);
        assertThat(found).extracting(Citation::text).containsExactly("1.1.1", "3.3.1-5", "2.1");
    }

    @Test
    void findAll_rejectsUnbalancedBrackets() {
        assertThatThrownBy(() -> Citation.findAll("x [1.1", DRAFT)).hasMessageContaining("unclosed '['");
        assertThatThrownBy(() -> Citation.findAll("x 1.1]", DRAFT)).hasMessageContaining("unbalanced ']'");
        assertThatThrownBy(() -> Citation.findAll("[1.[1]]", DRAFT)).hasMessageContaining("unclosed '['");
    }

    @Test
    void findAll_rejectsNonCitationBrackets() {
        assertThatThrownBy(() -> Citation.findAll("see [note]", DRAFT)).hasMessageContaining("malformed citation [note]");
    }
}
