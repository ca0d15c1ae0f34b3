package org.psirtmaturity.model.structure;

import java.util.List;
import java.util.Objects;

import org.psirtmaturity.model.first.FirstServiceArea;

/**
 * The structure of one service area.
 *
 * @param number     the area number, 1 to 6
 * @param firstArea  the FIRST service area it is
 * @param frameworks the area's frameworks in order; not empty; copied
 */
public record AreaStructure(int number, FirstServiceArea firstArea, List<FrameworkStructure> frameworks) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the FIRST area has another number, there are no frameworks,
     *                                  or a framework belongs to another area
     * @throws NullPointerException     if an argument is null
     */
    public AreaStructure {
        Objects.requireNonNull(firstArea, "firstArea");
        frameworks = List.copyOf(frameworks);
        if (firstArea.number() != number) {
            throw new IllegalArgumentException("area " + number + " cannot be FIRST service area " + firstArea.number());
        }
        if (frameworks.isEmpty()) {
            throw new IllegalArgumentException("area " + number + " has no frameworks");
        }
        for (FrameworkStructure f : frameworks) {
            if (f.id().area() != number) {
                throw new IllegalArgumentException("framework " + f.id() + " does not belong to area " + number);
            }
        }
    }
}
