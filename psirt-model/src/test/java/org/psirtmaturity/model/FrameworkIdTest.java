package org.psirtmaturity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Framework ids: the exact form accepted, the ranges, order, hash and text. */
class FrameworkIdTest {

    @ParameterizedTest
    @CsvSource({"1.1, 1, 1", "2.1, 2, 1", "9.9, 9, 9", "10.1, 10, 1", "1.10, 1, 10", "19.90, 19, 90", "99.99, 99, 99", "6.3, 6, 3"})
    void parse_acceptsOneOrTwoAsciiDigitsWithoutLeadingZero(String text, int area, int number) {
        assertThat(FrameworkId.isWellFormed(text)).isTrue();
        FrameworkId id = FrameworkId.parse(text);
        assertThat(id.area()).isEqualTo(area);
        assertThat(id.number()).isEqualTo(number);
        assertThat(id.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.", ".1", "..", "1..1", "0.1", "1.0", "01.1", "1.01", "100.1", "1.100", "123.4", "1.2.3",
        "a.1", "1.a", "/.1", ":.1", "1./", "1.:", "1/.1", "1:.1", "1./1", "1.1/", "1.1:", "2,1", "2 1", "２．１", "２.１", "2.１",
        " 2.1", "2.1 ", "-1.1", "+1.1", "1.-1"})
    void parse_rejectsEveryOtherForm(String text) {
        assertThat(FrameworkId.isWellFormed(text)).isFalse();
        assertThatThrownBy(() -> FrameworkId.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed framework id \"" + text + "\"; expected <area>.<number>, e.g. 2.1");
    }

    @Test
    void isWellFormed_isFalseForNull() {
        assertThat(FrameworkId.isWellFormed(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 0", "100, 1", "1, 100", "-1, 5"})
    void constructor_rejectsComponentsOutside1To99(int area, int number) {
        assertThatThrownBy(() -> new FrameworkId(area, number)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("framework id components are 1 to 99, got " + area + "." + number);
    }

    @Test
    void constructor_acceptsTheEdgesOfTheRange() {
        assertThat(new FrameworkId(1, 1)).hasToString("1.1");
        assertThat(new FrameworkId(99, 99)).hasToString("99.99");
        assertThat(new FrameworkId(1, 99)).hasToString("1.99");
        assertThat(new FrameworkId(99, 1)).hasToString("99.1");
    }

    @Test
    void ids_orderByAreaThenNumber() {
        FrameworkId a = FrameworkId.parse("1.7");
        FrameworkId b = FrameworkId.parse("2.1");
        FrameworkId c = FrameworkId.parse("2.10");
        assertThat(a.compareTo(b)).isNegative();
        assertThat(b.compareTo(a)).isPositive();
        assertThat(b.compareTo(c)).isNegative();
        assertThat(c.compareTo(b)).isPositive();
        assertThat(c.compareTo(FrameworkId.parse("2.10"))).isZero();
    }

    @Test
    void equalsAndHashCode_followAreaAndNumber() {
        assertThat(FrameworkId.parse("2.1")).isEqualTo(new FrameworkId(2, 1)).isNotEqualTo(new FrameworkId(1, 2))
                .isNotEqualTo(new FrameworkId(2, 2)).isNotEqualTo("2.1");
        // Documented: area * 100 + number, distinct for every id.
        assertThat(new FrameworkId(2, 1).hashCode()).isEqualTo(201);
        assertThat(new FrameworkId(99, 99).hashCode()).isEqualTo(9999);
        assertThat(new FrameworkId(1, 10).hashCode()).isEqualTo(110);
    }

    @Test
    void toString_isTheDottedFormEveryTime() {
        for (int area = 1; area <= 99; area += 7) {
            for (int number = 1; number <= 99; number += 11) {
                FrameworkId id = new FrameworkId(area, number);
                assertThat(id.toString()).isEqualTo(area + "." + number);
                assertThat(id.toString()).isEqualTo(area + "." + number);
            }
        }
    }
}
