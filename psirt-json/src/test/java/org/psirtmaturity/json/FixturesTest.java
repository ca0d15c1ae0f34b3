package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * Golden fixtures whose names carry the expected outcome: {@code valid-*.json} read and fit the
 * Japanese sheet without a problem; {@code invalid-*.json} have problems of shape, found without a
 * rubric, listed in the {@code .problems.txt} beside them; {@code rejected-*.json} have a valid
 * shape but break the sheet's rules, and reading them against the sheet gives the problems beside
 * them, with their severities.
 */
class FixturesTest {

    private static Path directory() throws URISyntaxException {
        return Path.of(FixturesTest.class.getResource("fixtures").toURI());
    }

    private static List<Path> fixtures(String prefix) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<String> expected(Path json) throws IOException {
        Path problems = json.resolveSibling(json.getFileName().toString().replace(".json", ".problems.txt"));
        return Files.readAllLines(problems, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    private static ParseResult<Assessment> shape(Path json) throws IOException {
        try (InputStream in = Files.newInputStream(json)) {
            return AssessmentJson.parse(in, Locale.ENGLISH);
        }
    }

    private static ParseResult<Assessment> againstTheSheet(Path json) throws IOException {
        try (InputStream in = Files.newInputStream(json)) {
            return AssessmentJson.parse(in, TestData.JAPANESE, Locale.ENGLISH, ValidationOptions.DEFAULT);
        }
    }

    @TestFactory
    Stream<DynamicTest> validFixtures_readAndFitTheSheetWithoutAProblem() throws IOException, URISyntaxException {
        List<Path> files = fixtures("valid-");
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ParseResult<Assessment> r = againstTheSheet(f);
            assertThat(r.problems()).isEmpty();
            Assessment a = r.orElseThrow();
            assertThat(shape(f).orElseThrow()).isEqualTo(a);
            assertThat(AssessmentJson.read(AssessmentJson.write(a))).isEqualTo(a);
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidFixtures_haveTheExpectedProblemsOfShape() throws IOException, URISyntaxException {
        List<Path> files = fixtures("invalid-");
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ParseResult<Assessment> r = shape(f);
            assertThat(r.value()).isEmpty();
            assertThat(r.errors()).extracting(p -> p.path() + " [" + p.code() + "]").containsExactlyElementsOf(expected(f));
            assertThat(r.warnings()).isEmpty();
            assertThat(r.errors()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
            // Against the sheet, the same problems of shape come first.
            assertThat(againstTheSheet(f).errors()).startsWith(r.errors().toArray(Problem[]::new));
        }));
    }

    @TestFactory
    Stream<DynamicTest> rejectedFixtures_haveAValidShapeButBreakTheSheetsRules() throws IOException, URISyntaxException {
        List<Path> files = fixtures("rejected-");
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            assertThat(shape(f).problems()).isEmpty();
            ParseResult<Assessment> r = againstTheSheet(f);
            assertThat(r.isValid()).isFalse();
            assertThat(r.problems()).extracting(p -> p.path() + " [" + p.code() + "] " + p.severity())
                    .containsExactlyElementsOf(expected(f));
            assertThat(r.errors()).extracting(Problem::message).allSatisfy(m -> assertThat(m).contains("expected"));
        }));
    }
}
