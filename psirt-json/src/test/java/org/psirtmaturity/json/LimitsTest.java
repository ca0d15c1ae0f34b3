package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * The limits of reading, at their edges, with documents generated here rather than committed: at the
 * limit a document is read; one step beyond it, reading fails fast with one problem naming the
 * limit, in English and in Japanese.
 */
class LimitsTest {

    private static final String HEAD = "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"r\",\"edition\":\"1\"},\"answers\":[]";

    /** A valid document with {@code extensions} holding {@code value} under "x". */
    private static String withExtension(String value) {
        return HEAD + ",\"extensions\":{\"x\":" + value + "}}";
    }

    /** A valid document padded with spaces to exactly {@code bytes} bytes of UTF-8. */
    private static String ofSize(int bytes) {
        String doc = HEAD + "}";
        return doc + " ".repeat(bytes - doc.length());
    }

    private static List<Problem> problems(String json) {
        ParseResult<Assessment> english = AssessmentJson.parse(json, Locale.ENGLISH);
        ParseResult<Assessment> japanese = AssessmentJson.parse(json, Locale.JAPANESE);
        assertThat(english.value()).isEmpty();
        assertThat(japanese.errors()).extracting(Problem::path, Problem::code, Problem::arguments)
                .containsExactlyElementsOf(english.errors().stream().map(p -> tuple(p.path(), p.code(), p.arguments())).toList());
        return english.errors();
    }

    private static void assertOneProblem(String json, String path, String code) {
        assertThat(problems(json)).extracting(Problem::path, Problem::code).containsExactly(tuple(path, code));
    }

    private static void assertReads(String json) {
        assertThat(AssessmentJson.parse(json, Locale.ENGLISH).problems()).isEmpty();
    }

    @Test
    void documentSize_isCountedInBytesUpTo4MiB() {
        assertThat(AssessmentJson.MAX_DOCUMENT_BYTES).isEqualTo(4 * 1024 * 1024);
        assertReads(ofSize(AssessmentJson.MAX_DOCUMENT_BYTES));
        assertOneProblem(ofSize(AssessmentJson.MAX_DOCUMENT_BYTES + 1), "", "json.limit.document-size");
        byte[] atLimit = ofSize(AssessmentJson.MAX_DOCUMENT_BYTES).getBytes(StandardCharsets.UTF_8);
        assertThat(AssessmentJson.parse(new ByteArrayInputStream(atLimit), Locale.ENGLISH).problems()).isEmpty();
        assertThat(AssessmentJson.parse(new ByteArrayInputStream(Arrays.copyOf(atLimit, atLimit.length + 1)), Locale.ENGLISH).errors())
                .extracting(Problem::code, Problem::arguments).containsExactly(tuple("json.limit.document-size", List.of("4194304")));
    }

    @Test
    void documentSize_countsTheBytesOfNonAsciiText() {
        // 「評」 takes 3 bytes in UTF-8: a string of 1.5 million characters is 4.5 million bytes.
        String text = "評".repeat(1_500_000 / 2);
        String doc = HEAD + ",\"extensions\":{\"a\":\"" + text + "\",\"b\":\"" + text + "\"}}";
        assertThat(doc.length()).isLessThan(AssessmentJson.MAX_DOCUMENT_BYTES);
        assertOneProblem(doc, "", "json.limit.document-size");
    }

    @Test
    void anEndlessStream_isReadOnlyUpToTheLimitAndRejected() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }

            @Override
            public int available() {
                return 10; // whatever a stream claims, it is not trusted
            }
        };
        assertThat(AssessmentJson.parse(endless, Locale.ENGLISH).errors()).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("", "json.limit.document-size"));
        assertThat(read[0]).isEqualTo(AssessmentJson.MAX_DOCUMENT_BYTES + 1L);
    }

    @Test
    void nesting_isLimitedTo32LevelsWithoutRecursingIntoDeeperInput() {
        // The top-level object is level 1, "extensions" level 2, "x" holds the arrays.
        int inX = AssessmentJson.MAX_DEPTH - 2;
        assertReads(withExtension("[".repeat(inX) + "]".repeat(inX)));
        assertOneProblem(withExtension("[".repeat(inX + 1) + "]".repeat(inX + 1)), "", "json.limit.depth");
        assertOneProblem(withExtension("[".repeat(1_000_000)), "", "json.limit.depth");
        assertOneProblem(withExtension("{\"a\":".repeat(100_000)), "", "json.limit.depth");
    }

    @Test
    void strings_areLimitedTo100000Characters() {
        assertReads(withExtension("\"" + "x".repeat(AssessmentJson.MAX_STRING_LENGTH) + "\""));
        assertOneProblem(withExtension("\"" + "x".repeat(AssessmentJson.MAX_STRING_LENGTH + 1) + "\""), "extensions.x", "json.limit.string-length");
        String note = "{\"framework\":\"2.1\",\"level\":1,\"note\":\"" + "あ".repeat(AssessmentJson.MAX_STRING_LENGTH + 1) + "\"}";
        assertOneProblem(HEAD.replace("[]", "[" + note + "]") + "}", "answers[2.1].note", "json.limit.string-length");
    }

    @Test
    void propertyNames_areLimitedTo1000Characters() {
        assertReads(withExtension("{\"" + "k".repeat(AssessmentJson.MAX_NAME_LENGTH) + "\":1}"));
        assertOneProblem(withExtension("{\"" + "k".repeat(AssessmentJson.MAX_NAME_LENGTH + 1) + "\":1}"), "extensions.x", "json.limit.name-length");
    }

    @Test
    void numbers_areLimitedTo1000CharactersAndAnExponentOf1000() {
        assertReads(withExtension("1" + "0".repeat(AssessmentJson.MAX_NUMBER_LENGTH - 1)));
        assertOneProblem(withExtension("1" + "0".repeat(AssessmentJson.MAX_NUMBER_LENGTH)), "extensions.x", "json.limit.number");
        assertReads(withExtension("[1e1000, -1e-1000, 1.5e999]"));
        assertOneProblem(withExtension("1e1001"), "extensions.x", "json.limit.number");
        assertOneProblem(withExtension("[0, 1e-1001]"), "extensions.x[1]", "json.limit.number");
        assertOneProblem(withExtension("1e-2147483648"), "extensions.x", "json.limit.number");
        assertOneProblem(withExtension("1e99999999999999999999"), "extensions.x", "json.limit.number");
    }

    @Test
    void tokens_areLimitedTo200000() {
        String zeros = "0,".repeat(AssessmentJson.MAX_TOKENS);
        assertOneProblem(withExtension("[" + zeros + "0]"), "", "json.limit.tokens");
        assertReads(withExtension("[" + "0,".repeat(AssessmentJson.MAX_TOKENS - 100) + "0]"));
    }

    @Test
    void answers_areLimitedTo1000AndNoneIsKeptBeyondIt() {
        String answer = "{\"framework\":\"2.1\",\"level\":1},";
        String answers = answer.repeat(AssessmentJson.MAX_ANSWERS);
        String atLimit = HEAD.replace("[]", "[" + answers.substring(0, answers.length() - 1) + "]") + "}";
        assertThat(AssessmentJson.read(atLimit).answers()).hasSize(AssessmentJson.MAX_ANSWERS);
        // The content beyond the limit is skipped unread: its mistakes are not reported.
        String beyond = HEAD.replace("[]", "[" + answers + "{\"level\":\"x\"},{}]") + "}";
        assertThat(problems(beyond)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("answers");
            assertThat(p.code()).isEqualTo("json.limit.answers");
            assertThat(p.arguments()).containsExactly("1002", "1000");
            assertThat(p.message()).isEqualTo("there are 1002 answers; expected at most 1000");
        });
        // Against a rubric, nothing of the answers read is judged either: there is one problem.
        String ofTheSheet = beyond.replace("\"r\"", "\"sisac-psirt-maturity-sheet\"").replace("\"edition\":\"1\"", "\"edition\":\"1.0\"");
        assertThat(AssessmentJson.parse(ofTheSheet, TestData.JAPANESE, Locale.ENGLISH, ValidationOptions.DEFAULT.withRequireComplete(true))
                .errors()).extracting(Problem::code).containsExactly("json.limit.answers");
    }

    @Test
    void aLimitThatEndsReading_leavesTheRubricUnconsulted() {
        String deep = withExtension("[".repeat(40)).replace("\"r\"", "\"other\"");
        assertThat(AssessmentJson.parse(deep, TestData.JAPANESE, Locale.ENGLISH, ValidationOptions.DEFAULT).errors())
                .extracting(Problem::path, Problem::code, Problem::arguments)
                .containsExactly(tuple("", "json.limit.depth", List.of("32", "1", "131"))); // the 31st "[", at depth 33
    }

    @Test
    void limitMessages_sayWhatWasExpectedInBothLanguages() {
        String deep = withExtension("[".repeat(40));
        assertThat(AssessmentJson.parse(deep, Locale.ENGLISH).errors()).singleElement().extracting(Problem::message).asString()
                .startsWith("objects and arrays are nested more than 32 levels deep, at line 1, column ")
                .endsWith("; expected at most 32 levels");
        assertThat(AssessmentJson.parse(deep, Locale.JAPANESE).errors()).singleElement().extracting(Problem::message).asString()
                .startsWith("オブジェクトと配列の入れ子が 32 階層を超えています（1 行 ");
        assertThat(AssessmentJson.parse(ofSize(AssessmentJson.MAX_DOCUMENT_BYTES + 1), Locale.ENGLISH).errors()).singleElement()
                .extracting(Problem::message).isEqualTo("the document is larger than 4194304 bytes; expected a document of at most 4194304 bytes (4 MiB)");
    }
}
