package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The line splitting of {@link BatchScorer}, with streams that return few bytes per read, cutting lines everywhere. */
class LineReaderTest {

    /** A stream that returns at most a few bytes per read, as a pipe may. */
    private static InputStream trickling(byte[] input, int most) {
        return new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + (count - pos) % most));
            }
        };
    }

    /** What the reader saw: each line's text, "TOO LONG", or "BLANK". */
    private static List<String> split(byte[] input, int max, int most) throws IOException {
        LineReader reader = new LineReader(trickling(input, most), max, null);
        List<String> lines = new ArrayList<>();
        while (reader.next()) {
            if (reader.tooLong()) {
                assertThat(reader.length()).as("a line too long is not held").isZero();
                lines.add("TOO LONG");
            } else {
                lines.add(new String(reader.data(), 0, reader.length(), StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    /** The expected lines: split at \n, one final \r dropped, no line after a final \n. */
    private static List<String> expected(String text, int max) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && parts[i].isEmpty()) {
                break;
            }
            String line = parts[i].endsWith("\r") ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
            lines.add(line.getBytes(StandardCharsets.UTF_8).length > max ? "TOO LONG" : line);
        }
        return lines;
    }

    @Test
    void randomInputs_areSplitLikeStringSplit_howeverTheStreamIsCut() throws IOException {
        Random random = new Random(7);
        String alphabet = "ab\n\r {}\"éあ";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            int max = 1 + random.nextInt(12);
            int most = 1 + random.nextInt(16);
            assertThat(split(s.getBytes(StandardCharsets.UTF_8), max, most)).as("%s max=%d most=%d", s, max, most)
                    .isEqualTo(expected(s, max));
        }
    }

    @Test
    void linesLongerThanTheReadersBuffers_areSplitExactly() throws IOException {
        String a = "x".repeat(200_000);
        String b = "y".repeat(70_000);
        byte[] input = (a + "\n" + b + "\r\n\n" + "z").getBytes(StandardCharsets.UTF_8);
        assertThat(split(input, 200_000, 60_000)).containsExactly(a, b, "", "z");
        assertThat(split(input, 199_999, 60_000)).containsExactly("TOO LONG", b, "", "z");
    }

    @Test
    void aLineOfExactlyTheLimit_isRead_evenWithACarriageReturn() throws IOException {
        assertThat(split("abcd\r\nabcde\nabcd".getBytes(StandardCharsets.UTF_8), 4, 3)).containsExactly("abcd", "TOO LONG", "abcd");
        assertThat(split("abcd\r\nabcde\r\n".getBytes(StandardCharsets.UTF_8), 4, 64)).containsExactly("abcd", "TOO LONG");
        // The last line, without a line break, is judged as the others are.
        assertThat(split("abcd\nabcde".getBytes(StandardCharsets.UTF_8), 4, 64)).containsExactly("abcd", "TOO LONG");
        assertThat(split("abcd\nabcd\r".getBytes(StandardCharsets.UTF_8), 4, 64)).containsExactly("abcd", "abcd");
    }

    @Test
    void blankLines_holdOnlySpacesAndTabs() throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(" \t\n\n x\n\u00a0\n".getBytes(StandardCharsets.UTF_8)), 10, null);
        List<Boolean> blank = new ArrayList<>();
        while (reader.next()) {
            blank.add(reader.isBlank());
        }
        assertThat(blank).containsExactly(true, true, false, false);
    }

    @Test
    void theOutput_isFlushedBeforeAReadThatWouldBlock() throws IOException {
        int[] flushes = {0};
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void flush() {
                flushes[0]++;
            }
        };
        InputStream idle = new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int available() {
                return 0; // as a pipe with nothing waiting
            }
        };
        LineReader reader = new LineReader(idle, 10, out);
        assertThat(reader.next()).isTrue();
        assertThat(flushes[0]).isPositive();
    }
}
