package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * The catalogue of bad assessments, the specification of what a user is told: each
 * {@code catalogue/invalid-*.json} beside an {@code invalid-*.problems.txt} that lists the exact
 * problems, one {@code path<TAB>code} per line (the path is empty for the document as a whole).
 * Each document is read and checked against the Japanese sheet in one round
 * ({@link AssessmentJson#parse(java.io.InputStream, org.psirtmaturity.model.Rubric, Locale, ValidationOptions)}),
 * with the options named on a {@code # options: strict, complete} line if there is one. Every
 * document must be rejected with the same places and codes in English and Japanese; every Japanese
 * message must differ from the English one (a missing translation falls back to English); no message
 * may show Jackson's own wording.
 */
class BadInputCatalogueTest {

    private static final int AT_LEAST = 80;

    /** Words of Jackson's own messages, which a user of this library must never see. */
    private static final List<String> JACKSON_WORDING = List.of("Unexpected character", "code 93", "code 34", "JSON String, Number",
            "token", "Token", "was expecting", "JsonToken", "com.fasterxml", "Source:", "REDACTED", "jackson", "Jackson",
            "StreamReadFeature", "CTRL-CHAR", "has to be escaped", "Unrecognized", "Illegal", "START_OBJECT", "VALUE_", "FIELD_NAME",
            "line: ", "column: ", "[Source", "Exception");

    private static Path directory() throws URISyntaxException {
        return Path.of(BadInputCatalogueTest.class.getResource("catalogue").toURI());
    }

    static List<Path> catalogue() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().matches("invalid-.*\\.json")).sorted().toList();
        }
    }

    private static List<String> lines(Path json) throws IOException {
        return Files.readAllLines(json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".problems.txt")),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
    }

    static ValidationOptions options(List<String> lines) {
        ValidationOptions options = ValidationOptions.DEFAULT;
        for (String line : lines) {
            if (line.startsWith("# options:")) {
                for (String o : line.substring("# options:".length()).split(",")) {
                    options = switch (o.strip()) {
                        case "strict" -> new ValidationOptions(true, options.requireComplete());
                        case "complete" -> options.withRequireComplete(true);
                        default -> throw new IllegalArgumentException("unknown option " + o);
                    };
                }
            }
        }
        return options;
    }

    /** The errors of a document, read and checked against the Japanese sheet in one round. */
    static List<Problem> problems(byte[] bytes, Locale locale, ValidationOptions options) {
        ParseResult<Assessment> read = AssessmentJson.parse(new ByteArrayInputStream(bytes), TestData.JAPANESE, locale, options);
        assertThat(read.isValid()).as("a catalogued document is rejected").isFalse();
        return read.errors();
    }

    private static List<String> pathsAndCodes(List<Problem> problems) {
        return problems.stream().map(p -> p.path() + "\t" + p.code()).toList();
    }

    /** Every problem of every catalogued document, in English and Japanese. */
    private static List<Problem> everyMessage() throws IOException, URISyntaxException {
        List<Problem> all = new java.util.ArrayList<>();
        for (Path file : catalogue()) {
            byte[] bytes = Files.readAllBytes(file);
            ValidationOptions options = options(lines(file));
            all.addAll(problems(bytes, Locale.ENGLISH, options));
            all.addAll(problems(bytes, Locale.JAPANESE, options));
        }
        return all;
    }

    @Test
    void catalogue_holdsAtLeastEightyBadAssessments() throws IOException, URISyntaxException {
        assertThat(catalogue()).hasSizeGreaterThanOrEqualTo(AT_LEAST);
    }

    @TestFactory
    Stream<DynamicTest> everyCataloguedAssessment_isRejectedWithExactlyTheListedProblems() throws IOException, URISyntaxException {
        return catalogue().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            List<String> lines = lines(file);
            ValidationOptions options = options(lines);
            List<String> expected = lines.stream().filter(l -> !l.startsWith("#")).toList();
            List<Problem> english = problems(bytes, Locale.ENGLISH, options);
            List<Problem> japanese = problems(bytes, Locale.JAPANESE, options);

            assertThat(expected).as("a catalogued document has problems").isNotEmpty();
            assertThat(pathsAndCodes(english)).containsExactlyElementsOf(expected);
            assertThat(pathsAndCodes(japanese)).containsExactlyElementsOf(expected);
            IntStream.range(0, english.size()).forEach(i -> {
                assertThat(english.get(i).message()).isNotBlank().doesNotContain("\n");
                assertThat(japanese.get(i).message()).isNotBlank().doesNotContain("\n");
                assertThat(japanese.get(i).message()).as("translated").isNotEqualTo(english.get(i).message());
                assertThat(japanese.get(i).arguments()).as("arguments do not depend on the language")
                        .isEqualTo(english.get(i).arguments());
            });
        }));
    }

    @Test
    void noMessage_showsJacksonsWording() throws IOException, URISyntaxException {
        assertThat(everyMessage()).allSatisfy(p -> assertThat(p.message()).as(p.code()).doesNotContain(JACKSON_WORDING));
    }

    @Test
    void japaneseMessages_readAsJapanese() throws IOException, URISyntaxException {
        assertThat(everyMessage()).filteredOn(p -> p.message().chars().anyMatch(c -> c >= 0x3040 && c <= 0x30FF))
                .hasSizeGreaterThan(AT_LEAST)
                .allSatisfy(p -> assertThat(p.message()).as(p.code())
                        .doesNotContain("ですです", "ありませんです", "nullです", "expected", "got ", "。。", "、、"));
    }

    @Test
    void everyArgument_isShownInItsMessage() throws IOException, URISyntaxException {
        // json.type keeps its arguments language-neutral (integer, string, …): only the value as written is shown.
        assertThat(everyMessage()).allSatisfy(p -> {
            List<String> shown = p.code().equals("json.type") ? p.arguments().subList(2, 3) : p.arguments();
            assertThat(shown).allSatisfy(argument -> assertThat(p.message()).as(p.toString()).contains(argument));
        });
    }

    @Test
    void theFourMistakesOfOneDocument_areReportedInOneRound_inBothLanguages() throws IOException, URISyntaxException {
        byte[] bytes = Files.readAllBytes(directory().resolve("invalid-four-mistakes-in-one-round.json"));
        List<Problem> english = problems(bytes, Locale.ENGLISH, ValidationOptions.DEFAULT);
        assertThat(english).extracting(Problem::toString).containsExactly(
                "context.date: date \"2026/10/01\" is not a valid date; expected YYYY-MM-DD, e.g. 2026-10-01 [json.value]",
                "answers[4.2].level: expected a JSON integer (not 1.0, not \"3\"), got the text \"3\" [json.type]",
                "answers[0].framework: framework id \"２．１\" is malformed; expected <area>.<number> in ASCII digits, e.g. 2.1; "
                        + "did you mean 2.1? [answer.framework.malformed]",
                "answers[3.1].level: level 6 is outside 0 to 5; expected an integer from 0 to 5 [answer.level.range]");
        assertThat(english).extracting(Problem::arguments).containsExactly(
                List.of("2026/10/01"), List.of("integer", "string", "\"3\""), List.of("２．１", "2.1"), List.of("6"));
        assertThat(problems(bytes, Locale.JAPANESE, ValidationOptions.DEFAULT)).extracting(Problem::message).containsExactly(
                "日付「2026/10/01」は正しい日付ではありません。YYYY-MM-DD（例: 2026-10-01）の形式にしてください",
                "JSON の整数（1.0 や \"3\" は不可）が必要ですが、文字列 \"3\" が指定されています",
                "フレームワーク ID「２．１」の形式が正しくありません。半角数字の <サービスエリア番号>.<番号>（例: 2.1）の形式が必要です。"
                        + "2.1 ではありませんか",
                "レベル 6 は 0〜5 の範囲外です。0 から 5 の整数が必要です");
    }
}
