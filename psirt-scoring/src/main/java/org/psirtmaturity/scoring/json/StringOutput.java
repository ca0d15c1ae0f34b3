package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a report into a string made of pieces, joined once at the end: the ASCII runs of the buffer
 * (structure, names, numbers, short ASCII texts), and between them the other texts themselves, as
 * strings. A text that needs no escape, such as a rubric's titles, is not copied until the join; the
 * join ({@link String#join}) sizes the result exactly. This was measured cheaper, in time and in
 * garbage, than the alternatives for texts in Japanese: a {@code char[]} or UTF-8 bytes decoded into a
 * string are copied (and compressed or inflated) twice or more, and so is a {@link StringBuilder}.
 *
 * <p>Texts are escaped as Jackson's generator escapes them when writing characters: the escapes of
 * {@link JsonOutput#escape(char)}, every other character as it is (surrogates included, paired or not).
 */
final class StringOutput extends JsonOutput {

    /** The buffer size: ASCII runs between non-ASCII texts are short. */
    static final int BUFFER = 2048;

    /** The pieces so far: {@link #count} of them, in an array that grows as a list's would. */
    private String[] pieces = new String[64];
    private int count;

    StringOutput(boolean pretty) {
        this(pretty, EncodedTexts.NONE);
    }

    StringOutput(boolean pretty, EncodedTexts texts) {
        super(pretty, BUFFER, texts);
    }

    @Override
    void drain() {
        add(new String(buf, 0, pos, StandardCharsets.ISO_8859_1));
        pos = 0;
    }

    private void add(String piece) {
        if (count == pieces.length) {
            pieces = Arrays.copyOf(pieces, 2 * count);
        }
        pieces[count++] = piece;
    }

    /** Ends the document with a line break and returns it. */
    String finish() throws IOException {
        room(1);
        put('\n');
        drain();
        return String.join("", count == pieces.length ? pieces : Arrays.copyOf(pieces, count));
    }

    @Override
    void string(String text) throws IOException {
        int n = text.length();
        if (MAX_BYTES_PER_CHAR * n + 2 <= buf.length - pos) {
            // A text that fits, escaped, in the buffer is most often ASCII: write it in one pass, and take it
            // back at the first other character. (Other texts become pieces of their own, ASCII or not.)
            int start = pos;
            byte[] b = buf;
            int p = start;
            b[p++] = '"';
            int i = 0;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                if (needsEscape(c)) {
                    pos = p;
                    escape(c);
                    p = pos;
                } else {
                    b[p++] = (byte) c;
                }
            }
            if (i == n) {
                b[p++] = '"';
                pos = p;
                return;
            }
            pos = start;
        }
        room(1);
        put('"');
        drain();
        escaped(text);
        put('"');
    }

    /** Writes a rubric text: as a piece escaped beforehand, if {@link #texts} holds it, else as any text. */
    @Override
    void rubricText(String text) throws IOException {
        EncodedTexts.Encoded encoded = texts.get(text);
        if (encoded == null) {
            string(text);
            return;
        }
        room(1);
        put('"');
        drain();
        add(encoded.escaped);
        put('"');
    }

    /**
     * Adds a text, escaped for a JSON string, to the pieces: the text itself when it needs no escape, as
     * most texts of a report; for the usual exception, the rubric's texts of several lines, the runs
     * between line feeds as substrings, found with {@link String#indexOf(int)}, and their escapes. The
     * scan for control characters counts them without a branch, which is twice as fast as testing each
     * character; quotes and backslashes are looked for with {@code indexOf}, faster still. (A
     * {@link String#replace} of the line feeds was measured slower; testing each character, slower still.)
     */
    private void escaped(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            controls += (text.charAt(i) - 0x20) >>> 31; // 1 below U+0020, else 0
        }
        boolean quotes = text.indexOf('"') >= 0 || text.indexOf('\\') >= 0;
        if (controls == 0 && !quotes) {
            add(text);
        } else if (!quotes && controls == lineFeeds(text)) {
            int from = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
                add(text.substring(from, i)); // "" between two line feeds: no copy, no harm
                add("\\n");
                from = i + 1;
            }
            add(text.substring(from));
        } else {
            add(escapedOneByOne(text));
        }
    }

    /** The pieces so far, for tests: which texts are copied, and how, is what makes this writer fast. */
    List<String> pieces() {
        return List.of(Arrays.copyOf(pieces, count));
    }

    /** The number of line feeds in a text. */
    private static int lineFeeds(String text) {
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }

    /** A text escaped character by character: for texts with escapes other than line feeds, which are rare. */
    static String escapedOneByOne(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                escaped.append(c);
                continue;
            }
            escaped.append('\\');
            char letter = shortEscape(c);
            if (letter != 0) {
                escaped.append(letter);
            } else {
                escaped.append("u00").append(hexDigit(c >> 4)).append(hexDigit(c & 0xF));
            }
        }
        return escaped.toString();
    }
}
