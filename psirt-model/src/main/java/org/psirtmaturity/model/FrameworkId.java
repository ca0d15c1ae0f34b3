package org.psirtmaturity.model;

import java.util.Objects;

/**
 * The id of a framework of the maturity sheet, e.g. {@code 2.1}: the service area number, a dot and
 * the framework's number within the area. Framework ids are the FIRST service ids.
 *
 * <p>Ids order by area, then by number ({@code 1.7 < 2.1 < 2.10}).
 *
 * @param area   the service area number, 1 to 99
 * @param number the framework number within the area, 1 to 99
 */
public record FrameworkId(int area, int number) implements Comparable<FrameworkId> {

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if a component is outside 1 to 99
     */
    public FrameworkId {
        if (area < 1 || area > 99 || number < 1 || number > 99) {
            throw new IllegalArgumentException("framework id components are 1 to 99, got " + area + "." + number);
        }
    }

    /**
     * Parses an id such as {@code "2.1"}.
     *
     * @param text two ASCII numbers from 1 to 99, separated by a dot
     * @return the id
     * @throws IllegalArgumentException if {@code text} has another form; the message quotes it and
     *                                  says what was expected
     */
    public static FrameworkId parse(String text) {
        Objects.requireNonNull(text, "text");
        int packed = scan(text);
        if (packed < 0) {
            throw new IllegalArgumentException("malformed framework id \"" + text + "\"; expected <area>.<number>, e.g. 2.1");
        }
        return new FrameworkId(packed / 100, packed % 100);
    }

    /**
     * Tells whether {@code text} is a well-formed framework id (it may still be unknown to a rubric).
     *
     * @param text the candidate
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isWellFormed(String text) {
        return text != null && scan(text) >= 0;
    }

    /**
     * Recognises {@code [1-9][0-9]?\.[1-9][0-9]?} (ASCII digits only, the whole text) without a
     * regular expression: ids are parsed for every answer of every assessment, on the hot path.
     *
     * @return {@code area * 100 + number}, or -1 if the text has another form
     */
    private static int scan(String text) {
        int length = text.length();
        int dot = text.indexOf('.');
        if (length < 3 || length > 5 || dot < 1 || dot > 2) {
            return -1;
        }
        int area = component(text, 0, dot);
        int number = component(text, dot + 1, length);
        return area < 0 || number < 0 ? -1 : area * 100 + number;
    }

    /** A number of one or two ASCII digits without a leading zero in {@code [from, to)}, or -1. */
    private static int component(String text, int from, int to) {
        int n = to - from;
        if (n < 1 || n > 2) {
            return -1;
        }
        char first = text.charAt(from);
        if (first < '1' || first > '9') {
            return -1;
        }
        if (n == 1) {
            return first - '0';
        }
        char second = text.charAt(from + 1);
        return second < '0' || second > '9' ? -1 : (first - '0') * 10 + (second - '0');
    }

    /**
     * Tells whether another object is the same id. Written out rather than generated for the record:
     * ids are map keys on the scoring hot path.
     *
     * @param o the other object
     * @return true for a framework id with the same area and number
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof FrameworkId other && area == other.area && number == other.number;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return {@code area * 100 + number}, distinct for every id
     */
    @Override
    public int hashCode() {
        return area * 100 + number;
    }

    @Override
    public int compareTo(FrameworkId o) {
        int c = Integer.compare(area, o.area);
        return c != 0 ? c : Integer.compare(number, o.number);
    }

    /**
     * Returns the dotted form, e.g. {@code "2.1"}.
     *
     * @return the id as text
     */
    @Override
    public String toString() {
        return area + "." + number;
    }
}
