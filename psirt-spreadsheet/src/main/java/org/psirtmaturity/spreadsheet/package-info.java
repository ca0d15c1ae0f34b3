/**
 * The questionnaire workbook: {@link org.psirtmaturity.spreadsheet.Questionnaires} writes it from a
 * rubric and reads a filled one into an {@link org.psirtmaturity.scoring.Assessment}.
 */
package org.psirtmaturity.spreadsheet;
