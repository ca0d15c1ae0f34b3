package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link Utf8#isWellFormed} accepts exactly what the JDK's strict UTF-8 decoder accepts. */
class Utf8Test {

    /** Whether the JDK's UTF-8 decoder accepts the bytes when it reports malformed input (as the strict reader's does). */
    static boolean jdkAccepts(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private void assertAgrees(byte[] b) {
        assertThat(Utf8.isWellFormed(b, 0, b.length)).as(Arrays.toString(b)).isEqualTo(jdkAccepts(b));
    }

    /**
     * Bytes that stand for each range table 3-7 distinguishes after a lead byte (the edges of 80..8F,
     * 90..9F, A0..BF), and for ASCII and lead bytes where a continuation byte is due.
     */
    private static final int[] TAILS = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xFF};

    @Test
    void everyOneAndTwoByteSequence() {
        for (int a = 0; a < 256; a++) {
            assertAgrees(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) {
                assertAgrees(new byte[] {(byte) a, (byte) b});
            }
        }
    }

    @Test
    void everyLeadByte_withEachClassOfLaterBytes() {
        for (int lead = 0x80; lead < 256; lead++) {
            for (int second : TAILS) {
                for (int third : TAILS) {
                    assertAgrees(new byte[] {(byte) lead, (byte) second, (byte) third});
                    for (int fourth : TAILS) {
                        assertAgrees(new byte[] {(byte) lead, (byte) second, (byte) third, (byte) fourth});
                    }
                }
            }
        }
    }

    @Test
    void longRunsOfAscii_withASequenceAtEveryOffset() {
        byte[] japanese = "あ😀é".getBytes(StandardCharsets.UTF_8);
        for (int offset = 0; offset < 24; offset++) {
            byte[] b = new byte[40];
            Arrays.fill(b, (byte) 'a');
            System.arraycopy(japanese, 0, b, offset, japanese.length);
            assertAgrees(b);
            b[offset + 1] = 'a'; // breaks the sequence
            assertAgrees(b);
            b[39] = (byte) 0xE3; // truncated at the very end
            assertAgrees(b);
        }
    }

    @Test
    void aRangeIsCheckedWithinItsBounds() {
        byte[] b = {(byte) 0xFF, 'a', (byte) 0xE3, (byte) 0x81, (byte) 0x82, (byte) 0xFF};
        assertThat(Utf8.isWellFormed(b, 1, 5)).isTrue();
        assertThat(Utf8.isWellFormed(b, 1, 4)).isFalse();
        assertThat(Utf8.isWellFormed(b, 0, 5)).isFalse();
        assertThat(Utf8.isWellFormed(b, 1, 6)).isFalse();
        assertThat(Utf8.isWellFormed(b, 3, 3)).isTrue();
    }

    @Property(tries = 2000)
    void arbitraryBytes(@ForAll @Size(max = 40) byte[] b) {
        assertAgrees(b);
    }

    @Property(tries = 1000)
    void arbitraryText_isWellFormed(@ForAll String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8); // unpaired surrogates become '?'
        assertThat(Utf8.isWellFormed(b, 0, b.length)).isTrue();
    }

    /** What {@link Utf8#scan} must return, byte by byte. */
    private static int expectedFlags(byte[] b, int from, int to) {
        int flags = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c == '\\') {
                flags |= Utf8.BACKSLASH;
            } else if (c == 0xC0 || c == 0xC1 || c == 0xE0 || c == 0xED || c >= 0xF0) {
                flags |= Utf8.SUSPECT;
            }
        }
        return flags;
    }

    @Test
    void scan_flagsEachByteValue_atEveryOffsetOfAWord() {
        for (int c = 0; c < 256; c++) {
            for (int at = 0; at < 19; at++) {
                byte[] b = new byte[19];
                Arrays.fill(b, (byte) 'a');
                b[at] = (byte) c;
                for (int from = 0; from < 3; from++) {
                    assertThat(Utf8.scan(b, from, b.length)).as("byte %02X at %d from %d", c, at, from)
                            .isEqualTo(expectedFlags(b, from, b.length));
                }
            }
        }
    }

    @Property(tries = 3000)
    void scan_agreesWithTheBytes(@ForAll @Size(max = 70) byte[] b, @ForAll int from, @ForAll int to) {
        int start = b.length == 0 ? 0 : Math.floorMod(from, b.length + 1);
        int end = start + (b.length == start ? 0 : Math.floorMod(to, b.length - start + 1));
        assertThat(Utf8.scan(b, start, end)).isEqualTo(expectedFlags(b, start, end));
    }

    /** Well-formed UTF-8 has a suspect byte only for the code points whose sequences start with one. */
    @Property(tries = 1000)
    void scan_ofWellFormedText_isSuspectOnlyForItsLeadBytes(@ForAll String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.scan(b, 0, b.length)).isEqualTo(expectedFlags(b, 0, b.length));
    }
}
