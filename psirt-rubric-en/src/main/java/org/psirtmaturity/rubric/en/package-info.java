/**
 * The English rubric provider. Not exported: the rubric is reached through
 * {@link org.psirtmaturity.rubric.Rubrics}.
 */
package org.psirtmaturity.rubric.en;
