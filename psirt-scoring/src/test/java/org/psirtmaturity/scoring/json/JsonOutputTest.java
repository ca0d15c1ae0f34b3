package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.scoring.BandStatus;

/**
 * The writer's text escaping and encoding, numbers and layout, checked against Jackson's generator
 * (what wrote reports before) character by character: every UTF-16 code unit, alone and among others.
 */
class JsonOutputTest {

    private static final JsonFactory JACKSON = new JsonFactory();

    /** How a text value is written. */
    private enum Kind {
        STRING, RUBRIC_TEXT
    }

    static String ours(String text) throws IOException {
        StringOutput out = new StringOutput(false);
        out.string(text);
        return out.finish();
    }

    static String oursRubric(String text) throws IOException {
        StringOutput out = new StringOutput(true);
        out.rubricText(text);
        return out.finish();
    }

    static byte[] oursUtf8(String text, Kind kind) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes, false);
        if (kind == Kind.STRING) {
            out.string(text);
        } else {
            out.rubricText(text);
        }
        out.finish();
        return bytes.toByteArray();
    }

    static String jackson(String text) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JACKSON.createGenerator(w)) {
            g.writeString(text);
        }
        return w.append('\n').toString();
    }

    static String jacksonSerialized(String text) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JACKSON.createGenerator(w)) {
            g.writeString(new SerializedString(text));
        }
        return w.append('\n').toString();
    }

    static byte[] jacksonUtf8(String text, Kind kind) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            if (kind == Kind.STRING) {
                g.writeString(text);
            } else {
                g.writeString(new SerializedString(text));
            }
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** Checks a text in every way it is written; a rubric text that Jackson refuses on a stream is refused alike. */
    static void assertWrittenAsByJackson(String text) throws IOException {
        assertThat(ours(text)).as("string %s", text).isEqualTo(jackson(text));
        assertThat(oursRubric(text)).as("rubric text %s", text).isEqualTo(jacksonSerialized(text));
        assertThat(oursUtf8(text, Kind.STRING)).as("UTF-8 string %s", text).isEqualTo(jacksonUtf8(text, Kind.STRING));
        Throwable refused = catchThrowable(() -> jacksonUtf8(text, Kind.RUBRIC_TEXT));
        if (refused == null) {
            assertThat(oursUtf8(text, Kind.RUBRIC_TEXT)).as("UTF-8 rubric text %s", text).isEqualTo(jacksonUtf8(text, Kind.RUBRIC_TEXT));
        } else {
            assertThat(catchThrowable(() -> oursUtf8(text, Kind.RUBRIC_TEXT))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(refused.getMessage());
        }
    }

    @Test
    void everyCodeUnit_aloneAndBetweenOthers_isWrittenAsByJackson() throws IOException {
        for (int c = 0; c <= 0xFFFF; c++) {
            String unit = String.valueOf((char) c);
            assertWrittenAsByJackson(unit);
            assertWrittenAsByJackson("脆" + unit + "\n");
        }
    }

    @Test
    void everyCharacter_inOneLongText_isWrittenAsByJackson() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0x10FFFF; c += c < 0x10000 ? 1 : 97) {
            if (!Character.isSurrogate((char) c) || c > 0xFFFF) {
                all.appendCodePoint(c);
            }
        }
        assertWrittenAsByJackson(all.toString());
        assertWrittenAsByJackson(all.reverse().toString());
    }

    @Test
    void textsOfEveryLength_acrossTheBufferBoundaries_areWrittenAsByJackson() throws IOException {
        Random random = new Random(42);
        String[] pieces = {"a", "\n", "\u0001", "é", "脆", "😀", "\"", "\\"};
        for (int length = 0; length < 3 * Utf8Output.BUFFER; length += 1 + random.nextInt(97)) {
            StringBuilder text = new StringBuilder();
            int kinds = 1 + random.nextInt(pieces.length);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(kinds)]);
            }
            assertWrittenAsByJackson(text.toString());
        }
    }

    @Test
    void onlyControlCharactersAndQuotes_areEscaped() throws IOException {
        assertThat(ours("\u0000\u001f\u007f/\"\\\b\t\n\f\r\u000b")).isEqualTo("\"\\u0000\\u001F\u007f/\\\"\\\\\\b\\t\\n\\f\\r\\u000B\"\n");
        assertThat(ours("é\u0000\u001a\"\\\n")).isEqualTo("\"é\\u0000\\u001A\\\"\\\\\\n\"\n");
        assertThat(new String(oursUtf8("😀é脆\u0001", Kind.STRING), StandardCharsets.UTF_8)).isEqualTo("\"\\uD83D\\uDE00é脆\\u0001\"\n");
        assertThat(new String(oursUtf8("😀é脆\u0001", Kind.RUBRIC_TEXT), StandardCharsets.UTF_8)).isEqualTo("\"😀é脆\\u0001\"\n");
        assertThat(JsonOutput.hexDigit(9)).isEqualTo('9');
        assertThat(JsonOutput.hexDigit(10)).isEqualTo('A');
        assertThat(JsonOutput.hexDigit(15)).isEqualTo('F');
    }

    @Test
    void textsOfSeveralLines_andTextsWithOtherEscapes_areEscapedAlike() throws IOException {
        assertThat(ours("行\n行\n\n")).isEqualTo("\"行\\n行\\n\\n\"\n");
        assertThat(ours("\n行\n")).isEqualTo("\"\\n行\\n\"\n");
        assertThat(ours("行\n\t")).isEqualTo("\"行\\n\\t\"\n");
        assertThat(ours("行\u001f\n")).isEqualTo("\"行\\u001F\\n\"\n");
        assertThat(ours("\"行\"")).isEqualTo("\"\\\"行\\\"\"\n");
        assertThat(ours("行\\")).isEqualTo("\"行\\\\\"\n");
        assertThat(StringOutput.escapedOneByOne("\u0000\u000b\u001a\u001f\"\\\n")).isEqualTo("\\u0000\\u000B\\u001A\\u001F\\\"\\\\\\n");
        String longAscii = "a\"\n".repeat(2000);
        assertThat(ours(longAscii)).isEqualTo(jackson(longAscii));
    }

    private static String number(long value) throws IOException {
        StringOutput out = new StringOutput(false);
        out.number(value);
        return out.finish();
    }

    private static String displayValue(long numerator, long denominator) throws IOException {
        StringOutput out = new StringOutput(false);
        out.displayValue(numerator, denominator);
        return out.finish();
    }

    @Test
    void numbers_areWrittenAsLongToString() throws IOException {
        long[] values = {0, 1, 9, 10, 11, 99, 100, 101, 999_999_999, 1_000_000_000, Integer.MAX_VALUE, Long.MAX_VALUE, -1, -10,
                Long.MIN_VALUE};
        for (long v : values) {
            assertThat(number(v)).isEqualTo(v + "\n");
        }
        long power = 1;
        for (int digits = 1; digits <= 19; digits++) {
            assertThat(number(power)).isEqualTo(power + "\n");
            assertThat(number(power - 1)).isEqualTo((power - 1) + "\n");
            assertThat(JsonOutput.length(power)).isEqualTo(digits);
            power *= 10;
        }
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            long v = random.nextLong() >>> random.nextInt(64);
            assertThat(number(v)).isEqualTo(v + "\n");
        }
    }

    @Test
    void displayValues_areWrittenAsBigDecimalWritesThem() throws IOException {
        long limit = JsonOutput.DISPLAY_LIMIT;
        long[][] fractions = {{0, 1}, {1, 3}, {2, 3}, {-1, 3}, {-2, 3}, {1, 200}, {-1, 200}, {1, 201}, {-1, 1000}, {5, 2}, {11, 5},
                {499, 100}, {-499, 100}, {1, 8}, {-1, 8}, {3, 8}, {limit, 1}, {limit + 1, 3}, {-limit, 7}, {-limit - 1, 7},
                {Long.MAX_VALUE, 1}, {Long.MAX_VALUE, Long.MAX_VALUE - 1}, {Long.MIN_VALUE, 3}, {1, Long.MAX_VALUE},
                {Long.MAX_VALUE / 200, Long.MAX_VALUE / 100}, {1, 2}, {-1, 2}, {995, 1000}, {-995, 1000}, {994, 1000}};
        for (long[] f : fractions) {
            assertThat(displayValue(f[0], f[1])).as("%d/%d", f[0], f[1]).isEqualTo(bigDecimal(f[0], f[1]) + "\n");
        }
        Random random = new Random(2);
        for (int i = 0; i < 20_000; i++) {
            long numerator = (random.nextLong() >> random.nextInt(64));
            long denominator = Math.max(1, random.nextLong() >>> random.nextInt(64));
            if (random.nextBoolean()) {
                denominator = 1 + random.nextInt(1000);
                numerator = random.nextInt(20_000) - 10_000;
            }
            assertThat(displayValue(numerator, denominator)).as("%d/%d", numerator, denominator)
                    .isEqualTo(bigDecimal(numerator, denominator) + "\n");
        }
    }

    private static String bigDecimal(long numerator, long denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP).toString();
    }

    @Test
    void longLiterals_areWrittenWhateverTheirLength() throws IOException {
        String digits = "1234567890".repeat(2000);
        StringOutput out = new StringOutput(false);
        out.ascii("x");
        out.ascii(digits);
        assertThat(out.finish()).isEqualTo("x" + digits + "\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output utf8 = new Utf8Output(bytes, false);
        utf8.number(new BigDecimal("4." + digits));
        utf8.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("4." + digits + "\n");
    }

    @Test
    void layout_isJacksonsPrettyPrinterOrNothing() throws IOException {
        JsonOutput.Literal a = JsonOutput.Literal.name("a");
        for (boolean pretty : new boolean[] {true, false}) {
            StringOutput out = new StringOutput(pretty);
            out.startObject();
            out.name(a);
            out.startArray();
            out.endArray();
            out.name(a);
            out.startObject();
            out.endObject();
            out.name(a);
            out.startArray();
            out.entry();
            out.number(1);
            out.entry();
            out.startObject();
            out.name(3, 14);
            out.bool(true);
            out.endObject();
            out.endArray();
            out.endObject();
            assertThat(out.finish()).isEqualTo(pretty
                    ? "{\n  \"a\": [ ],\n  \"a\": { },\n  \"a\": [\n    1,\n    {\n      \"3.14\": true\n    }\n  ]\n}\n"
                    : "{\"a\":[],\"a\":{},\"a\":[1,{\"3.14\":true}]}\n");
        }
    }

    @Test
    void deepNesting_isIndentedAsByJackson() throws IOException {
        StringOutput out = new StringOutput(true);
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JACKSON.createGenerator(w)) {
            g.setPrettyPrinter(JacksonReportWriter.PRETTY.createInstance());
            for (int depth = 0; depth < 30; depth++) {
                out.startArray();
                out.entry();
                g.writeStartArray();
            }
            out.number(1);
            g.writeNumber(1);
            for (int depth = 0; depth < 30; depth++) {
                out.endArray();
                g.writeEndArray();
            }
        }
        assertThat(out.finish()).isEqualTo(w.append('\n').toString()).contains("\n" + " ".repeat(60) + "1\n");
    }

    @Test
    void textsThatNeedNoEscape_areNotCopied_andLineFeedsSplitATextIntoPieces() throws IOException {
        String title = "脆弱性の発見";
        StringOutput out = new StringOutput(false);
        out.string(title);
        assertThat(out.pieces()).containsExactly("\"", title);
        assertThat(out.pieces().get(1)).isSameAs(title);

        out = new StringOutput(false);
        out.string("一\n二\n\n三");
        assertThat(out.pieces()).containsExactly("\"", "一", "\\n", "二", "\\n", "", "\\n", "三");
        out = new StringOutput(false);
        out.string("\n一");
        assertThat(out.pieces()).containsExactly("\"", "", "\\n", "一");
        // Other escapes: the text escaped character by character, in one piece.
        for (String text : List.of("一\t二", "一\"二\n", "一\\二", "\"一")) {
            out = new StringOutput(false);
            out.string(text);
            assertThat(out.pieces()).containsExactly("\"", StringOutput.escapedOneByOne(text));
            assertThat(out.finish()).isEqualTo(jackson(text));
        }
        // ASCII texts that fit go into the buffer, not into pieces of their own.
        out = new StringOutput(false);
        out.string("3.1.1-3.1.2");
        out.string("a\"b");
        assertThat(out.pieces()).isEmpty();
        assertThat(out.finish()).isEqualTo("\"3.1.1-3.1.2\"\"a\\\"b\"\n");
    }

    @Test
    void aFullBuffer_isDrainedBeforeAnythingMore() throws IOException {
        String full = "x".repeat(StringOutput.BUFFER);
        StringOutput out = new StringOutput(false);
        out.ascii(full);
        assertThat(out.finish()).isEqualTo(full + "\n");
        out = new StringOutput(false);
        out.ascii(full);
        out.string("脆");
        assertThat(out.finish()).isEqualTo(full + "\"脆\"\n");
        out = new StringOutput(true);
        out.startObject();
        out.ascii("x".repeat(StringOutput.BUFFER - 6));
        out.name(12, 34);
        out.number(5);
        out.endObject();
        assertThat(out.finish()).isEqualTo("{" + "x".repeat(StringOutput.BUFFER - 6) + "\n  \"12.34\": 5\n}\n");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output utf8 = new Utf8Output(bytes, false);
        utf8.ascii("y".repeat(Utf8Output.BUFFER));
        utf8.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("y".repeat(Utf8Output.BUFFER) + "\n");
    }

    @Test
    void literals_areTheirTextInASCII() throws IOException {
        List<JsonOutput.Literal> bands = JsonOutput.Literal.constants(BandStatus.values());
        assertThat(bands).hasSize(BandStatus.values().length);
        StringOutput out = new StringOutput(false);
        for (JsonOutput.Literal band : bands) {
            out.literal(band);
        }
        out.literal(JsonOutput.Literal.quoted("x"));
        out.literal(JsonOutput.Literal.name("n"));
        assertThat(out.finish()).isEqualTo("\"BELOW\"\"WITHIN\"\"ABOVE\"\"NO_DATA\"\"x\"\"n\":\n");
    }
}
