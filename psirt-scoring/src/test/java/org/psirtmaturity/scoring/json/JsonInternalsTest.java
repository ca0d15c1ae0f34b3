package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The helpers behind the limits and the strict decoding, at their edges. */
class JsonInternalsTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void detect_readsTheByteOrderMarkOrThePatternOfZeroBytes() {
        assertThat(Json.detect(bytes(0, 0, 0xFE, 0xFF, 0, 0, 0, '{'))).isEqualTo(Charset.forName("UTF-32BE"));
        assertThat(Json.detect(bytes(0, 0, 0, '{'))).isEqualTo(Charset.forName("UTF-32BE"));
        assertThat(Json.detect(bytes(0xFF, 0xFE, 0, 0, '{', 0, 0, 0))).isEqualTo(Charset.forName("UTF-32LE"));
        assertThat(Json.detect(bytes('{', 0, 0, 0))).isEqualTo(Charset.forName("UTF-32LE"));
        assertThat(Json.detect(bytes(0xFE, 0xFF, 0, '{'))).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(Json.detect(bytes(0, '{', 0, '}'))).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(Json.detect(bytes(0, '{'))).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(Json.detect(bytes(0xFF, 0xFE, '{', 0))).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(Json.detect(bytes('{', 0, '}', 0))).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(Json.detect(bytes('{', 0))).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(Json.detect(bytes(0xEF, 0xBB, 0xBF, '{'))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Json.detect(bytes('{', '}'))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Json.detect(bytes('{'))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Json.detect(bytes(0))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Json.detect(bytes())).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Json.detect(bytes(0, 0, 0))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Json.detect(bytes('{', 0, 0))).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(Json.detect(bytes(0, 0, '{', 0))).isEqualTo(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"a, 1, false", "ab, 1, true", "\u007F, 1, false", "\u0080, 1, true", "\u0080, 2, false", "\u07FF, 2, false",
        "\u0800, 2, true", "\u0800, 3, false", "評, 2, true", "評, 3, false", "😀, 3, true", "😀, 4, false", "a評😀, 8, false",
        "a評😀, 7, true", "'', 0, false"})
    void utf8Length_isCountedWithoutEncoding(String text, long limit, boolean exceeds) {
        assertThat(Json.utf8LengthExceeds(text, limit)).isEqualTo(exceeds);
        assertThat(text.getBytes(StandardCharsets.UTF_8).length > limit).isEqualTo(exceeds);
    }

    @Test
    void quote_keeps40CodePointsAndEscapesWhatCouldHideOrBreakText() {
        String forty = "😀".repeat(40);
        assertThat(JsonInput.quote(forty)).isEqualTo(forty);
        assertThat(JsonInput.quote(forty + "x")).isEqualTo(forty + "…");
        assertThat(JsonInput.quote("a\u0001b\u202Ec\u2028d\u2029e\uD800f\u0085g\u200Bh"))
                .isEqualTo("a\\u0001b\\u202Ec\\u2028d\\u2029e\\uD800f\\u0085g\\u200Bh");
        assertThat(JsonInput.quote("２．１ 評価")).isEqualTo("２．１ 評価");
        assertThat(JsonInput.quote("")).isEmpty();
    }

    @Test
    void unpairedSurrogates_areFoundWhereverTheyAre() {
        assertThat(Utf8.hasUnpairedSurrogate("😀 a 😀")).isFalse();
        assertThat(Utf8.hasUnpairedSurrogate("")).isFalse();
        assertThat(Utf8.hasUnpairedSurrogate("\uD83D")).isTrue();
        assertThat(Utf8.hasUnpairedSurrogate("a\uD83D")).isTrue();
        assertThat(Utf8.hasUnpairedSurrogate("\uD83Da")).isTrue();
        assertThat(Utf8.hasUnpairedSurrogate("\uDE00\uD83D")).isTrue();
        assertThat(Utf8.hasUnpairedSurrogate("\uDE00")).isTrue();
        assertThat(Utf8.hasUnpairedSurrogate("\uD83D\uD83D\uDE00")).isTrue();
    }

    @Test
    void aStreamThatFails_isAnUncheckedIOExceptionNotAProblem() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> AssessmentJson.parse(failing)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read the JSON stream").hasRootCauseMessage("disk gone");
    }

    @Test
    void malformedBytes_areReportedAtTheOffsetOfTheFirstBadByte() {
        assertThat(AssessmentJson.parse(new java.io.ByteArrayInputStream(bytes('{', '"', 0xC3, '"', '}'))).problems())
                .singleElement().extracting(p -> p.message()).asString().contains("byte offset 2 ");
        assertThat(AssessmentJson.parse(new java.io.ByteArrayInputStream(bytes(0xFE, 0xFF, 0, '{', 0xDC, 0, 0, '}'))).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("the document is not valid UTF-16BE: ")
                        .contains("byte offset 4 "));
        // A sequence cut short at the very end is malformed too.
        assertThat(AssessmentJson.parse(new java.io.ByteArrayInputStream(bytes('{', '}', 0xE8, 0xA9))).problems())
                .extracting(p -> p.code()).containsExactly("json.encoding");
    }

    @Test
    void exponents_areBoundedInBothDirectionsAtTheirEdges() {
        String head = "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},\"answers\":[],\"extensions\":{\"x\":";
        assertThat(AssessmentJson.parse(head + "1e1000}}").problems()).isEmpty();
        assertThat(AssessmentJson.parse(head + "1e-1000}}").problems()).isEmpty();
        assertThat(AssessmentJson.parse(head + "1.0e-999}}").problems()).isEmpty();
        assertThat(AssessmentJson.parse(head + "1.0e-1000}}").problems()).extracting(p -> p.path()).containsExactly("extensions.x");
        assertThat(AssessmentJson.parse(head + "10e1001}}").problems()).extracting(p -> p.path()).containsExactly("extensions.x");
        assertThat(AssessmentJson.parse(head + "1e-1001}}", Locale.JAPANESE).problems()).singleElement().extracting(p -> p.message())
                .isEqualTo("数値の 10 進の指数が範囲外です。指数は -1000 から 1000 の範囲にしてください");
    }
}
