/**
 * Finding installed rubrics: {@link org.psirtmaturity.rubric.Rubrics}.
 */
package org.psirtmaturity.rubric;
