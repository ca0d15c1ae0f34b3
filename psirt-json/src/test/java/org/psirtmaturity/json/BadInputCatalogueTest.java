package org.psirtmaturity.scoring.json;

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
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.TestRubrics;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * The catalogue of bad assessments: each {@code catalogue/invalid-*.json} beside an
 * {@code invalid-*.problems.txt} that lists the exact problems, one {@code path<TAB>code} per line
 * (the path is empty for the document as a whole). A document that reads is validated against the
 * Japanese sheet, with the options named on a {@code # options: strict, complete} line if there is
 * one; its errors are then the problems. Every document must be rejected, with the same places and
 * codes in English and Japanese, and every Japanese message must differ from the English one (a
 * missing translation falls back to English).
 */
class BadInputCatalogueTest {

    private static final int AT_LEAST = 50;

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

    private static ValidationOptions options(List<String> lines) {
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

    /** The problems of a document: those of reading, or else the errors of validation. */
    private static List<Problem> problems(byte[] bytes, Locale locale, ValidationOptions options) {
        ParseResult<Assessment> read = AssessmentJson.parse(new ByteArrayInputStream(bytes), locale);
        return read.value()
                .map(a -> AssessmentValidator.validate(a, TestRubrics.japanese(), locale, options).errors())
                .orElse(read.problems());
    }

    private static List<String> pathsAndCodes(List<Problem> problems) {
        return problems.stream().map(p -> p.path() + "\t" + p.code()).toList();
    }

    @Test
    void catalogue_holdsAtLeastFiftyBadAssessments() throws IOException, URISyntaxException {
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
                assertThat(japanese.get(i).message()).as("translated").isNotEqualTo(english.get(i).message());
            });
        }));
    }
}
