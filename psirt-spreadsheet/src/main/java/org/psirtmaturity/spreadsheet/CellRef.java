package org.psirtmaturity.spreadsheet;

import org.psirtmaturity.scoring.internal.Paths;

/**
 * Cell references as a spreadsheet program shows them, e.g. {@code 回答!J7} or
 * {@code 'Level 1'!C3}: the sheet's name (in single quotes when it holds anything but letters, digits,
 * underscores and dots, or starts with a digit), an exclamation mark, the column letters and the row
 * number. A sheet name read from a workbook is shortened and escaped as user text is in every message
 * ({@link Paths#quote}).
 */
final class CellRef {

    private CellRef() {
    }

    /** The letters of a zero-based column: 0 is A, 25 is Z, 26 is AA. */
    static String column(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** A cell: the sheet, the one-based row, the zero-based column. */
    static String of(String sheet, int row, int column) {
        return sheet(sheet) + "!" + column(column) + row;
    }

    /** A whole row, e.g. {@code 回答!1:1}. */
    static String row(String sheet, int row) {
        return sheet(sheet) + "!" + row + ":" + row;
    }

    /** A whole column, e.g. {@code はじめに!A:A}. */
    static String column(String sheet, int column) {
        String letters = column(column);
        return sheet(sheet) + "!" + letters + ":" + letters;
    }

    /** A sheet's name as a reference shows it. */
    static String sheet(String name) {
        String shown = Paths.quote(name);
        boolean plain = !shown.isEmpty() && !Character.isDigit(shown.codePointAt(0))
                && shown.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '_' || cp == '.');
        return plain ? shown : "'" + shown.replace("'", "''") + "'";
    }
}
