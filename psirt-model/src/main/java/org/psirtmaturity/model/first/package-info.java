/**
 * The FIRST PSIRT Services Framework and PSIRT Maturity Document as data: hierarchical ids, the
 * bracket citations of the maturity sheet, the numbering each id belongs to, the correspondence
 * between the 2017 draft numbering used by the sheet and version 1.1, and the requirements of FIRST
 * Maturity Level 1.
 */
package org.psirtmaturity.model.first;
