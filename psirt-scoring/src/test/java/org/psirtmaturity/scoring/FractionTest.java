package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.UsageGuidance;

class FractionTest {

    private static final TargetBand SHEET = TargetBand.of(UsageGuidance.MATURITY_SHEET);

    @Test
    void fraction_isKeptInLowestTermsWithAPositiveDenominator() {
        assertThat(Fraction.of(10, 4)).isEqualTo(new Fraction(5, 2));
        assertThat(Fraction.of(1, -2)).isEqualTo(new Fraction(-1, 2));
        assertThat(Fraction.of(0, 7)).isEqualTo(Fraction.ZERO);
        assertThat(Fraction.of(5, 2)).hasToString("5/2");
        assertThat(Fraction.of(6, 2)).hasToString("3");
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void arithmetic_isExact() {
        assertThat(Fraction.of(1, 3).plus(Fraction.of(1, 6))).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(1, 3).minus(Fraction.of(1, 2))).isEqualTo(Fraction.of(-1, 6));
        assertThat(Fraction.of(5, 2).dividedBy(5)).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(new BigDecimal("2.50"))).isEqualTo(Fraction.of(5, 2));
        assertThat(Fraction.of(new BigDecimal("3"))).isEqualTo(Fraction.of(3));
        assertThatThrownBy(() -> Fraction.of(Long.MAX_VALUE, 2).plus(Fraction.of(Long.MAX_VALUE, 3))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void displayValue_roundsHalfUpToTwoDecimals() {
        assertThat(Fraction.of(67, 27).displayValue()).isEqualByComparingTo("2.48");
        assertThat(Fraction.of(499, 200).displayValue()).isEqualTo(new BigDecimal("2.50"));
        assertThat(Fraction.of(1, 8).displayValue()).isEqualTo(new BigDecimal("0.13"));
        assertThat(Fraction.of(3).displayValue()).isEqualTo(new BigDecimal("3.00"));
        assertThat(Fraction.of(2, 3).toBigDecimal(4)).isEqualTo(new BigDecimal("0.6667"));
    }

    @Test
    void band_edgesAreInclusiveAndComparedExactly() {
        assertThat(SHEET.status(Fraction.of(5, 2))).isEqualTo(BandStatus.WITHIN);
        assertThat(SHEET.status(Fraction.of(3))).isEqualTo(BandStatus.WITHIN);
        assertThat(SHEET.status(Fraction.of(249, 100))).isEqualTo(BandStatus.BELOW);
        assertThat(SHEET.status(Fraction.of(2499999, 1000000))).isEqualTo(BandStatus.BELOW);
        assertThat(SHEET.status(Fraction.of(3000001, 1000000))).isEqualTo(BandStatus.ABOVE);
        assertThat(SHEET.status(Optional.empty())).isEqualTo(BandStatus.NO_DATA);
    }

    @Test
    void band_isNotFooledByTheRoundedDisplayValue() {
        Fraction justBelow = Fraction.of(499, 200);
        assertThat(justBelow.displayValue()).isEqualByComparingTo("2.50");
        assertThat(SHEET.status(justBelow)).isEqualTo(BandStatus.BELOW);
        Fraction justAbove = Fraction.of(3001, 1000);
        assertThat(justAbove.displayValue()).isEqualByComparingTo("3.00");
        assertThat(SHEET.status(justAbove)).isEqualTo(BandStatus.ABOVE);
    }

    @Test
    void band_rejectsEdgesOutsideTheLevels() {
        assertThatThrownBy(() -> new TargetBand(new BigDecimal("3"), new BigDecimal("2"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetBand(new BigDecimal("-0.1"), new BigDecimal("2"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetBand(new BigDecimal("1"), new BigDecimal("5.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TargetBand(new BigDecimal("2.5"), new BigDecimal("3.0"))).hasToString("2.5 to 3.0");
    }
}
