package org.psirtmaturity.model.first;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bracketed reference to the FIRST PSIRT Services Framework as written in a level text, such as
 * {@code [2.1.1.1]}, {@code [3.1.1-3.1.2]} or {@code [3.3.1-5]}.
 *
 * <p>The citation keeps the text as the sheet wrote it (without brackets) and its structured form:
 * a single id ({@code first == last}) or a range. Three range shapes are understood, all inclusive:
 * <ul>
 *   <li>siblings written in full, {@code 3.1.1-3.1.2} = 3.1.1, 3.1.2;</li>
 *   <li>siblings with the end abbreviated to its last component, {@code 3.3.1-5} = 3.3.1 … 3.3.5;</li>
 *   <li>an id with its own children up to the one named, {@code 3.1.1-3.1.1.1} = 3.1.1, 3.1.1.1.</li>
 * </ul>
 * Any other shape is rejected by {@link #parse}.
 *
 * @param text  the citation as written, without brackets, e.g. {@code "3.3.1-5"}
 * @param first the first id of the range (the only id of a single citation)
 * @param last  the last id of the range (equal to {@code first} for a single citation)
 */
public record Citation(String text, FirstId first, FirstId last) {

    /**
     * Validates that the range is one of the understood shapes.
     *
     * @throws IllegalArgumentException if the ids are in different numberings or do not form one of
     *                                  the understood range shapes
     * @throws NullPointerException     if an argument is null
     */
    public Citation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.numbering() != last.numbering()) {
            throw new IllegalArgumentException("a citation's ids share one numbering: " + text);
        }
        if (!first.equals(last) && !isSiblingRange(first, last) && !isChildRange(first, last)) {
            throw new IllegalArgumentException("citation [" + text
                    + "] is not a range of siblings (3.1.1-3.1.2, 3.3.1-5) or of an id and its children (3.1.1-3.1.1.1)");
        }
    }

    /**
     * Parses a citation as written inside the brackets.
     *
     * @param text      e.g. {@code "2.1.1.1"}, {@code "3.1.1-3.1.2"}, {@code "3.3.1-5"}
     * @param numbering the numbering the sheet used
     * @return the citation, keeping {@code text} as given
     * @throws IllegalArgumentException if {@code text} is malformed; the message says what was expected
     */
    public static Citation parse(String text, FrameworkNumbering numbering) {
        Objects.requireNonNull(text, "text");
        // The shape ([0-9.]+)(?:-([0-9.]+))?, read without a regular expression: rubric loading
        // parses every citation of the structure and of every level text.
        int dash = text.indexOf('-');
        String start = dash < 0 ? text : text.substring(0, dash);
        String end = dash < 0 ? null : text.substring(dash + 1);
        if (!isDigitsAndDots(start) || end != null && !isDigitsAndDots(end)) {
            throw new IllegalArgumentException("malformed citation [" + text
                    + "]; expected a FIRST id such as [2.1.1.1] or a range such as [3.1.1-3.1.2] or [3.3.1-5]");
        }
        try {
            return parseShape(text, start, end, numbering);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains("[" + text + "]")) {
                throw e;
            }
            throw new IllegalArgumentException("malformed citation [" + text + "]: " + e.getMessage(), e);
        }
    }

    /** Whether {@code s} is one or more ASCII digits and dots ({@code [0-9.]+}). */
    private static boolean isDigitsAndDots(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static Citation parseShape(String text, String start, String end, FrameworkNumbering numbering) {
        FirstId first = FirstId.parse(start, numbering);
        if (end == null) {
            return new Citation(text, first, first);
        }
        FirstId last;
        if (end.indexOf('.') < 0) {
            if (first.depth() < 2) {
                throw new IllegalArgumentException("malformed citation [" + text
                        + "]; an abbreviated range end needs a start with at least two components, e.g. [3.3.1-5]");
            }
            last = first.withLast(parsePositive(end, text));
        } else {
            last = FirstId.parse(end, numbering);
        }
        return new Citation(text, first, last);
    }

    /**
     * Finds every bracketed citation in a text, in order of appearance. Every {@code [} must be
     * closed by a {@code ]} before the next bracket, and everything between brackets must be a
     * citation: texts use no square brackets for anything else.
     *
     * @param text      a level text
     * @param numbering the numbering the text cites
     * @return the citations, possibly empty
     * @throws IllegalArgumentException if a bracket is unbalanced or a citation malformed; the
     *                                  message quotes it
     */
    public static List<Citation> findAll(String text, FrameworkNumbering numbering) {
        Objects.requireNonNull(text, "text");
        List<Citation> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('[', i);
            int strayClose = text.indexOf(']', i);
            if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                throw new IllegalArgumentException("unbalanced ']' at character " + strayClose + " of the text");
            }
            if (open < 0) {
                break;
            }
            int close = text.indexOf(']', open + 1);
            int nextOpen = text.indexOf('[', open + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                throw new IllegalArgumentException("unclosed '[' at character " + open + " of the text");
            }
            found.add(parse(text.substring(open + 1, close), numbering));
            i = close + 1;
        }
        return List.copyOf(found);
    }

    /** Reads {@code [1-9][0-9]{0,2}}: {@code s} holds only digits here (the shape was checked). */
    private static int parsePositive(String s, String text) {
        if (s.length() > 3 || s.charAt(0) == '0') {
            throw new IllegalArgumentException("malformed citation [" + text + "]; range end \"" + s + "\" is not a positive integer");
        }
        return Integer.parseInt(s);
    }

    private static boolean isSiblingRange(FirstId a, FirstId b) {
        return a.depth() == b.depth() && a.parent().equals(b.parent()) && a.last() < b.last();
    }

    private static boolean isChildRange(FirstId a, FirstId b) {
        return b.depth() == a.depth() + 1 && a.contains(b);
    }

    /**
     * Tells whether this citation names more than one id.
     *
     * @return true for a range
     */
    public boolean isRange() {
        return !first.equals(last);
    }

    /**
     * Returns the numbering the citation belongs to.
     *
     * @return the numbering of its ids
     */
    public FrameworkNumbering numbering() {
        return first.numbering();
    }

    /**
     * Returns every id the citation names, in order: one id for a single citation, each sibling of a
     * sibling range, or the id followed by its children {@code .1} up to the last for a child range.
     *
     * @return the ids, never empty
     */
    public List<FirstId> expand() {
        if (!isRange()) {
            return List.of(first);
        }
        List<FirstId> ids = new ArrayList<>();
        if (first.depth() == last.depth()) {
            for (int i = first.last(); i <= last.last(); i++) {
                ids.add(first.withLast(i));
            }
        } else {
            ids.add(first);
            for (int i = 1; i <= last.last(); i++) {
                ids.add(first.child(i));
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Tells whether the citation names {@code id} (after expanding a range).
     *
     * @param id the id to look for
     * @return true if {@link #expand()} contains it
     */
    public boolean names(FirstId id) {
        return expand().contains(id);
    }

    /**
     * Returns the citation as written in a text, with its brackets, e.g. {@code "[3.3.1-5]"}.
     *
     * @return the bracketed text
     */
    @Override
    public String toString() {
        return "[" + text + "]";
    }
}
