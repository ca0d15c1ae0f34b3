package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.UsageGuidance;

/**
 * The {@code long} comparisons of fractions and band edges agree exactly with {@link BigInteger} and
 * {@link BigDecimal} arithmetic: exhaustively over values at the edges of {@code long}, and on many
 * random ones.
 */
class ExactComparisonTest {

    /** Values where 128-bit products carry, overflow a long or change sign. */
    private static final long[] EDGES = {0, 1, -1, 2, -2, 3, 10, -10, 1L << 31, -(1L << 31), (1L << 32) - 1, 1L << 32, -(1L << 32),
        1L << 62, -(1L << 62), Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE, Long.MIN_VALUE + 1, 999_999_999_999_999_999L,
        1_000_000_000_000_000_000L, 0x5555_5555_5555_5555L, -0x5555_5555_5555_5555L, 0xFFFF_FFFFL << 31};

    private static int reference(long a, long b, long c, long d) {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d)));
    }

    @Test
    void compareProducts_agreesWithBigIntegerOnEveryCombinationOfEdgeValues() {
        for (long a : EDGES) {
            for (long b : EDGES) {
                for (long c : EDGES) {
                    for (long d : EDGES) {
                        assertThat(Integer.signum(Fraction.compareProducts(a, b, c, d))).as("%d*%d vs %d*%d", a, b, c, d)
                                .isEqualTo(reference(a, b, c, d));
                    }
                }
            }
        }
    }

    @Test
    void compareProducts_agreesWithBigIntegerOnRandomValues() {
        Random random = new Random(1);
        for (int i = 0; i < 200_000; i++) {
            long a = random.nextLong() >> random.nextInt(64);
            long b = random.nextLong() >> random.nextInt(64);
            long c = random.nextInt(4) == 0 ? a : random.nextLong() >> random.nextInt(64);
            long d = random.nextInt(4) == 0 ? b : random.nextLong() >> random.nextInt(64);
            assertThat(Integer.signum(Fraction.compareProducts(a, b, c, d))).isEqualTo(reference(a, b, c, d));
            assertThat(Integer.signum(Fraction.compareProducts(a, b, b, a))).isZero();
        }
    }

    @Test
    void compareTo_isExactForFractionsThatOverflowALongWhenCrossMultiplied() {
        Fraction big = Fraction.of(Long.MAX_VALUE, Long.MAX_VALUE - 1);
        Fraction bigger = Fraction.of(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2);
        assertThat(big.compareTo(bigger)).isNegative();
        assertThat(bigger.compareTo(big)).isPositive();
        assertThat(big.compareTo(Fraction.of(Long.MAX_VALUE, Long.MAX_VALUE - 1))).isZero();
        assertThat(Fraction.of(-Long.MAX_VALUE, 3).compareTo(Fraction.of(-Long.MAX_VALUE + 1, 3))).isNegative();
    }

    @Test
    void exact_convertsDecimalsWithZeroToEighteenDecimalsThatFitALong() {
        assertThat(Fraction.exact(new BigDecimal("3"))).isEqualTo(Fraction.of(3));
        assertThat(Fraction.exact(new BigDecimal("2.5"))).isEqualTo(Fraction.of(5, 2));
        assertThat(Fraction.exact(new BigDecimal("-0.125"))).isEqualTo(Fraction.of(-1, 8));
        assertThat(Fraction.exact(new BigDecimal("0.000000000000000001"))).isEqualTo(Fraction.of(1, 1_000_000_000_000_000_000L));
        assertThat(Fraction.exact(new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE), 18)))
                .isEqualTo(Fraction.of(Long.MAX_VALUE, 1_000_000_000_000_000_000L));
        assertThat(Fraction.exact(new BigDecimal(BigInteger.valueOf(Long.MIN_VALUE), 0))).isEqualTo(Fraction.of(Long.MIN_VALUE));
        // Not converted: a negative scale, 19 decimals, an unscaled value beyond a long.
        assertThat(Fraction.exact(new BigDecimal("0E+1"))).isNull();
        assertThat(Fraction.exact(new BigDecimal("0.0000000000000000001"))).isNull();
        assertThat(Fraction.exact(new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), 2))).isNull();
        assertThat(Fraction.exact(new BigDecimal(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE), 2))).isNull();
    }

    /** Decimals of every kind: small and long, few and many decimals, negative scales, beyond a long. */
    private static List<BigDecimal> decimals(Random random) {
        List<BigDecimal> all = new ArrayList<>();
        for (String s : new String[] {"0", "0E+1", "0E+3", "1E+1", "2.5", "3.0", "3.00", "2.49", "2.495", "-1.5", "5",
            "2.5000000000000000000001", "2.4999999999999999999999", "2.666666666666666667", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "0.9223372036854775807", "1E-19", "1E-18"}) {
            all.add(new BigDecimal(s));
        }
        for (int i = 0; i < 200; i++) {
            all.add(new BigDecimal(new BigInteger(1 + random.nextInt(80), random).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)),
                    random.nextInt(30) - 5));
        }
        return all;
    }

    private static List<Fraction> fractions(Random random) {
        List<Fraction> all = new ArrayList<>(List.of(Fraction.ZERO, Fraction.of(5, 2), Fraction.of(3), Fraction.of(499, 200),
                Fraction.of(8, 3), Fraction.of(-3, 2), Fraction.of(Long.MAX_VALUE), Fraction.of(-Long.MAX_VALUE),
                Fraction.of(Long.MAX_VALUE, Long.MAX_VALUE - 1), Fraction.of(1, Long.MAX_VALUE), Fraction.of(Long.MIN_VALUE)));
        for (int i = 0; i < 200; i++) {
            all.add(Fraction.of(random.nextLong() >> random.nextInt(64), 1 + (random.nextLong() >>> 2 >> random.nextInt(62))));
        }
        return all;
    }

    /** The sign of {@code f - d}, in {@link BigDecimal} arithmetic: {@code numerator} against {@code d * denominator}. */
    private static int reference(Fraction f, BigDecimal d) {
        return BigDecimal.valueOf(f.numerator()).compareTo(d.multiply(BigDecimal.valueOf(f.denominator())));
    }

    /** A band's status in {@link BigDecimal} arithmetic, inclusive at both edges. */
    private static BandStatus reference(TargetBand band, Fraction f) {
        if (reference(f, band.minimum()) < 0) {
            return BandStatus.BELOW;
        }
        return reference(f, band.maximum()) > 0 ? BandStatus.ABOVE : BandStatus.WITHIN;
    }

    @Test
    void compareToDecimal_agreesWithBigDecimalArithmetic() {
        Random random = new Random(2);
        for (Fraction f : fractions(random)) {
            for (BigDecimal d : decimals(random)) {
                assertThat(Integer.signum(f.compareTo(d))).as("%s vs %s", f, d).isEqualTo(reference(f, d));
            }
        }
    }

    @Test
    void targetBand_placesAveragesAsBigDecimalArithmeticDoes() {
        Random random = new Random(3);
        List<BigDecimal> edges = new ArrayList<>();
        for (BigDecimal d : decimals(random)) {
            if (d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(5)) <= 0 && edges.size() < 40) {
                edges.add(d);
            }
        }
        List<Fraction> averages = fractions(random);
        for (int i = 0; i <= 50; i++) {
            for (int n = 1; n <= 3; n++) {
                averages.add(Fraction.of(i, 10 * n));
            }
        }
        for (BigDecimal low : edges) {
            for (BigDecimal high : edges) {
                if (low.compareTo(high) > 0) {
                    continue;
                }
                TargetBand band = new TargetBand(low, high);
                for (Fraction f : averages) {
                    BandStatus expected = reference(band, f);
                    assertThat(band.status(f)).as("%s in %s", f, band).isEqualTo(expected);
                    assertThat(band.status(Optional.of(f))).isEqualTo(expected);
                }
                assertThat(band.status(Optional.empty())).isEqualTo(BandStatus.NO_DATA);
            }
        }
    }

    @Test
    void targetBand_ofAGuidance_isTheGuidancesBand() {
        UsageGuidance other = new UsageGuidance(new BigDecimal("2"), new BigDecimal("4"), Period.ofMonths(3), Period.ofMonths(6));
        assertThat(TargetBand.of(other)).isEqualTo(new TargetBand(new BigDecimal("2"), new BigDecimal("4")));
        assertThat(TargetBand.of(UsageGuidance.MATURITY_SHEET)).isEqualTo(new TargetBand(new BigDecimal("2.5"), new BigDecimal("3.0")));
    }

    @Test
    void theSheetsBand_placesItsEdgesInside() {
        TargetBand sheet = TargetBand.of(UsageGuidance.MATURITY_SHEET);
        assertThat(sheet.status(Fraction.of(5, 2))).isEqualTo(BandStatus.WITHIN);
        assertThat(sheet.status(Fraction.of(3))).isEqualTo(BandStatus.WITHIN);
        assertThat(sheet.status(Fraction.of(499, 200))).isEqualTo(BandStatus.BELOW);
        assertThat(sheet.status(Fraction.of(3001, 1000))).isEqualTo(BandStatus.ABOVE);
        TargetBand other = new TargetBand(new BigDecimal("1"), new BigDecimal("2"));
        assertThat(other.status(Fraction.of(5, 2))).isEqualTo(BandStatus.ABOVE);
        assertThat(other.status(Fraction.of(1))).isEqualTo(BandStatus.WITHIN);
    }
}
