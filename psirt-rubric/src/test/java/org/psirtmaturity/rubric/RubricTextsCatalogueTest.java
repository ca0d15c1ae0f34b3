package org.psirtmaturity.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.rubric.spi.RubricTexts;

/**
 * The catalogue of bad rubric texts: each {@code catalogue/invalid-*.json} beside an
 * {@code invalid-*.problems.txt} listing the exact problems, one {@code path<TAB>code} per line (the
 * path is empty for the document as a whole), read as the Japanese texts of the sheet. Text problems
 * found by the model's check, which need every other text of the sheet to be right, are generated
 * from the placeholder texts instead of being committed.
 */
class RubricTextsCatalogueTest {

    private static List<Path> catalogue() throws IOException, URISyntaxException {
        Path dir = Path.of(RubricTextsCatalogueTest.class.getResource("catalogue").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("invalid-.*\\.json")).sorted().toList();
        }
    }

    private static List<String> problems(byte[] bytes) {
        InvalidRubricException e = catchThrowableOfType(InvalidRubricException.class, () ->
                RubricTexts.read(PlaceholderRubric.SHEET, Locale.JAPANESE, "catalogue.json", new ByteArrayInputStream(bytes)));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        return e.problems().stream().map(p -> p.path() + "\t" + p.code()).toList();
    }

    @Test
    void catalogue_holdsAtLeastFifteenBadRubricTexts() throws IOException, URISyntaxException {
        assertThat(catalogue()).hasSizeGreaterThanOrEqualTo(15);
    }

    @TestFactory
    Stream<DynamicTest> everyCataloguedDocument_isRejectedWithExactlyTheListedProblems() throws IOException, URISyntaxException {
        return catalogue().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Path expected = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.json$", ".problems.txt"));
            List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
            assertThat(lines).isNotEmpty();
            assertThat(problems(Files.readAllBytes(file))).containsExactlyElementsOf(lines);
        }));
    }

    private static DynamicTest generated(String name, Consumer<Map<String, String>> change, String... expected) {
        return DynamicTest.dynamicTest(name, () -> {
            Map<String, String> texts = PlaceholderRubric.texts();
            change.accept(texts);
            byte[] json = PlaceholderRubric.json("ja", texts).getBytes(StandardCharsets.UTF_8);
            assertThat(problems(json)).containsExactly(expected);
        });
    }

    @TestFactory
    Stream<DynamicTest> textProblems_areRejectedWithTheKeyAsPath() {
        return Stream.of(
                generated("a text is missing", t -> t.remove("framework.3.2.objective"), "framework.3.2.objective\ttext.missing"),
                generated("a text is blank", t -> t.put("area.2.title", " \\t "), "area.2.title\ttext.blank"),
                generated("an unknown key", t -> t.put("framework.2.1.summary", "x"), "framework.2.1.summary\ttext.unexpected"),
                generated("a framework the sheet lacks", t -> t.put("framework.3.9.title", "x"), "framework.3.9.title\ttext.unknown-framework"),
                generated("an undefined level", t -> t.put("framework.4.4.level.0", "x"), "framework.4.4.level.0\ttext.undefined-level"),
                generated("citations that differ", t -> t.put("framework.2.1.level.3", "no citation"),
                        "framework.2.1.level.3\ttext.citations-mismatch"),
                generated("a malformed citation", t -> t.put("framework.2.1.level.3", "see [2.1.x]"), "framework.2.1.level.3\tcitation.malformed"),
                generated("an unbalanced bracket", t -> t.put("framework.2.1.level.3", "see [2.1.1.1"), "framework.2.1.level.3\tcitation.malformed"));
    }

    @Test
    void aStreamLongerThanTheLimit_isNeverReadToItsEnd() {
        long[] read = {0};
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }
        };
        InvalidRubricException e = catchThrowableOfType(InvalidRubricException.class,
                () -> RubricTexts.read(PlaceholderRubric.SHEET, Locale.JAPANESE, "endless.json", endless));
        assertThat(e.problems()).extracting(Problem::path, Problem::code)
                .containsExactly(org.assertj.core.api.Assertions.tuple("", "json.limit.document-size"));
        assertThat(read[0]).isEqualTo(RubricTexts.MAX_DOCUMENT_BYTES + 1L);
    }

    @Test
    void aUtf8ByteOrderMarkAtTheStart_isIgnored() {
        byte[] json = PlaceholderRubric.json("ja", PlaceholderRubric.texts()).getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[json.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withMark, 3, json.length);
        assertThat(RubricTexts.read(PlaceholderRubric.SHEET, Locale.JAPANESE, "bom.json", new ByteArrayInputStream(withMark)))
                .isEqualTo(PlaceholderRubric.read(Locale.JAPANESE, new String(json, StandardCharsets.UTF_8)));
    }
}
