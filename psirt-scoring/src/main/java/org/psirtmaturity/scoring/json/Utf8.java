package org.psirtmaturity.scoring.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8, as the Unicode Standard defines it (table 3-7): no
 * overlong forms, no encoded surrogates (U+D800 to U+DFFF), nothing above U+10FFFF, no truncated
 * sequence. These are exactly the byte sequences that the JDK's UTF-8 decoder accepts with
 * {@link java.nio.charset.CodingErrorAction#REPORT}, which the strict reader uses (a test compares
 * the two). It also tells whether a Java string is Unicode text that UTF-8 can encode (no
 * unpaired surrogate), which escapes such as {@code "\u005CuD800"} can produce.
 *
 * <p>Jackson's own UTF-8 parser checks part of this: it refuses a sequence that starts with a
 * continuation byte or with {@code F8} to {@code FF}, lacks a continuation byte, or is cut short. It
 * accepts the rest of what is ill-formed, and every such sequence starts with one of the bytes
 * {@code C0}, {@code C1} (overlong two-byte forms), {@code E0} (overlong three-byte forms), {@code ED}
 * (surrogates), {@code F0} to {@code F7} (overlong four-byte forms, and beyond U+10FFFF). So the fast
 * reader first {@linkplain #scan scans} the bytes for those, which is cheaper than checking every
 * sequence, and checks the whole document with {@link #isWellFormed} only when one is there. A test
 * holds Jackson to its part, exhaustively, for every sequence of up to four bytes from each class
 * of byte, in every kind of string and name an assessment has.
 */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

    /** A flag of {@link #scan}: the bytes hold a backslash, so JSON strings in them may hold escapes. */
    static final int BACKSLASH = 1;
    /**
     * A flag of {@link #scan}: the bytes hold a byte that starts the ill-formed sequences Jackson
     * accepts ({@code C0}, {@code C1}, {@code E0}, {@code ED}, {@code F0} to {@code FF}); only then
     * need they be checked with {@link #isWellFormed}.
     */
    static final int SUSPECT = 2;

    /** The flag of each byte value: {@link #BACKSLASH}, {@link #SUSPECT} or none. */
    private static final byte[] FLAGS = new byte[256];

    static {
        FLAGS['\\'] = BACKSLASH;
        FLAGS[0xC0] = SUSPECT;
        FLAGS[0xC1] = SUSPECT;
        FLAGS[0xE0] = SUSPECT;
        FLAGS[0xED] = SUSPECT;
        for (int c = 0xF0; c <= 0xFF; c++) {
            FLAGS[c] = SUSPECT;
        }
    }

    private Utf8() {
    }

    /**
     * Tells whether {@code b[from, to)} is well-formed UTF-8.
     *
     * @param b    the bytes
     * @param from the first index, inclusive
     * @param to   the last index, exclusive
     * @return true if every byte belongs to a well-formed sequence
     */
    static boolean isWellFormed(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            while (i + Long.BYTES <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            if (i >= to) {
                return true;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
            } else if (c < 0xC2) {
                return false; // a continuation byte, or the lead of an overlong two-byte form
            } else if (c < 0xE0) {
                if (i + 1 >= to || !continuation(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= to || !second(c, b[i + 1] & 0xFF) || !continuation(b[i + 2])) {
                    return false;
                }
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= to || !second(c, b[i + 1] & 0xFF) || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
                    return false;
                }
                i += 4;
            } else {
                return false; // F5 to FF never occur in UTF-8
            }
        }
        return true;
    }

    /**
     * Scans {@code b[from, to)} for the bytes of {@link #BACKSLASH} and {@link #SUSPECT}, in one pass
     * without a branch per byte: a word of eight ASCII bytes is tested for a backslash at once, and the
     * bytes of any other word are looked up in a table.
     *
     * @param b    the bytes
     * @param from the first index, inclusive
     * @param to   the last index, exclusive
     * @return the flags found, or'ed together
     */
    static int scan(byte[] b, int from, int to) {
        int i = from;
        long backslashes = 0;
        int flags = 0;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long v = (long) LONGS.get(b, i);
            if ((v & HIGH_BITS) == 0) {
                // Bytes below 0x80, each plus 0x7F: 0x7F (no high bit) only for a byte that was a backslash before the xor.
                backslashes |= ~((v ^ BACKSLASHES) + LOW_BITS) & HIGH_BITS;
            } else {
                flags |= FLAGS[b[i] & 0xFF] | FLAGS[b[i + 1] & 0xFF] | FLAGS[b[i + 2] & 0xFF] | FLAGS[b[i + 3] & 0xFF]
                        | FLAGS[b[i + 4] & 0xFF] | FLAGS[b[i + 5] & 0xFF] | FLAGS[b[i + 6] & 0xFF] | FLAGS[b[i + 7] & 0xFF];
            }
        }
        for (; i < to; i++) {
            flags |= FLAGS[b[i] & 0xFF];
        }
        return backslashes != 0 ? flags | BACKSLASH : flags;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** The second byte of a three- or four-byte sequence: its range depends on the lead (table 3-7). */
    private static boolean second(int lead, int c) {
        switch (lead) {
            case 0xE0:
                return c >= 0xA0 && c <= 0xBF; // below A0 is overlong
            case 0xED:
                return c >= 0x80 && c <= 0x9F; // above 9F encodes a surrogate
            case 0xF0:
                return c >= 0x90 && c <= 0xBF; // below 90 is overlong
            case 0xF4:
                return c >= 0x80 && c <= 0x8F; // above 8F is beyond U+10FFFF
            default:
                return (c & 0xC0) == 0x80;
        }
    }

    /**
     * Tells whether a string holds a surrogate that is not part of a pair: not Unicode text, and not
     * encodable as UTF-8.
     *
     * @param s the string
     * @return true if some surrogate is unpaired
     */
    static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
