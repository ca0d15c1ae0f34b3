package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static final RubricRef REF = new RubricRef("sisac-psirt-maturity-sheet", "1.0");

    @Test
    void builder_buildsTheAssessmentOfTheBrief() {
        Assessment a = Assessment.builder(TestRubrics.japanese())
                .organization("Example Corp").assessor("A. Tanaka").date(LocalDate.of(2026, 10, 1))
                .score("2.1", 3).exclude("6.4", "no sales team").unanswered("1.1")
                .note("2.1", "web form").evidence("2.1", "https://example.com/a").evidence("2.1", "https://example.com/b")
                .build();
        assertThat(a.rubric()).isEqualTo(REF);
        assertThat(a.context()).hasValue(new AssessmentContext(Optional.of("Example Corp"), Optional.of("A. Tanaka"),
                Optional.of(LocalDate.of(2026, 10, 1))));
        assertThat(a.answers()).extracting(FrameworkAnswer::framework).containsExactly("2.1", "6.4", "1.1");
        FrameworkAnswer intake = a.answers().get(0);
        assertThat(intake.answer()).isEqualTo(Answer.scored(3));
        assertThat(intake.note()).hasValue("web form");
        assertThat(intake.evidence()).containsExactly("https://example.com/a", "https://example.com/b");
        assertThat(a.answers().get(1).answer()).isEqualTo(new Answer.Excluded(Optional.of("no sales team")));
        assertThat(a.answers().get(2).answer()).isInstanceOf(Answer.Unanswered.class);
    }

    @Test
    void builder_replacesAnAnswerInPlaceAndKeepsItsNote() {
        Assessment a = Assessment.builder(REF).note("2.1", "n").score("1.1", 1).score("2.1", 2).score("2.1", 4).build();
        assertThat(a.answers()).extracting(FrameworkAnswer::framework).containsExactly("2.1", "1.1");
        assertThat(a.answers().get(0).answer()).isEqualTo(Answer.scored(4));
        assertThat(a.answers().get(0).note()).hasValue("n");
        assertThat(a.context()).isEmpty();
    }

    @Test
    void records_keepBadLevelsAndIdsForValidationToReport() {
        Assessment a = new Assessment(REF, Optional.empty(), List.of(
                FrameworkAnswer.of("2.1", Answer.scored(7)),
                FrameworkAnswer.of("x.y", Answer.scored(-1)),
                FrameworkAnswer.of("2.1", Answer.unanswered())), Map.of("nonsense", true), Map.of());
        assertThat(a.answers()).hasSize(3);
        assertThat(a.answersFor("2.1")).hasSize(2);
        assertThat(a.foundations()).containsEntry("nonsense", true);
    }

    @Test
    void records_rejectNullsOnly() {
        assertThatThrownBy(() -> new RubricRef(null, "1.0")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Answer.Excluded(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FrameworkAnswer("2.1", null, Optional.empty(), List.of(), Map.of()))
                .isInstanceOf(NullPointerException.class);
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new FrameworkAnswer("2.1", Answer.scored(1), Optional.empty(), withNull, Map.of()))
                .isInstanceOf(NullPointerException.class);
        Map<String, Boolean> nullValue = new HashMap<>();
        nullValue.put("budget", null);
        assertThatThrownBy(() -> new Assessment(REF, Optional.empty(), List.of(), nullValue, Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThat(new RubricRef("", " ").id()).isEmpty();
    }

    @Test
    void extensions_areCopiedDeeplyIntoUnmodifiableCanonicalValues() {
        Map<String, Object> inner = new HashMap<>();
        inner.put("n", 5);
        inner.put("d", 1.5);
        inner.put("big", new BigDecimal("100"));
        inner.put("huge", new BigInteger("123456789012345678901234567890"));
        inner.put("none", null);
        List<Object> list = new ArrayList<>(List.of("a", true));
        Map<String, Object> ext = new HashMap<>();
        ext.put("x-inner", inner);
        ext.put("x-list", list);
        Assessment a = Assessment.builder(REF).extension("x", ext).build();
        inner.put("n", 6);
        list.add("later");

        @SuppressWarnings("unchecked")
        Map<String, Object> copied = (Map<String, Object>) a.extensions().get("x");
        @SuppressWarnings("unchecked")
        Map<String, Object> copiedInner = (Map<String, Object>) copied.get("x-inner");
        assertThat(copiedInner).containsEntry("n", 5L).containsEntry("d", new BigDecimal("1.5")).containsEntry("big", 100L)
                .containsEntry("huge", new BigInteger("123456789012345678901234567890")).containsEntry("none", null);
        assertThat(copied.get("x-list")).isEqualTo(List.of("a", true));
        assertThatThrownBy(() -> copiedInner.put("y", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.extensions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void extensions_rejectValuesJsonCannotHold() {
        assertThatThrownBy(() -> Assessment.builder(REF).extension("x", LocalDate.of(2026, 1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extensions.x").hasMessageContaining("not a JSON value");
        assertThatThrownBy(() -> Assessment.builder(REF).extension("x", Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assessment.builder(REF).extension("x", Map.of(1, "a")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keys must be strings");
    }
}
