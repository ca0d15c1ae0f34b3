package org.psirtmaturity.spreadsheet;

/**
 * Where things are in the workbook the template writes. The reader finds the columns of the answer
 * sheets by their headers and the rows of the start sheet by their labels, so that a workbook read back
 * need not keep these exact positions; these are the positions written.
 */
final class Layout {

    private Layout() {
    }

    // The answers sheet: one row per framework, under a header row; columns zero-based.
    static final int ID = 0;
    static final int TITLE = 1;
    static final int OBJECTIVE = 2;
    static final int LEVEL_0 = 3;
    static final int ANSWER = 9;
    static final int REASON = 10;
    static final int NOTE = 11;
    static final int EVIDENCE = 12;

    // The foundations sheet: the requirement's key (a hidden column), its name, the yes/no answer.
    static final int KEY = 0;
    static final int REQUIREMENT = 1;
    static final int YES_NO = 2;

    // The start sheet: a label in column A, its value in column B, a hint in column C.
    static final int LABEL = 0;
    static final int VALUE = 1;
    static final int HINT = 2;

    /** The row of the headers on the answers and foundations sheets, one-based. */
    static final int HEADER_ROW = 1;
}
