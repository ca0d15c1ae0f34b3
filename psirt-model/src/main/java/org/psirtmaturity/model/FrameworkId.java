package org.psirtmaturity.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]?)\\.([1-9][0-9]?)");

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
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed framework id \"" + text + "\"; expected <area>.<number>, e.g. 2.1");
        }
        return new FrameworkId(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * Tells whether {@code text} is a well-formed framework id (it may still be unknown to a rubric).
     *
     * @param text the candidate
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
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
