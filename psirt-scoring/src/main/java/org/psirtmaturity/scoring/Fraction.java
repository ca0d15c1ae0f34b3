package org.psirtmaturity.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, always in lowest terms with a positive denominator: averages are kept
 * as fractions so that no rounding happens before a comparison.
 *
 * <p>Comparisons ({@link #compareTo(Fraction)}, {@link #compareTo(BigDecimal)}) are exact (cross
 * multiplication). Only {@link #toBigDecimal(int)} and {@link #displayValue()} round, HALF_UP.
 * Arithmetic throws {@link ArithmeticException} on {@code long} overflow instead of wrapping.
 *
 * @param numerator   the numerator, any sign
 * @param denominator the denominator, positive after normalisation
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

    /** Zero. */
    public static final Fraction ZERO = new Fraction(0, 1);

    /** The number of decimals of {@link #displayValue()}. */
    public static final int DISPLAY_SCALE = 2;

    /** 10^0 to 10^18: the denominators of the decimals {@link #exact(BigDecimal)} converts (10^19 exceeds a long). */
    private static final long[] POWERS_OF_TEN = powersOfTen();

    private static long[] powersOfTen() {
        long[] powers = new long[19];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }

    /**
     * Normalises: lowest terms, positive denominator ({@code 2/4} becomes {@code 1/2}, {@code 1/-2}
     * becomes {@code -1/2}).
     *
     * @throws ArithmeticException if {@code denominator} is zero, or a component is
     *                             {@link Long#MIN_VALUE} and cannot be negated
     */
    public Fraction {
        if (denominator == 0) {
            throw new ArithmeticException("a fraction's denominator cannot be zero");
        }
        if (denominator < 0) {
            numerator = Math.negateExact(numerator);
            denominator = Math.negateExact(denominator);
        }
        long g = gcd(Math.abs(numerator), denominator);
        if (g > 1) {
            numerator /= g;
            denominator /= g;
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    /**
     * Returns {@code numerator / denominator}.
     *
     * @param numerator   the numerator
     * @param denominator the denominator, not zero
     * @return the fraction in lowest terms
     * @throws ArithmeticException if {@code denominator} is zero
     */
    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /**
     * Returns a whole number as a fraction.
     *
     * @param value the number
     * @return {@code value / 1}
     */
    public static Fraction of(long value) {
        return new Fraction(value, 1);
    }

    /**
     * Returns the exact value of a decimal.
     *
     * @param value the decimal
     * @return the same number as a fraction
     * @throws ArithmeticException if it does not fit in {@code long} numerator and denominator
     */
    public static Fraction of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return of(stripped.toBigIntegerExact().longValueExact());
        }
        return of(stripped.unscaledValue().longValueExact(), BigInteger.TEN.pow(stripped.scale()).longValueExact());
    }

    /**
     * Adds.
     *
     * @param other the addend
     * @return {@code this + other}
     * @throws ArithmeticException on overflow
     */
    public Fraction plus(Fraction other) {
        return of(Math.addExact(Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(other.numerator, denominator)),
                Math.multiplyExact(denominator, other.denominator));
    }

    /**
     * Subtracts.
     *
     * @param other the subtrahend
     * @return {@code this - other}
     * @throws ArithmeticException on overflow
     */
    public Fraction minus(Fraction other) {
        return plus(of(Math.negateExact(other.numerator), other.denominator));
    }

    /**
     * Divides by a whole number.
     *
     * @param divisor not zero
     * @return {@code this / divisor}
     * @throws ArithmeticException if {@code divisor} is zero, or on overflow
     */
    public Fraction dividedBy(long divisor) {
        return of(numerator, Math.multiplyExact(denominator, divisor));
    }

    /**
     * Returns the sign.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return Long.signum(numerator);
    }

    /**
     * Compares exactly, by cross multiplication.
     *
     * @param other the other fraction
     * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
     */
    @Override
    public int compareTo(Fraction other) {
        return compareProducts(numerator, other.denominator, other.numerator, denominator);
    }

    /**
     * Compares exactly with a decimal: {@code numerator} against {@code value × denominator}, with no
     * rounding.
     *
     * @param value the decimal, e.g. a band edge such as {@code 2.5}
     * @return negative, zero or positive as this is less than, equal to or greater than {@code value}
     */
    public int compareTo(BigDecimal value) {
        Fraction exact = exact(value);
        if (exact != null) {
            return compareTo(exact);
        }
        return new BigDecimal(numerator).compareTo(value.multiply(new BigDecimal(denominator)));
    }

    /**
     * Compares {@code a × b} with {@code c × d} exactly, for any {@code long}s: the products are formed
     * in 128 bits (high word signed, low word unsigned), so nothing overflows and no {@link BigInteger}
     * is made. Band checks place every average of every report, so this is on the scoring hot path.
     *
     * @return negative, zero or positive as {@code a × b} is less than, equal to or greater than {@code c × d}
     */
    static int compareProducts(long a, long b, long c, long d) {
        long high = Math.multiplyHigh(a, b);
        long otherHigh = Math.multiplyHigh(c, d);
        return high != otherHigh ? Long.compare(high, otherHigh) : Long.compareUnsigned(a * b, c * d);
    }

    /**
     * Returns the exact value of a decimal when it converts without arithmetic: 0 to 18 decimals and
     * an unscaled value that fits in a {@code long}, which covers every band edge in practice.
     *
     * @param value the decimal
     * @return {@code unscaled / 10^scale} in lowest terms, or null for another decimal (compare it as a
     *         {@link BigDecimal})
     */
    static Fraction exact(BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale >= POWERS_OF_TEN.length) {
            return null;
        }
        BigInteger unscaled = value.unscaledValue();
        return unscaled.bitLength() < Long.SIZE ? new Fraction(unscaled.longValue(), POWERS_OF_TEN[scale]) : null;
    }

    /**
     * Returns the value rounded HALF_UP to a number of decimals.
     *
     * @param scale the number of decimals, 0 or more
     * @return the rounded value, with exactly {@code scale} decimals
     */
    public BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /**
     * Returns the value to show a reader: rounded HALF_UP to {@value #DISPLAY_SCALE} decimals, e.g.
     * {@code 2.48} for 67/27 and {@code 2.50} for 499/200. Never compare this rounded value with a band
     * edge: use {@link #compareTo(BigDecimal)}.
     *
     * @return the value with two decimals
     */
    public BigDecimal displayValue() {
        return toBigDecimal(DISPLAY_SCALE);
    }

    /**
     * Returns e.g. {@code 5/2}, or {@code 3} for a whole number.
     *
     * @return the fraction as text
     */
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }
}
