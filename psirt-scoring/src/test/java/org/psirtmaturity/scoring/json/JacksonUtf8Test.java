package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The fast reader checks a document's bytes in full ({@link Utf8#isWellFormed}) only when they hold a
 * {@linkplain Utf8#SUSPECT suspect} byte, and leaves the rest of UTF-8's rules to Jackson's parser. This
 * holds the parser to that part, exhaustively: every sequence of up to three bytes (four where it is a
 * note) from the classes of byte that UTF-8's rules tell apart, in each kind of string and name of an
 * assessment, is read by the fast reader if and only if the JDK's strict decoder accepts the document.
 * A later Jackson that accepted more would fail here.
 */
class JacksonUtf8Test {

    /**
     * One byte of each class: ASCII, the edges of the continuation ranges that table 3-7 of the Unicode
     * Standard distinguishes, and every kind of lead byte, valid or not. No quote, backslash or control
     * character, which would change the JSON rather than the text.
     */
    private static final int[] CLASSES = {
        0x61, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF,
        0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFB, 0xFC, 0xFF,
    };

    /** A document with a placeholder {@code @} for the bytes, in each place a text can be. */
    private static final List<String> PLACES = List.of(
            "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},"
                    + "\"answers\":[{\"framework\":\"1.1\",\"level\":1,\"note\":\"x@y\"}]}",
            "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},"
                    + "\"answers\":[{\"framework\":\"1.1\",\"level\":1,\"evidence\":[\"a\",\"@\"]}]}",
            "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},"
                    + "\"answers\":[{\"framework\":\"1.1\",\"level\":1,\"extensions\":{\"k@\":1}}]}",
            "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},"
                    + "\"answers\":[],\"extensions\":{\"k\":[{\"n\":\"@\"}]}}",
            "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},"
                    + "\"answers\":[],\"foundations\":{\"@\":true}}",
            "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},"
                    + "\"context\":{\"organization\":\"@\"},\"answers\":[]}");

    private static byte[] document(String place, int[] sequence, int length) {
        int at = place.indexOf('@');
        ByteArrayOutputStream b = new ByteArrayOutputStream(place.length() + length);
        b.writeBytes(place.substring(0, at).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < length; i++) {
            b.write(sequence[i]);
        }
        b.writeBytes(place.substring(at + 1).getBytes(StandardCharsets.US_ASCII));
        return b.toByteArray();
    }

    /** Every sequence of 1 to {@code maxLength} bytes from {@link #CLASSES}, in one place; returns how many were ill-formed. */
    private int checkEverySequence(String place, int maxLength) {
        int illFormed = 0;
        int[] sequence = new int[maxLength];
        for (int length = 1; length <= maxLength; length++) {
            int combinations = (int) Math.pow(CLASSES.length, length);
            for (int n = 0; n < combinations; n++) {
                for (int i = 0, rest = n; i < length; i++, rest /= CLASSES.length) {
                    sequence[i] = CLASSES[rest % CLASSES.length];
                }
                byte[] doc = document(place, sequence, length);
                boolean wellFormed = Utf8Test.jdkAccepts(doc);
                if (!wellFormed) {
                    illFormed++;
                }
                boolean read = AssessmentStreamReader.read(doc, 0, doc.length) != null;
                if (read != wellFormed) {
                    throw new AssertionError((wellFormed ? "not read: " : "read, though ill-formed: ")
                            + HexFormat.ofDelimiter(" ").formatHex(doc, place.indexOf('@'), place.indexOf('@') + length)
                            + " in " + place);
                }
            }
        }
        return illFormed;
    }

    @Test
    void inANote_everySequenceOfUpToFourBytes() {
        assertThat(checkEverySequence(PLACES.get(0), 4)).isGreaterThan(500_000);
    }

    @Test
    void inEveryOtherPlace_everySequenceOfUpToThreeBytes() {
        for (String place : PLACES.subList(1, PLACES.size())) {
            assertThat(checkEverySequence(place, 3)).isGreaterThan(15_000);
        }
    }
}
