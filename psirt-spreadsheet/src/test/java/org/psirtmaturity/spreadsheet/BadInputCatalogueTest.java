package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * The catalogue of bad workbooks: each {@code catalogue/invalid-*.xlsx} beside an
 * {@code invalid-*.problems.txt} that lists the exact problems, one {@code path<TAB>code<TAB>place} per
 * line (the place is the cell, row, column or sheet the problem names as its last argument and at the
 * end of its message, or {@code -}). A workbook is read against the Japanese rubric with the options on
 * a {@code # options: strict, complete} line if there is one. Every workbook must be rejected with the
 * same paths, codes and places in English and Japanese, and every Japanese message must differ from the
 * English one. The valid workbooks saved by LibreOffice read as the assessment beside them.
 */
class BadInputCatalogueTest {

    private static Path directory() throws URISyntaxException {
        return Path.of(BadInputCatalogueTest.class.getResource("catalogue").toURI());
    }

    static List<Path> files(String glob) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().matches(glob)).sorted().toList();
        }
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

    static List<Problem> problems(byte[] workbook, Locale locale, ValidationOptions options) {
        ParseResult<Assessment> read = Questionnaires.read(workbook, Workbooks.rubric(Locale.JAPANESE), locale, options);
        return read.errors();
    }

    /** The place a problem names: its last argument, when its English message ends with it. */
    static String place(Problem english) {
        List<String> a = english.arguments();
        return !a.isEmpty() && english.message().endsWith(" (" + a.get(a.size() - 1) + ")") ? a.get(a.size() - 1) : "-";
    }

    static String line(Problem english) {
        return english.path() + "\t" + english.code() + "\t" + place(english);
    }

    private static List<String> lines(Path workbook) throws IOException {
        return Files.readAllLines(workbook.resolveSibling(workbook.getFileName().toString().replaceFirst("\\.xlsx$", ".problems.txt")),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void catalogue_holdsAWorkbookForEveryRecipe() throws IOException, URISyntaxException {
        assertThat(files("invalid-.*\\.xlsx")).extracting(p -> p.getFileName().toString().replace(".xlsx", ""))
                .containsExactlyInAnyOrderElementsOf(Catalogue.names());
    }

    @TestFactory
    Stream<DynamicTest> everyCataloguedWorkbook_isRejectedWithExactlyTheListedProblems() throws IOException, URISyntaxException {
        return files("invalid-.*\\.xlsx").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] workbook = Files.readAllBytes(file);
            List<String> lines = lines(file);
            ValidationOptions options = options(lines);
            List<String> expected = lines.stream().filter(l -> !l.startsWith("#")).toList();
            List<Problem> english = problems(workbook, Locale.ENGLISH, options);
            List<Problem> japanese = problems(workbook, Locale.JAPANESE, options);

            assertThat(expected).as("a catalogued workbook has problems").isNotEmpty();
            assertThat(english).extracting(BadInputCatalogueTest::line).containsExactlyElementsOf(expected);
            assertThat(japanese).extracting(Problem::path).containsExactlyElementsOf(english.stream().map(Problem::path).toList());
            assertThat(japanese).extracting(Problem::code).containsExactlyElementsOf(english.stream().map(Problem::code).toList());
            assertThat(japanese).extracting(Problem::arguments).containsExactlyElementsOf(english.stream().map(Problem::arguments).toList());
            IntStream.range(0, english.size()).forEach(i -> {
                assertThat(english.get(i).message()).isNotBlank().doesNotContain("\n");
                assertThat(japanese.get(i).message()).as("translated").isNotEqualTo(english.get(i).message());
                String place = place(english.get(i));
                if (!place.equals("-")) {
                    assertThat(japanese.get(i).message()).endsWith("（" + place + "）");
                }
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> workbooksSavedByLibreOffice_readAsTheAssessmentBesideThem() throws IOException, URISyntaxException {
        return files("valid-.*\\.xlsx").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Locale locale = file.getFileName().toString().contains("-ja") ? Locale.JAPANESE : Locale.ENGLISH;
            Rubric rubric = Workbooks.rubric(locale);
            String json = Files.readString(file.resolveSibling(file.getFileName().toString().replace(".xlsx", ".assessment.json")));
            ParseResult<Assessment> read = Questionnaires.read(Files.readAllBytes(file), rubric, locale, ValidationOptions.DEFAULT);

            assertThat(read.problems()).isEmpty();
            assertThat(read.orElseThrow()).isEqualTo(AssessmentJson.parse(json, rubric, locale, ValidationOptions.DEFAULT).orElseThrow());
        }));
    }

    /** Every code the README documents is met by a catalogued workbook, or (for the limits too large to keep) by a hostile one. */
    @Test
    void everyDocumentedCode_isCovered() throws IOException, URISyntaxException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| `(sheet\\.[a-z.-]+)`", Pattern.MULTILINE).matcher(readme);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> covered = new TreeSet<>(Set.of("sheet.limit.size", "sheet.limit.cells")); // HostileWorkbookTest
        for (Path file : files("invalid-.*\\.problems\\.txt")) {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!l.startsWith("#") && !l.isBlank()) {
                    covered.add(l.split("\t")[1]);
                }
            }
        }
        assertThat(documented).isNotEmpty();
        assertThat(covered).containsAll(documented);
    }
}
