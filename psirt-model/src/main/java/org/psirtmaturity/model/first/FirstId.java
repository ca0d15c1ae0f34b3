package org.psirtmaturity.model.first;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hierarchical id of the FIRST PSIRT Services Framework, tagged with the numbering it belongs to.
 *
 * <p>Depth 1 is a service area ({@code 2}), 2 a service ({@code 2.1}), 3 a function
 * ({@code 2.1.1}) and 4 a sub-function ({@code 2.1.1.1}). Every component is a positive integer.
 * Ids order first by numbering, then component by component, a parent before its children.
 *
 * @param path       the components, 1 to 4 positive integers; copied
 * @param numbering  the edition whose numbering the id belongs to
 */
public record FirstId(List<Integer> path, FrameworkNumbering numbering) implements Comparable<FirstId> {

    /** The deepest level of the hierarchy: sub-functions. */
    public static final int MAX_DEPTH = 4;

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if {@code path} is empty, deeper than {@value #MAX_DEPTH} or
     *                                  has a component that is not positive
     * @throws NullPointerException     if an argument or a component is null
     */
    public FirstId {
        Objects.requireNonNull(numbering, "numbering");
        path = List.copyOf(path);
        if (path.isEmpty() || path.size() > MAX_DEPTH) {
            throw new IllegalArgumentException("a FIRST id has 1 to " + MAX_DEPTH + " components, got " + path);
        }
        for (int component : path) {
            if (component < 1) {
                throw new IllegalArgumentException("FIRST id components are positive integers, got " + path);
            }
        }
    }

    /**
     * Parses a dotted id such as {@code "2.1.1.1"}.
     *
     * @param text      the id, ASCII digits separated by single dots
     * @param numbering the numbering the id belongs to
     * @return the id
     * @throws IllegalArgumentException if {@code text} is not a dotted id of 1 to 4 positive integers
     */
    public static FirstId parse(String text, FrameworkNumbering numbering) {
        Objects.requireNonNull(text, "text");
        List<Integer> parts = components(text);
        if (parts == null) {
            throw new IllegalArgumentException(
                    "malformed FIRST id \"" + text + "\"; expected 1 to 4 positive integers separated by dots, e.g. 2.1.1.1");
        }
        return new FirstId(parts, numbering);
    }

    /**
     * Reads {@code [1-9][0-9]{0,2}(\.[1-9][0-9]{0,2}){0,3}} (ASCII digits, the whole text) without a
     * regular expression: rubric loading parses every citation of every level twice.
     *
     * @return the components, or null if the text has another form
     */
    private static List<Integer> components(String text) {
        List<Integer> parts = new ArrayList<>(MAX_DEPTH);
        int i = 0;
        int n = text.length();
        while (true) {
            int start = i;
            int value = 0;
            while (i < n && i - start < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == start || text.charAt(start) == '0' || parts.size() == MAX_DEPTH) {
                return null;
            }
            parts.add(value);
            if (i == n) {
                return parts;
            }
            if (text.charAt(i) != '.') {
                return null;
            }
            i++;
        }
    }

    /**
     * Returns the number of components: 1 service area, 2 service, 3 function, 4 sub-function.
     *
     * @return the depth, 1 to 4
     */
    public int depth() {
        return path.size();
    }

    /**
     * Returns the last component, e.g. 3 for {@code 2.1.3}.
     *
     * @return the last component
     */
    public int last() {
        return path.get(path.size() - 1);
    }

    /**
     * Returns the enclosing id, e.g. {@code 2.1} for {@code 2.1.3}.
     *
     * @return the parent, or empty for a service area
     */
    public Optional<FirstId> parent() {
        return path.size() == 1 ? Optional.empty() : Optional.of(new FirstId(path.subList(0, path.size() - 1), numbering));
    }

    /**
     * Returns the id of the service this id belongs to (its first two components).
     *
     * @return the service id, or empty for a service area
     */
    public Optional<FirstId> service() {
        return path.size() < 2 ? Optional.empty() : Optional.of(new FirstId(path.subList(0, 2), numbering));
    }

    /**
     * Returns a child id, e.g. {@code 2.1.3} for {@code 2.1} and 3.
     *
     * @param component the new last component, positive
     * @return the child
     * @throws IllegalArgumentException if this id is a sub-function or {@code component} is not positive
     */
    public FirstId child(int component) {
        List<Integer> childPath = new ArrayList<>(path);
        childPath.add(component);
        return new FirstId(childPath, numbering);
    }

    /**
     * Returns a sibling id, e.g. {@code 2.1.5} for {@code 2.1.3} and 5.
     *
     * @param component the new last component, positive
     * @return the sibling
     * @throws IllegalArgumentException if {@code component} is not positive
     */
    public FirstId withLast(int component) {
        List<Integer> siblingPath = new ArrayList<>(path);
        siblingPath.set(siblingPath.size() - 1, component);
        return new FirstId(siblingPath, numbering);
    }

    /**
     * Tells whether this id is {@code other} or encloses it, in the same numbering.
     *
     * @param other the id to test
     * @return true if {@code other} equals this id or lies below it
     */
    public boolean contains(FirstId other) {
        return numbering == other.numbering
                && other.path.size() >= path.size()
                && other.path.subList(0, path.size()).equals(path);
    }

    /**
     * Returns the same path in another numbering, without any renumbering. Use
     * {@link FirstCatalog#correspondence(FirstId)} to translate a draft id into version 1.1.
     *
     * @param target the numbering
     * @return an id with the same components
     */
    public FirstId as(FrameworkNumbering target) {
        return new FirstId(path, target);
    }

    /**
     * Tells whether another object is the same id: the same components in the same numbering.
     * Written out rather than generated for the record: the generated methods are bootstrapped
     * through method handles on first use, and loading a rubric compares and hashes hundreds of ids
     * (its index of citing levels, the catalogue's tables) in a fresh JVM.
     *
     * @param o the other object
     * @return true for a FIRST id with equal components and the same numbering
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof FirstId other && numbering == other.numbering && path.equals(other.path);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}, the same in every run.
     *
     * @return {@code 31 * path().hashCode() + numbering().ordinal()}
     */
    @Override
    public int hashCode() {
        return 31 * path.hashCode() + numbering.ordinal();
    }

    @Override
    public int compareTo(FirstId o) {
        int byNumbering = numbering.compareTo(o.numbering);
        if (byNumbering != 0) {
            return byNumbering;
        }
        for (int i = 0; i < Math.min(path.size(), o.path.size()); i++) {
            int c = Integer.compare(path.get(i), o.path.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(path.size(), o.path.size());
    }

    /**
     * Returns the dotted form, e.g. {@code "2.1.1.1"} (without the numbering).
     *
     * @return the dotted id
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int component : path) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(component);
        }
        return sb.toString();
    }
}
