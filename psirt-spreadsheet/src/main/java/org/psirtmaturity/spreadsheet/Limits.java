package org.psirtmaturity.spreadsheet;

/** The limits of reading, for workbooks from untrusted sources; {@link Questionnaires} documents them. */
final class Limits {

    /** The largest file read, in bytes: 16 MiB (a filled questionnaire is some tens of kilobytes). */
    static final int MAX_WORKBOOK_BYTES = 16 * 1024 * 1024;
    /** The most parts (zip entries) a workbook may hold. */
    static final int MAX_PARTS = 1_000;
    /** The most bytes all parts together may uncompress to: 64 MiB. */
    static final long MAX_UNCOMPRESSED_BYTES = 64L * 1024 * 1024;
    /** The largest ratio of a part's uncompressed to its compressed size, once it exceeds {@link #RATIO_GRACE_BYTES}. */
    static final int MAX_RATIO = 100;
    /** How many bytes a part may uncompress to before its ratio is checked: 1 MiB. */
    static final int RATIO_GRACE_BYTES = 1024 * 1024;
    /** The most cells one part may hold. */
    static final int MAX_CELLS = 1_000_000;
    /** The most array formulas one part may hold (the reader looks each cell up among them). */
    static final int MAX_ARRAY_FORMULAS = 100;
    /** The last row read on each sheet of the questionnaire; a value below it is a problem. */
    static final int MAX_ROWS = 1_000;
    /** The most characters a cell may hold, as in Excel. */
    static final int MAX_TEXT_LENGTH = 32_767;

    /** The last row of a worksheet (Excel's and the file format's limit). */
    static final int LAST_ROW = 1_048_576;
    /** The last column of a worksheet, zero-based (XFD). */
    static final int LAST_COLUMN = 16_383;

    private Limits() {
    }
}
