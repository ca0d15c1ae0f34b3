package org.psirtmaturity.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.dhatim.fastexcel.reader.Cell;

/**
 * What one cell holds, as the reader sees it: nothing, text, a number, a truth value, a formula or an
 * error value. Text is decoded from the file format's {@code _xHHHH_} escapes (ECMA-376's way of writing
 * characters XML cannot hold, such as a carriage return); nothing else is changed.
 */
sealed interface Value {

    /** An empty cell, a cell holding the empty text, or no cell. */
    record Blank() implements Value {
    }

    /** Text, as written. */
    record Text(String text) implements Value {
    }

    /** A number, exactly as stored (Excel stores 3 as {@code 3}, LibreOffice sometimes as {@code 3.0}). */
    record Number(BigDecimal number) implements Value {
    }

    /** TRUE or FALSE. */
    record Bool(boolean value) implements Value {
    }

    /** A formula; never evaluated. */
    record Formula(String formula) implements Value {
    }

    /** An error value, such as {@code #N/A}. */
    record Error(String code) implements Value {
    }

    Blank BLANK = new Blank();

    /** The value of a cell the reader gave, or of no cell. */
    static Value of(Optional<Cell> cell) {
        if (cell.isEmpty()) {
            return BLANK;
        }
        Cell c = cell.get();
        return switch (c.getType()) {
            case EMPTY -> BLANK;
            case STRING -> {
                String s = c.getValue() == null ? "" : unescape(c.getValue().toString());
                yield s.isEmpty() ? BLANK : new Text(s);
            }
            case NUMBER -> c.getValue() == null ? BLANK : new Number((BigDecimal) c.getValue());
            case BOOLEAN -> c.getValue() == null ? BLANK : new Bool((Boolean) c.getValue());
            case FORMULA -> formula(c.getFormula() == null ? "" : c.getFormula());
            case ERROR -> new Error(c.getRawValue() == null ? "" : c.getRawValue());
        };
    }

    /**
     * A formula cell's value: LibreOffice stores a truth value as the constant formula {@code TRUE()} or
     * {@code FALSE()}, which is read as that value; every other formula stays a formula, never evaluated.
     */
    private static Value formula(String formula) {
        String f = formula.strip();
        if (f.equalsIgnoreCase("TRUE()")) {
            return new Bool(true);
        }
        if (f.equalsIgnoreCase("FALSE()")) {
            return new Bool(false);
        }
        return new Formula(formula);
    }

    /** Whether the cell holds nothing, or text that is only white space. */
    default boolean isBlank() {
        return this instanceof Blank || (this instanceof Text t && t.text().isBlank());
    }

    /**
     * The cell as text, as a person sees it typed: text as is, a number in plain decimal notation without
     * trailing zeros ({@code 2.1}, {@code 3}), TRUE or FALSE, an error value as its code. Empty for a blank
     * cell and for a formula (which is never evaluated).
     */
    default Optional<String> asText() {
        if (this instanceof Text t) {
            return Optional.of(t.text());
        }
        if (this instanceof Number n) {
            return Optional.of(plain(n.number()));
        }
        if (this instanceof Bool b) {
            return Optional.of(b.value() ? "TRUE" : "FALSE");
        }
        if (this instanceof Error e) {
            return Optional.of(e.code());
        }
        return Optional.empty();
    }

    /** How the value is shown in a message: as text, or {@code =formula} for a formula. */
    default String shown() {
        if (this instanceof Formula f) {
            return "=" + f.formula();
        }
        return asText().orElse("");
    }

    /** A number in plain notation, without trailing zeros. */
    static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    /**
     * The day a date serial number stands for, in the 1900 date system (with Excel's nonexistent
     * 1900-02-29 as serial 60) or the 1904 one; empty outside the years 1900 to 9999. A time of day is
     * ignored.
     */
    static Optional<LocalDate> date(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return Optional.empty();
        }
        long days = serial.longValue(); // the whole days; a fraction is a time of day
        if (date1904) {
            return Optional.of(LocalDate.of(1904, 1, 1).plusDays(days));
        }
        if (days < 1) {
            return Optional.empty();
        }
        return Optional.of(days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days));
    }

    /** Decodes {@code _xHHHH_} escapes; {@code _x005F_} escapes a literal underscore before one. */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
