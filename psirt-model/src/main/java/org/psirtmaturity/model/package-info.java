/**
 * The maturity sheet as an immutable model: a {@link org.psirtmaturity.model.Rubric} holds
 * {@link org.psirtmaturity.model.ServiceArea service areas}, each holding
 * {@link org.psirtmaturity.model.Framework frameworks}, each with six
 * {@link org.psirtmaturity.model.RubricLevel levels} (0 to 5) that are either described or
 * explicitly undefined.
 *
 * <p>All types are immutable and thread-safe; nothing here performs I/O or logs.
 */
package org.psirtmaturity.model;
