/**
 * The service provider interface for rubric modules. A rubric module implements
 * {@link org.psirtmaturity.rubric.spi.RubricProvider}, declares it with {@code provides} in its
 * {@code module-info.java} and in {@code META-INF/services/org.psirtmaturity.rubric.spi.RubricProvider},
 * and usually reads its texts with {@link org.psirtmaturity.rubric.spi.RubricTexts}.
 */
package org.psirtmaturity.rubric.spi;
