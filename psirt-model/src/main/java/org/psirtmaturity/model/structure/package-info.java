/**
 * The language-independent structure of a rubric edition: which areas and frameworks exist, which
 * levels are defined, which FIRST ids each level cites, which frameworks are out of scope and how
 * many notes each has. A language module supplies only texts keyed by {@link
 * org.psirtmaturity.model.structure.TextKeys}; {@link org.psirtmaturity.model.Rubric#assemble}
 * joins the two and reports every mismatch.
 */
package org.psirtmaturity.model.structure;
