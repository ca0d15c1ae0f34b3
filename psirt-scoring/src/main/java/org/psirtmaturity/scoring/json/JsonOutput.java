package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where {@link ReportWriter} writes a report: JSON tokens laid out either on one line or pretty, as
 * Jackson's generator laid them out before (two spaces per level, {@code \n}, {@code ": "} after a
 * property name, and {@code { }} and {@code [ ]} for an empty object or array), so that the output
 * stays byte for byte what it was.
 *
 * <p>The structure, property names, numbers and ASCII text go into a small byte buffer, which a
 * subclass empties when it is full ({@link #drain()}): to a stream as UTF-8, or into the pieces of a
 * string. Subclasses write text values ({@link #string(String)}, {@link #rubricText(String)}), where
 * their encodings differ. One instance writes one report, on one thread: all state is per call.
 */
abstract sealed class JsonOutput permits Utf8Output, StringOutput {

    /**
     * The most bytes one character of a text value takes once escaped or encoded: six, for the escape of
     * a control character (backslash, {@code u} and four hex digits).
     */
    static final int MAX_BYTES_PER_CHAR = 6;

    /** Spaces to copy indentation from: more than the deepest level of a report needs. */
    private static final Literal SPACES = new Literal(" ".repeat(32));
    private static final Literal TRUE = new Literal("true");
    private static final Literal FALSE = new Literal("false");

    /** The largest numerator whose display value is computed in a {@code long}: 100 times it still fits. */
    static final long DISPLAY_LIMIT = Long.MAX_VALUE / 100;

    /** The buffer; bytes {@code 0} to {@link #pos} are written and not yet drained. */
    final byte[] buf;
    /** The number of bytes in {@link #buf}. */
    int pos;
    private final boolean pretty;
    /** The rubric's texts encoded beforehand, if any: {@link #rubricText(String)} writes those as they are. */
    final EncodedTexts texts;
    /** The number of arrays and objects open, for indentation. */
    private int depth;
    /** Whether the innermost open array or object has no entry yet: no comma before the next one. */
    private boolean first = true;

    /**
     * @param pretty     whether to lay out on indented lines
     * @param bufferSize the size of the buffer: more than the longest token written in one piece (a
     *                   property name, a number, {@value #MAX_BYTES_PER_CHAR} bytes for a character of text)
     * @param texts      the rubric's texts encoded beforehand ({@link EncodedTexts#NONE} for none)
     */
    JsonOutput(boolean pretty, int bufferSize, EncodedTexts texts) {
        this.pretty = pretty;
        this.buf = new byte[bufferSize];
        this.texts = texts;
    }

    /** Empties the buffer: passes its {@link #pos} bytes on and sets {@link #pos} to 0. */
    abstract void drain() throws IOException;

    /** Writes a text value of the report (as Jackson's {@code writeString(String)} did). */
    abstract void string(String text) throws IOException;

    /**
     * Writes a text of the rubric: an area title or a level description. Such texts were written
     * through Jackson's {@code SerializedString}, which differs from {@link #string(String)} on a
     * stream only (see {@link Utf8Output}): in a string, both write the same characters. A subclass
     * writes the form {@link #texts} holds for the text, if it holds one.
     */
    abstract void rubricText(String text) throws IOException;

    /** Makes sure that {@code n} more bytes fit in the buffer, {@code n} being at most its size. */
    final void room(int n) throws IOException {
        if (pos + n > buf.length) {
            drain();
        }
    }

    /** Writes one ASCII character; the caller has made {@link #room(int)}. */
    final void put(char c) {
        buf[pos++] = (byte) c;
    }

    final void startObject() throws IOException {
        room(1);
        put('{');
        open();
    }

    final void endObject() throws IOException {
        close('}');
    }

    final void startArray() throws IOException {
        room(1);
        put('[');
        open();
    }

    final void endArray() throws IOException {
        close(']');
    }

    private void open() {
        depth++;
        first = true;
    }

    /**
     * Closes an array or object: an empty one is {@code [ ]} or {@code { }} in the pretty layout (as
     * Jackson's pretty printer writes it), a full one ends on a line of its own.
     */
    private void close(char c) throws IOException {
        depth--;
        if (!pretty) {
            room(1);
        } else if (first) {
            room(2);
            put(' ');
        } else {
            newLine(1);
        }
        put(c);
        first = false;
    }

    /** Starts an entry of the innermost array or object: a comma unless it is the first, then the layout. */
    final void entry() throws IOException {
        if (!first) {
            room(1);
            put(',');
        }
        first = false;
        if (pretty) {
            newLine(0);
        }
    }

    /** Writes a line break and the indentation of the current depth, with room for {@code more} bytes after. */
    private void newLine(int more) throws IOException {
        int spaces = 2 * depth;
        room(1 + spaces + more);
        put('\n');
        while (spaces > 0) {
            int n = Math.min(spaces, SPACES.length());
            pos = SPACES.copyTo(buf, pos, n);
            spaces -= n;
        }
    }

    /** Writes a property name, with its separator and the colon after it. */
    final void name(Literal name) throws IOException {
        if (pretty) {
            entry();
            room(name.length() + 1);
            pos = name.copyTo(buf, pos);
            put(' ');
        } else {
            // The most frequent call of all, made in one step: comma, name and colon.
            room(name.length() + 1);
            if (!first) {
                put(',');
            }
            first = false;
            pos = name.copyTo(buf, pos);
        }
    }

    /** Writes a framework id as a property name, as {@code "2.1":}. */
    final void name(int area, int number) throws IOException {
        entry();
        room(9);
        put('"');
        digits(area);
        put('.');
        digits(number);
        put('"');
        put(':');
        if (pretty) {
            put(' ');
        }
    }

    /** Writes a framework id as a text value, as {@code "2.1"}. */
    final void frameworkId(int area, int number) throws IOException {
        room(7);
        put('"');
        digits(area);
        put('.');
        digits(number);
        put('"');
    }

    final void number(long value) throws IOException {
        if (value < 0) {
            ascii(Long.toString(value)); // never in a report scored from a rubric
            return;
        }
        room(19);
        digits(value);
    }

    /** Writes a number; most of a report's are levels and counts, of one digit. */
    final void number(int value) throws IOException {
        if (Integer.compareUnsigned(value, 10) < 0) { // 0 to 9
            room(1);
            put((char) ('0' + value));
        } else {
            number((long) value);
        }
    }

    /** Writes a decimal as {@link BigDecimal#toString()} does, as Jackson writes one by default. */
    final void number(BigDecimal value) throws IOException {
        ascii(value.toString());
    }

    /**
     * Writes a fraction's display value ({@code numerator / denominator} rounded HALF_UP to two
     * decimals) exactly as {@link BigDecimal#toString()} writes it, without making the
     * {@code BigDecimal} when the arithmetic fits in a {@code long}. The denominator is positive, as
     * in every {@code Fraction}.
     */
    final void displayValue(long numerator, long denominator) throws IOException {
        if (numerator < -DISPLAY_LIMIT || numerator > DISPLAY_LIMIT) {
            number(new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP));
            return;
        }
        long scaled = Math.abs(numerator) * 100;
        long hundredths = scaled / denominator;
        long rest = scaled % denominator;
        if (rest >= denominator - rest) {
            hundredths++; // HALF_UP: a half or more rounds away from zero
        }
        room(21);
        if (numerator < 0 && hundredths != 0) {
            put('-'); // BigDecimal has no negative zero: -0.001 is written 0.00
        }
        digits(hundredths / 100);
        put('.');
        long cents = hundredths % 100;
        put((char) ('0' + cents / 10));
        put((char) ('0' + cents % 10));
    }

    final void bool(boolean value) throws IOException {
        literal(value ? TRUE : FALSE);
    }

    /** Writes a value encoded beforehand. */
    final void literal(Literal value) throws IOException {
        room(value.length());
        pos = value.copyTo(buf, pos);
    }

    /** Writes text known to be ASCII and to need no escape (a number, a literal), however long. */
    final void ascii(String text) throws IOException {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int run = Math.min(n - i, buf.length - pos);
            if (run == 0) {
                drain();
                continue;
            }
            for (int end = i + run; i < end; i++) {
                put(text.charAt(i));
            }
        }
    }

    /** Writes the decimal digits of a non-negative number; the caller has made room for 19 bytes. */
    private void digits(long value) {
        int end = pos + length(value);
        int at = end;
        long v = value;
        do {
            buf[--at] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        pos = end;
    }

    /** The number of decimal digits of a non-negative number. */
    static int length(long value) {
        int n = 1;
        for (long v = value; v >= 10; v /= 10) {
            n++;
        }
        return n;
    }

    /** Whether a character is written escaped in a JSON string (as Jackson does by default). */
    static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }

    /**
     * Writes the escape of a character that {@linkplain #needsEscape needs one}, as Jackson writes it.
     * The caller has made room for {@value #MAX_BYTES_PER_CHAR} bytes.
     */
    final void escape(char c) {
        put('\\');
        char letter = shortEscape(c);
        if (letter != 0) {
            put(letter);
        } else {
            hex(c);
        }
    }

    /**
     * The letter of a character's short escape, as Jackson writes it: {@code \" \\ \b \t \n \f \r};
     * 0 for a character written {@code \}{@code u00XX}, as the other control characters are. Jackson
     * leaves {@code /} and DEL unescaped, and so does this.
     */
    static char shortEscape(char c) {
        return switch (c) {
            case '"', '\\' -> c;
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
    }

    /** Writes {@code u} and the four upper-case hex digits of a character, after a backslash. */
    final void hex(char c) {
        put('u');
        for (int shift = 12; shift >= 0; shift -= 4) {
            put(hexDigit((c >> shift) & 0xF));
        }
    }

    /** An upper-case hex digit, as Jackson writes them in escapes. */
    static char hexDigit(int value) {
        return (char) (value < 10 ? '0' + value : 'A' - 10 + value);
    }

    /**
     * A piece of JSON in ASCII that needs no escape, encoded once: a property name, quoted, with its
     * colon ({@code "name":}), a constant text value, quoted ({@code "SCORED"}), or a literal
     * ({@code true}). Immutable: the bytes are made once and only ever copied out.
     */
    static final class Literal {
        private final byte[] bytes;

        private Literal(String json) {
            bytes = json.getBytes(StandardCharsets.US_ASCII);
        }

        /** A property name; the report format's are ASCII letters and digits. */
        static Literal name(String name) {
            return new Literal('"' + name + "\":");
        }

        /** A text value of ASCII characters that need no escape, such as an enum constant's name. */
        static Literal quoted(String text) {
            return new Literal('"' + text + '"');
        }

        /** The quoted names of an enum's constants, in the order of their ordinals. */
        static List<Literal> constants(Enum<?>[] values) {
            List<Literal> names = new ArrayList<>(values.length);
            for (Enum<?> value : values) {
                names.add(quoted(value.name()));
            }
            return List.copyOf(names);
        }

        /** The number of bytes. */
        int length() {
            return bytes.length;
        }

        /** Copies the bytes into a buffer with room for them and returns the position after them. */
        int copyTo(byte[] buffer, int at) {
            return copyTo(buffer, at, bytes.length);
        }

        /** Copies the first {@code length} bytes into a buffer with room for them and returns the position after them. */
        int copyTo(byte[] buffer, int at, int length) {
            System.arraycopy(bytes, 0, buffer, at, length);
            return at + length;
        }
    }
}
