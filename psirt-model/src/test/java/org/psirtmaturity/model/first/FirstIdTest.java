package org.psirtmaturity.model.first;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FIRST ids: the exact form accepted, the hierarchy, and the order. */
class FirstIdTest {

    private static final FrameworkNumbering DRAFT = FrameworkNumbering.V1_0_DRAFT;
    private static final FrameworkNumbering V11 = FrameworkNumbering.V1_1;

    private static FirstId id(String text) {
        return FirstId.parse(text, DRAFT);
    }

    @Test
    void parse_readsOneToFourComponentsOfOneToThreeDigits() {
        assertThat(id("1").path()).containsExactly(1);
        assertThat(id("9").path()).containsExactly(9);
        assertThat(id("10").path()).containsExactly(10);
        assertThat(id("19").path()).containsExactly(19);
        assertThat(id("999").path()).containsExactly(999);
        assertThat(id("12.34").path()).containsExactly(12, 34);
        assertThat(id("2.1.1.1").path()).containsExactly(2, 1, 1, 1);
        assertThat(id("3.10.100.909").path()).containsExactly(3, 10, 100, 909);
        assertThat(id("2.1.1.1").numbering()).isEqualTo(DRAFT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "01", "1.0", "1.01", "1000", "1.1000", "1.2.3.4.5", ".1", "1.", "1..2", "a", "1.a", "1a", "/", ":",
        "1/", "1:", "1-2", " 1", "1 ", "１", "1.2.3.4."})
    void parse_rejectsEveryOtherForm(String text) {
        assertThatThrownBy(() -> FirstId.parse(text, DRAFT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed FIRST id \"" + text + "\"; expected 1 to 4 positive integers separated by dots, e.g. 2.1.1.1");
    }

    @Test
    void constructor_checksDepthAndPositiveComponents() {
        assertThatThrownBy(() -> new FirstId(List.of(), DRAFT)).hasMessage("a FIRST id has 1 to 4 components, got []");
        assertThatThrownBy(() -> new FirstId(List.of(1, 2, 3, 4, 5), DRAFT)).hasMessage("a FIRST id has 1 to 4 components, got [1, 2, 3, 4, 5]");
        assertThatThrownBy(() -> new FirstId(List.of(1, 0), DRAFT)).hasMessage("FIRST id components are positive integers, got [1, 0]");
        assertThat(new FirstId(List.of(1, 2, 3, 4), DRAFT).depth()).isEqualTo(4);
    }

    @Test
    void hierarchy_parentServiceChildAndSibling() {
        FirstId function = id("2.1.3");
        assertThat(function.depth()).isEqualTo(3);
        assertThat(function.last()).isEqualTo(3);
        assertThat(function.parent()).hasValue(id("2.1"));
        assertThat(id("2.1").parent()).hasValue(id("2"));
        assertThat(id("2").parent()).isEmpty();
        assertThat(function.service()).hasValue(id("2.1"));
        assertThat(id("2.1.3.4").service()).hasValue(id("2.1"));
        assertThat(id("2.1").service()).hasValue(id("2.1"));
        assertThat(id("2").service()).isEmpty();
        assertThat(function.child(7)).isEqualTo(id("2.1.3.7"));
        assertThat(function.withLast(5)).isEqualTo(id("2.1.5"));
        assertThat(function.as(V11)).isEqualTo(FirstId.parse("2.1.3", V11));
        assertThat(function.as(V11)).isNotEqualTo(function);
        assertThatThrownBy(() -> id("2.1.1.1").child(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> function.withLast(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contains_isTrueForItselfAndWhatLiesBelowInTheSameNumbering() {
        FirstId service = id("2.1");
        assertThat(service.contains(service)).isTrue();
        assertThat(service.contains(id("2.1.3"))).isTrue();
        assertThat(service.contains(id("2.1.3.4"))).isTrue();
        assertThat(service.contains(id("2"))).isFalse();
        assertThat(service.contains(id("2.2"))).isFalse();
        assertThat(service.contains(id("2.2.1"))).isFalse();
        assertThat(service.contains(FirstId.parse("2.1.3", V11))).isFalse();
    }

    @Test
    void order_isByNumberingThenComponentsWithAParentFirst() {
        assertThat(id("9.9").compareTo(FirstId.parse("1.1", V11))).isNegative();
        assertThat(FirstId.parse("1.1", V11).compareTo(id("9.9"))).isPositive();
        assertThat(id("2.1").compareTo(id("2.2"))).isNegative();
        assertThat(id("2.2").compareTo(id("2.1"))).isPositive();
        assertThat(id("2.10").compareTo(id("2.9"))).isPositive();
        assertThat(id("2.1").compareTo(id("2.1.1"))).isNegative();
        assertThat(id("2.1.1").compareTo(id("2.1"))).isPositive();
        assertThat(id("3").compareTo(id("2.9.9.9"))).isPositive();
        assertThat(id("2.1.1").compareTo(id("2.1.1"))).isZero();
    }

    @Test
    void equality_isByComponentsAndNumbering() {
        assertThat(id("2.1.3")).isEqualTo(new FirstId(List.of(2, 1, 3), DRAFT)).isEqualTo(id("2.1").child(3))
                .hasSameHashCodeAs(new FirstId(List.of(2, 1, 3), DRAFT));
        assertThat(id("2.1.3")).isNotEqualTo(id("2.1.4")).isNotEqualTo(id("2.1")).isNotEqualTo(FirstId.parse("2.1.3", V11))
                .isNotEqualTo("2.1.3").isNotEqualTo(null);
        assertThat(id("2.1.3").equals(id("2.1.3").as(V11))).isFalse();
    }

    @Test
    void hashCode_isTheSameInEveryRun() {
        assertThat(id("2.1").hashCode()).isEqualTo(31 * List.of(2, 1).hashCode());
        assertThat(FirstId.parse("2.1", V11).hashCode()).isEqualTo(31 * List.of(2, 1).hashCode() + 1);
        assertThat(FirstId.parse("7", V11).hashCode()).isEqualTo(31 * (31 + 7) + 1);
    }

    @Test
    void toString_isTheDottedPathWithoutTheNumbering() {
        assertThat(id("2.1.10.3")).hasToString("2.1.10.3");
        assertThat(id("7")).hasToString("7");
    }
}
