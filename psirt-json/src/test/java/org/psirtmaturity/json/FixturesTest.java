package org.psirtmaturity.scoring.json;

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
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.TestRubrics;
import org.psirtmaturity.scoring.ValidationOptions;
import org.psirtmaturity.scoring.ValidationResult;

/**
 * Golden fixtures whose names carry the expected outcome: {@code valid-*.json} read and validate
 * without errors; {@code invalid-*.json} fail to read with the problems in the {@code .problems.txt}
 * beside them; {@code rejected-*.json} read, then fail validation with the problems beside them.
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

    private static ParseResult<Assessment> parse(Path json) throws IOException {
        try (InputStream in = Files.newInputStream(json)) {
            return AssessmentJson.parse(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> validFixtures_readAndValidateWithoutErrors() throws IOException, URISyntaxException {
        List<Path> files = fixtures("valid-");
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ParseResult<Assessment> r = parse(f);
            assertThat(r.problems()).isEmpty();
            Assessment a = r.orElseThrow();
            assertThat(AssessmentValidator.validate(a, TestRubrics.japanese()).errors()).isEmpty();
            assertThat(AssessmentJson.read(AssessmentJson.write(a))).isEqualTo(a);
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidFixtures_failToReadWithTheExpectedProblems() throws IOException, URISyntaxException {
        List<Path> files = fixtures("invalid-");
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ParseResult<Assessment> r = parse(f);
            assertThat(r.value()).isEmpty();
            assertThat(r.problems()).extracting(p -> p.path() + " [" + p.code() + "]").containsExactlyElementsOf(expected(f));
            assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        }));
    }

    @TestFactory
    Stream<DynamicTest> rejectedFixtures_readButFailValidationWithTheExpectedProblems() throws IOException, URISyntaxException {
        List<Path> files = fixtures("rejected-");
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Assessment a = parse(f).orElseThrow();
            ValidationResult v = AssessmentValidator.validate(a, TestRubrics.japanese(), Locale.ENGLISH, ValidationOptions.DEFAULT);
            assertThat(v.problems()).extracting(p -> p.path() + " [" + p.code() + "] " + p.severity())
                    .containsExactlyElementsOf(expected(f));
            assertThat(v.errors()).extracting(Problem::message).allSatisfy(m -> assertThat(m).contains("expected"));
        }));
    }
}
