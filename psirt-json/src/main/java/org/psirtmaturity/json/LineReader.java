package org.psirtmaturity.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines ({@code \n} or {@code \r\n}; the last may lack its line break), holding
 * at most {@code max + 1} bytes of a line: the bytes of a longer line are dropped as they are read, and
 * the line is reported as too long. Reads through a buffer of its own; works on any stream, including
 * pipes and standard input. Not thread-safe.
 */
final class LineReader {

    private final InputStream in;
    private final int max;
    private final OutputStream flushWhenIdle;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean end;

    private byte[] line = new byte[8 * 1024];
    private int length;
    private boolean tooLong;

    /**
     * Creates a reader.
     *
     * @param in            the stream, not closed
     * @param max           the longest line accepted, in bytes, without its line break
     * @param flushWhenIdle flushed before a read that would block (so that an interactive pipe sees
     *                      each result at once), or null
     */
    LineReader(InputStream in, int max, OutputStream flushWhenIdle) {
        this.in = in;
        this.max = max;
        this.flushWhenIdle = flushWhenIdle;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the input
     * @throws IOException if the stream cannot be read
     */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return false;
                }
                break; // the last line, without a line break: ended like any other
            }
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            append(end - position);
            boolean found = end < limit;
            position = found ? end + 1 : end;
            if (found) {
                break;
            }
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        tooLong |= length > max;
        return true;
    }

    /** Adds {@code n} bytes from the buffer to the line, holding at most {@code max + 1}; the rest only marks it too long. */
    private void append(int n) {
        int kept = Math.min(n, max + 1 - length);
        if (kept < n) {
            tooLong = true;
        }
        if (length + kept > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(2L * line.length, length + kept), max + 1L));
        }
        System.arraycopy(buffer, position, line, length, kept);
        length += kept;
    }

    private boolean fill() throws IOException {
        if (end) {
            return false;
        }
        if (flushWhenIdle != null && in.available() <= 0) {
            flushWhenIdle.flush();
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            end = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Whether the current line is longer than the limit (its bytes are not held). */
    boolean tooLong() {
        return tooLong;
    }

    /** Whether the current line holds nothing but spaces and tabs. */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The array holding the current line, valid until the next call of {@link #next()}. */
    byte[] data() {
        return line;
    }

    /** The current line's length in bytes, without its line break. */
    int length() {
        return tooLong ? 0 : length;
    }
}
