package org.psirtmaturity.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.spi.RubricTexts;

/**
 * The reader decodes UTF-8 quickly when the bytes are well-formed and strictly otherwise: whatever
 * the bytes, it reports malformed UTF-8 exactly where a strict decoder finds it, and reads
 * well-formed texts (any code point, U+FFFD and supplementary characters included) unchanged.
 */
class RubricTextsEncodingProperties {

    /** Bytes that are often, but not always, well-formed UTF-8: the pieces malformed UTF-8 is made of. */
    @Provide
    Arbitrary<byte[]> utf8ish() {
        Arbitrary<byte[]> piece = Arbitraries.of(
                bytes(0x61), bytes(0x20), bytes(0xC3, 0xA9), bytes(0xE3, 0x81, 0x82), bytes(0xF0, 0x9F, 0x98, 0x80),
                bytes(0xEF, 0xBF, 0xBD), bytes(0xEF, 0xBB, 0xBF), bytes(0xED, 0xA0, 0x80), bytes(0xED, 0x9F, 0xBF),
                bytes(0xC0, 0xAF), bytes(0xE0, 0x80, 0xAF), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5), bytes(0xFF),
                bytes(0x80), bytes(0xBF), bytes(0xC3), bytes(0xE3, 0x81), bytes(0xF0, 0x9F, 0x98));
        return piece.list().ofMaxSize(8).map(pieces -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] p : pieces) {
                out.writeBytes(p);
            }
            return out.toByteArray();
        });
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** The offset of the first malformed byte for a strict decoder, or -1. */
    private static int malformedAt(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult r = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return r.isError() ? in.position() : -1;
    }

    private static List<Problem> problems(byte[] document) {
        InvalidRubricException e = catchThrowableOfType(InvalidRubricException.class, () -> RubricTexts.read(PlaceholderRubric.SHEET,
                Locale.JAPANESE, "test.json", new ByteArrayInputStream(document)));
        return e == null ? List.of() : e.problems();
    }

    @Property(tries = 2000)
    void malformedUtf8_isReportedWhereAStrictDecoderFindsIt(@ForAll("utf8ish") byte[] title) {
        byte[] before = PlaceholderRubric.json("ja", Map.of("rubric.title", "X")).getBytes(StandardCharsets.UTF_8);
        int x = new String(before, StandardCharsets.UTF_8).indexOf("\"X\"") + 1;
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        doc.write(before, 0, x);
        doc.writeBytes(title);
        doc.write(before, x + 1, before.length - x - 1);
        byte[] document = doc.toByteArray();
        int at = malformedAt(document);
        List<Problem> encoding = problems(document).stream().filter(p -> p.code().equals("json.encoding")).toList();
        if (at < 0) {
            assertThat(encoding).isEmpty();
        } else {
            assertThat(encoding).singleElement().extracting(Problem::message).isEqualTo("the resource is not valid UTF-8: malformed bytes at "
                    + "byte offset " + at + " (counting from 0); expected UTF-8 text");
        }
    }

    @Provide
    Arbitrary<String> titles() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x80, 0xFFFF)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0xFFFD, 0xFEFF, 0xFFFE, 0xFFFF)));
        return codePoint.filter(cp -> !(cp >= 0xD800 && cp <= 0xDFFF) && cp != '"' && cp != '\\').list().ofMinSize(1).ofMaxSize(10)
                .map(cps -> {
                    StringBuilder sb = new StringBuilder();
                    for (int cp : cps) {
                        sb.appendCodePoint(cp);
                    }
                    return sb.toString();
                })
                .filter(t -> !t.isBlank());
    }

    @Property(tries = 1000)
    void wellFormedTexts_areReadUnchanged(@ForAll("titles") String title) {
        Map<String, String> texts = PlaceholderRubric.texts();
        texts.put("rubric.title", title);
        Rubric read = PlaceholderRubric.read(Locale.JAPANESE, PlaceholderRubric.json("ja", texts));
        assertThat(read.title()).isEqualTo(title);
        Rubric withBom = PlaceholderRubric.read(Locale.JAPANESE, "\uFEFF" + PlaceholderRubric.json("ja", texts));
        assertThat(withBom).isEqualTo(read);
    }
}
