package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * Data preservation: notes, evidence, reasons and extension data in any Unicode a user or another
 * tool may write (astral characters, emoji sequences, combining marks, bidirectional controls, NUL
 * and other controls, noncharacters, byte-order marks inside text, JSON-looking text) come back
 * unchanged through write and read, by every entry point: text, UTF-8 bytes with and without a
 * byte-order mark, UTF-16, in English or Japanese.
 */
class UnicodePreservationProperties {

    /** Scalar values only (an unpaired surrogate is not text and is rejected on reading). */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(1, Arbitraries.integers().between(0, 0x1F)),
                Tuple.of(1, Arbitraries.of(0x7F, 0x85, 0xA0, 0x200B, 0x200D, 0x202E, 0x2066, 0x2028, 0xFEFF, 0xFFFE, 0xFFFF, 0x0301,
                        0x3000, 0xFF12, 0xFF0E, 0x22, 0x5C, 0x2F)),
                Tuple.of(3, Arbitraries.integers().between(0x3040, 0x9FFF)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
                Tuple.of(2, Arbitraries.integers().between(0xE000, 0x10FFFF)),
                Tuple.of(1, Arbitraries.of(0x1F600, 0x1F469, 0x1F3FD, 0x1F1EF, 0x1F1F5, 0xE0001, 0x10FFFF)));
        return codePoints.list().ofMaxSize(80).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    Arbitrary<Object> values(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(texts().map(s -> (Object) s), Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.just((Object) null));
        if (depth == 0) {
            return leaf;
        }
        return Arbitraries.oneOf(leaf, values(depth - 1).list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(texts(), values(depth - 1)).ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m)));
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        Arbitrary<FrameworkAnswer> answers = Combinators.combine(
                        Arbitraries.of("2.1", "3.3", "6.4"),
                        Arbitraries.oneOf(Arbitraries.integers().between(0, 5).map(Answer::scored),
                                texts().optional().map(Answer.Excluded::new)),
                        texts().optional(),
                        texts().list().ofMaxSize(4),
                        Arbitraries.maps(texts(), values(2)).ofMaxSize(3))
                .as(FrameworkAnswer::new);
        // One answer per framework, so that the assessment also fits the rubric.
        return Combinators.combine(answers.list().ofMaxSize(3).uniqueElements(FrameworkAnswer::framework), Arbitraries.maps(texts(), values(3)).ofMaxSize(4))
                .as((list, extensions) -> new Assessment(new RubricRef("sisac-psirt-maturity-sheet", "1.0"), Optional.empty(), list,
                        Map.of(), extensions));
    }

    private static byte[] withPrefix(byte[] prefix, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Property(tries = 60)
    void arbitraryUnicode_survivesWriteAndReadByEveryEntryPoint(@ForAll("assessments") Assessment a) throws IOException {
        String json = AssessmentJson.write(a);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        AssessmentJson.write(a, written);
        byte[] utf8 = written.toByteArray();
        assertThat(utf8).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
        List<byte[]> streams = List.of(utf8,
                withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8),
                withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, json.getBytes(StandardCharsets.UTF_16BE)),
                json.getBytes(StandardCharsets.UTF_16LE));
        assertThat(AssessmentJson.read(json)).isEqualTo(a);
        assertThat(AssessmentJson.parse(json, Locale.JAPANESE).orElseThrow()).isEqualTo(a);
        assertThat(AssessmentJson.read("\uFEFF" + json)).isEqualTo(a);
        for (byte[] bytes : streams) {
            assertThat(AssessmentJson.parse(new ByteArrayInputStream(bytes), Locale.ENGLISH).orElseThrow()).isEqualTo(a);
            assertThat(AssessmentJson.parse(bytes, TestData.JAPANESE, Locale.JAPANESE, ValidationOptions.DEFAULT).orElseThrow()).isEqualTo(a);
        }
        Assessment again = AssessmentJson.read(json);
        assertThat(AssessmentJson.write(again)).isEqualTo(json);
        assertThat(again.answers()).extracting(FrameworkAnswer::note).containsExactlyElementsOf(a.answers().stream().map(FrameworkAnswer::note).toList());
        assertThat(again.answers()).extracting(FrameworkAnswer::evidence)
                .containsExactlyElementsOf(a.answers().stream().map(FrameworkAnswer::evidence).toList());
    }
}
