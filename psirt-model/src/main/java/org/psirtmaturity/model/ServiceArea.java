package org.psirtmaturity.model;

import java.util.List;
import java.util.Objects;

import org.psirtmaturity.model.first.FirstServiceArea;

/**
 * One service area of the maturity sheet.
 *
 * @param number     the area number, 1 to 6
 * @param title      the title in the rubric's language
 * @param firstArea  the FIRST service area it is
 * @param frameworks the area's frameworks, in order; copied
 */
public record ServiceArea(int number, String title, FirstServiceArea firstArea, List<Framework> frameworks) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a framework belongs to another area or the FIRST area has
     *                                  another number
     * @throws NullPointerException     if an argument or element is null
     */
    public ServiceArea {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(firstArea, "firstArea");
        frameworks = List.copyOf(frameworks);
        if (firstArea.number() != number) {
            throw new IllegalArgumentException("area " + number + " cannot be FIRST area " + firstArea.number());
        }
        for (Framework f : frameworks) {
            if (f.id().area() != number) {
                throw new IllegalArgumentException("framework " + f.id() + " is not in area " + number);
            }
        }
    }
}
