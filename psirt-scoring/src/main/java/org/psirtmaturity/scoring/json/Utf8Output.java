package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Writes a report to a stream as UTF-8, through a buffer of {@value #BUFFER} bytes that goes to the
 * stream each time it is full: the stream sees a few large writes and no intermediate string.
 *
 * <p>Texts are encoded here, with the escapes of {@link JsonOutput#escape(char)}, exactly as
 * Jackson's UTF-8 generator wrote them before, including its two treatments of characters outside
 * the Basic Multilingual Plane (surrogate pairs in a Java string):
 * <ul>
 *   <li>a text value ({@link #string(String)}, Jackson's {@code writeString(String)}) has each
 *       surrogate, paired or not, escaped as {@code \}{@code uD83D\}{@code uDE00};</li>
 *   <li>a text of the rubric ({@link #rubricText(String)}, written through Jackson's
 *       {@code SerializedString}) has a surrogate pair encoded as one four-byte UTF-8 sequence, and
 *       an unpaired surrogate is an {@link IllegalArgumentException}, with Jackson's message.</li>
 * </ul>
 * Other non-ASCII characters are written as they are, in UTF-8, never escaped.
 */
final class Utf8Output extends JsonOutput {

    /** Writes four bytes at once into a byte array, in the order of UTF-8 (the first byte at the lowest index). */
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** The buffer size: a few writes to the stream per report, a small allocation per call. */
    static final int BUFFER = 4096;

    private final OutputStream out;

    Utf8Output(OutputStream out, boolean pretty) {
        this(out, pretty, EncodedTexts.NONE);
    }

    Utf8Output(OutputStream out, boolean pretty, EncodedTexts texts) {
        super(pretty, BUFFER, texts);
        this.out = out;
    }

    @Override
    void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** Ends the line and passes what is left in the buffer to the stream. */
    void finish() throws IOException {
        room(1);
        put('\n');
        drain();
    }

    @Override
    void string(String text) throws IOException {
        text(text, false);
    }

    /**
     * Writes a rubric text: its bytes encoded beforehand, if {@link #texts} holds them (copied into the
     * buffer, or passed to the stream as they are when longer than the buffer), else encoded here.
     */
    @Override
    void rubricText(String text) throws IOException {
        EncodedTexts.Encoded encoded = texts.get(text);
        if (encoded == null || encoded.utf8 == null) {
            text(text, true);
            return;
        }
        byte[] bytes = encoded.utf8;
        if (bytes.length + 2 <= buf.length) {
            room(bytes.length + 2);
            put('"');
            System.arraycopy(bytes, 0, buf, pos, bytes.length);
            pos += bytes.length;
            put('"');
        } else {
            room(1);
            put('"');
            drain();
            out.write(bytes);
            put('"');
        }
    }

    /**
     * Writes a text, quoted, escaped and encoded, in runs of characters that fit in the buffer however
     * each is written, so that the loop checks no room per character.
     */
    private void text(String text, boolean encodePairs) throws IOException {
        room(1);
        put('"');
        int n = text.length();
        int i = 0;
        while (i < n) {
            int run = Math.min(n - i, (buf.length - pos) / MAX_BYTES_PER_CHAR);
            if (run == 0) {
                drain();
            } else {
                i = encode(text, i, i + run, encodePairs);
            }
        }
        room(1);
        put('"');
    }

    /**
     * Encodes the characters {@code from} to {@code to} (exclusive; a surrogate pair may end one after)
     * and returns the index after the last one. The loop keeps the position in a local variable, writes
     * a three-byte sequence (most of a Japanese text) with one four-byte store, whose last byte the next
     * character overwrites, and leaves the rare characters (escapes, surrogates) to methods of their own.
     */
    private int encode(String text, int from, int to, boolean encodePairs) {
        byte[] b = buf;
        int p = pos;
        int i = from;
        while (i < to) {
            char c = text.charAt(i++);
            if (c < 0x80) {
                if (needsEscape(c)) {
                    pos = p;
                    escape(c);
                    p = pos;
                } else {
                    b[p++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                INT.set(b, p, 0x8080E0 | c >> 12 | (c & 0xFC0) << 2 | (c & 0x3F) << 16);
                p += 3;
            } else {
                pos = p;
                i = surrogate(text, i - 1, encodePairs);
                p = pos;
            }
        }
        pos = p;
        return i;
    }

    /**
     * Writes a surrogate: escaped, or with the next character as one four-byte sequence; returns the index
     * after what it wrote.
     */
    private int surrogate(String text, int i, boolean encodePairs) {
        if (encodePairs) {
            return pair(text, i) + 1; // four bytes, for six of room: the pair's second half needs none
        }
        put('\\');
        hex(text.charAt(i));
        return i + 1;
    }

    /**
     * Writes the surrogate pair starting at {@code i} as four bytes of UTF-8 and returns the index of its
     * second half; an unpaired surrogate is refused with the message of Jackson's UTF-8 encoder.
     */
    private int pair(String text, int i) {
        char high = text.charAt(i);
        if (Character.isLowSurrogate(high)) {
            throw new IllegalArgumentException("Unmatched second part of surrogate pair (0x" + Integer.toHexString(high) + ")");
        }
        if (i + 1 == text.length()) {
            throw new IllegalArgumentException("Unmatched first part of surrogate pair (0x" + Integer.toHexString(high) + ")");
        }
        char low = text.charAt(i + 1);
        if (!Character.isLowSurrogate(low)) {
            throw new IllegalArgumentException("Broken surrogate pair: first char 0x" + Integer.toHexString(high) + ", second 0x"
                    + Integer.toHexString(low) + "; illegal combination");
        }
        int c = Character.toCodePoint(high, low);
        buf[pos++] = (byte) (0xF0 | c >> 18);
        buf[pos++] = (byte) (0x80 | c >> 12 & 0x3F);
        buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[pos++] = (byte) (0x80 | c & 0x3F);
        return i + 1;
    }
}
