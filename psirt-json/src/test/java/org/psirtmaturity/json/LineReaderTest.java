package org.psirtmaturity.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The line splitting of {@link BatchScorer}, with buffers small enough to cut lines everywhere. */
class LineReaderTest {

    /** What the reader saw: each line's text, or "TOO LONG". */
    private static List<String> split(byte[] input, int max, int bufferSize) throws IOException {
        InputStream in = new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + (count - pos) % 5)); // short reads
            }
        };
        BatchScorer.LineReader reader = new BatchScorer.LineReader(in, max, null, bufferSize);
        List<String> lines = new ArrayList<>();
        while (reader.next()) {
            lines.add(reader.tooLong() ? "TOO LONG" : new String(reader.data(), reader.start(), reader.length(), StandardCharsets.UTF_8));
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
    void randomInputs_areSplitLikeStringSplit_whateverTheBufferSize() throws IOException {
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
            int buffer = 1 + random.nextInt(16);
            assertThat(split(s.getBytes(StandardCharsets.UTF_8), max, buffer)).as("%s max=%d buffer=%d", s, max, buffer)
                    .isEqualTo(expected(s, max));
        }
    }

    @Test
    void aLineOfExactlyTheLimit_isRead_evenWithACarriageReturn() throws IOException {
        assertThat(split("abcd\r\nabcde\nabcd".getBytes(StandardCharsets.UTF_8), 4, 3)).containsExactly("abcd", "TOO LONG", "abcd");
        assertThat(split("abcd\r\nabcde\r\n".getBytes(StandardCharsets.UTF_8), 4, 64)).containsExactly("abcd", "TOO LONG");
    }

    @Test
    void indexOfNewline_findsTheFirstOne() {
        Random random = new Random(11);
        for (int round = 0; round < 5000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                int r = random.nextInt(10);
                b[i] = (byte) (r == 0 ? '\n' : r == 1 ? 0x0B : r == 2 ? 0x8A : r == 3 ? 0x09 : random.nextInt(256));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            int to = from + (b.length == from ? 0 : random.nextInt(b.length - from + 1));
            int expected = -1;
            for (int i = from; i < to; i++) {
                if (b[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertThat(BatchScorer.LineReader.indexOfNewline(b, from, to)).isEqualTo(expected);
        }
    }
}
