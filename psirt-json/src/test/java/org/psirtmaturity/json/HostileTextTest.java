package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * Encodings, byte-order marks, full-width ids and text meant to confuse a log or a reader: each is
 * either read exactly as written or reported, never changed silently and never a crash.
 */
class HostileTextTest {

    private static final String DOC = "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"sisac-psirt-maturity-sheet\",\"edition\":\"1.0\"},"
            + "\"context\":{\"organization\":\"例株式会社 😀\"},\"answers\":[{\"framework\":\"2.1\",\"level\":3,\"note\":\"評価済み\"}]}";

    private static byte[] bytes(byte[] prefix, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static Assessment read(byte[] bytes) {
        return AssessmentJson.parse(new ByteArrayInputStream(bytes), Locale.ENGLISH).orElseThrow();
    }

    private static List<Problem> problems(String json) {
        return AssessmentJson.parse(json, Locale.ENGLISH).errors();
    }

    @Test
    void aByteOrderMarkAtTheStart_isIgnoredInEveryDetectedEncoding() {
        Assessment expected = AssessmentJson.read(DOC);
        assertThat(AssessmentJson.read("\uFEFF" + DOC)).isEqualTo(expected);
        assertThat(read(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, DOC, StandardCharsets.UTF_8))).isEqualTo(expected);
        assertThat(read(bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, DOC, StandardCharsets.UTF_16BE))).isEqualTo(expected);
        assertThat(read(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, DOC, StandardCharsets.UTF_16LE))).isEqualTo(expected);
        assertThat(read(bytes(new byte[0], DOC, StandardCharsets.UTF_16LE))).isEqualTo(expected);
        assertThat(read(bytes(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, DOC, Charset.forName("UTF-32BE")))).isEqualTo(expected);
        assertThat(read(bytes(new byte[0], DOC, Charset.forName("UTF-32LE")))).isEqualTo(expected);
    }

    @Test
    void aByteOrderMarkAnywhereElse_isASyntaxError() {
        assertThat(problems("\uFEFF\uFEFF" + DOC)).extracting(Problem::code, Problem::arguments)
                .containsExactly(tuple("json.syntax", List.of("1", "1", "\\uFEFF")));
        assertThat(problems(" \uFEFF" + DOC)).extracting(Problem::code, Problem::arguments)
                .containsExactly(tuple("json.syntax", List.of("1", "2", "\\uFEFF")));
        // Inside a string it is text like any other, and kept.
        assertThat(AssessmentJson.read(DOC.replace("評価済み", "\uFEFF評価")).answers().get(0).note()).hasValue("\uFEFF評価");
    }

    @Test
    void invalidUtf8_isAProblemWithTheByteOffsetInBothLanguages() {
        byte[] broken = DOC.getBytes(StandardCharsets.UTF_8);
        int offset = DOC.substring(0, DOC.indexOf("評価済み")).getBytes(StandardCharsets.UTF_8).length;
        broken[offset + 1] = 'x'; // 評 is E8 A9 95: its second byte is no continuation byte any more
        List<Problem> english = AssessmentJson.parse(new ByteArrayInputStream(broken), Locale.ENGLISH).errors();
        assertThat(english).extracting(Problem::path, Problem::code, Problem::message).containsExactly(tuple("", "json.encoding",
                "the document is not valid UTF-8: malformed bytes at byte offset " + offset
                        + " (counting from 0); expected UTF-8 text (UTF-16 and UTF-32 are detected too)"));
        assertThat(english.get(0).arguments()).containsExactly("UTF-8", String.valueOf(offset));
        assertThat(AssessmentJson.parse(new ByteArrayInputStream(broken), Locale.JAPANESE).errors()).singleElement()
                .extracting(Problem::message).asString().contains("0 から数えて " + offset + " バイト目");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udfff", "\\ude00\\ud83d", "x\\ud83d"})
    void anEscapedUnpairedSurrogate_isAProblemWhereItIs(String escape) {
        String doc = DOC.replace("評価済み", escape);
        assertThat(problems(doc)).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("answers[2.1].note", "json.string.unpaired-surrogate"));
        // A well-formed escaped pair is an ordinary character.
        assertThat(AssessmentJson.read(DOC.replace("評価済み", "\\ud83d\\ude00")).answers().get(0).note()).hasValue("😀");
    }

    @Test
    void escapedControlCharacters_areKeptExactly() {
        Assessment a = AssessmentJson.read(DOC.replace("評価済み", "\\u0000\\u0007\\u001b[31m\\n\\u202e"));
        assertThat(a.answers().get(0).note()).hasValue("\u0000\u0007\u001b[31m\n\u202e");
        assertThat(AssessmentJson.read(AssessmentJson.write(a))).isEqualTo(a);
    }

    @Test
    void fullWidthIds_areRejectedWithASuggestionAndKeptAsWritten() {
        for (String id : List.of("２．１", "２.１", "2．1", " 2.1")) {
            Assessment a = AssessmentJson.read(DOC.replace("\"2.1\"", "\"" + id + "\""));
            assertThat(a.answers().get(0).framework()).isEqualTo(id);
            var english = AssessmentValidator.validate(a, TestData.JAPANESE).errors();
            assertThat(english).extracting(Problem::path, Problem::code).containsExactly(tuple("answers[0].framework", "answer.framework.malformed"));
            assertThat(english.get(0).message()).isEqualTo("framework id \"" + id
                    + "\" is malformed; expected <area>.<number> in ASCII digits, e.g. 2.1; did you mean 2.1?");
            var japanese = AssessmentValidator.validate(a, TestData.JAPANESE, Locale.JAPANESE, ValidationOptions.DEFAULT).errors();
            assertThat(japanese.get(0).message()).isEqualTo("フレームワーク ID「" + id
                    + "」の形式が正しくありません。半角数字の <サービスエリア番号>.<番号>（例: 2.1）の形式が必要です。2.1 ではありませんか");
        }
        Assessment noSuggestion = AssessmentJson.read(DOC.replace("\"2.1\"", "\"二.一\""));
        assertThat(AssessmentValidator.validate(noSuggestion, TestData.JAPANESE).errors()).singleElement().extracting(Problem::message)
                .isEqualTo("framework id \"二.一\" is malformed; expected <area>.<number>, e.g. 2.1");
    }

    @Test
    void userTextInMessagesAndPaths_isShortenedAndCannotForgeALogLine() {
        String name = "x\n2026-11-22 ERROR forged line\u202e" + "y".repeat(100);
        String doc = DOC.replace("\"answers\"", "\"" + name.replace("\n", "\\n") + "\":1,\"answers\"");
        Problem p = problems(doc).get(0);
        assertThat(p.code()).isEqualTo("json.property.unknown");
        assertThat(p.path()).isEqualTo("x\\u000A2026-11-22 ERROR forged line\\u202Eyyyyyyyyy…");
        assertThat(p.message()).startsWith("unknown property \"x\\u000A2026-11-22 ERROR forged line\\u202Eyyyyyyyyy…\"; expected one of")
                .doesNotContain("\n");
        Assessment withKey = AssessmentJson.read(DOC.replace("\"answers\"", "\"foundations\":{\"bud\\rget\":true},\"answers\""));
        assertThat(AssessmentValidator.validate(withKey, TestData.JAPANESE).errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("foundations[bud\\u000Dget]");
            assertThat(e.message()).doesNotContain("\r");
        });
    }

    @Test
    void typeHintsInTheDocument_areDataNeverClassNames() {
        String doc = DOC.replace("\"answers\"", "\"extensions\":{\"@class\":\"java.lang.ProcessBuilder\",\"@type\":[\"java.net.URL\","
                + "\"http://example.com\"]},\"answers\"");
        Assessment a = AssessmentJson.read(doc);
        assertThat(a.extensions()).isEqualTo(Map.of("@class", "java.lang.ProcessBuilder", "@type", List.of("java.net.URL", "http://example.com")));
        assertThat(problems(DOC.replace("{\"format\"", "{\"@class\":\"java.lang.Runtime\",\"format\"")))
                .extracting(Problem::path, Problem::code).containsExactly(tuple("@class", "json.property.unknown"));
    }

    @Test
    void readingValidatingAndScoring_neverUseTheContextClassLoader() throws IOException {
        ClassLoader hostile = new ClassLoader(null) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                throw new AssertionError("the context class loader was asked for class " + name);
            }

            @Override
            public URL getResource(String name) {
                throw new AssertionError("the context class loader was asked for resource " + name);
            }

            @Override
            public Enumeration<URL> getResources(String name) {
                throw new AssertionError("the context class loader was asked for resources " + name);
            }
        };
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(hostile);
        try {
            Assessment a = AssessmentJson.parse(new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8)), TestData.JAPANESE,
                    Locale.JAPANESE, ValidationOptions.STRICT).orElseThrow();
            assertThat(AssessmentJson.parse(DOC + "x", TestData.JAPANESE, Locale.JAPANESE, ValidationOptions.STRICT).isValid()).isFalse();
            ScoreReport report = Scoring.score(a, TestData.JAPANESE, ScoringOptions.defaults().withMessagesLocale(Locale.JAPANESE));
            assertThat(ReportJson.write(report)).contains("例株式会社 😀");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportJson.writeLine(report, out);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ReportJson.writeLine(report));
        } finally {
            thread.setContextClassLoader(original);
        }
    }
}
