package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ValidationOptions;
import org.psirtmaturity.scoring.ValidationProblem;

/** The README's code sample is this test's code, and its sample problems are what reading gives. */
class ReadmeExampleTest {

    private static final Path README = Path.of("README.md");
    private static final Path SOURCE = Path.of("src/test/java/org/psirtmaturity/spreadsheet/ReadmeExampleTest.java");

    @Test
    void readmeSample_runs(@TempDir Path directory) throws IOException {
        Path template = directory.resolve("questionnaire.xlsx");
        Path filled = Files.write(directory.resolve("filled.xlsx"), RoundTripTest.filled(Locale.JAPANESE));
        // README:begin
        Rubric rubric = Rubrics.installed().forLocale(Locale.JAPANESE);

        // The template, in the rubric's language: one row per framework, a drop-down on every answer.
        try (OutputStream out = Files.newOutputStream(template)) {
            Questionnaires.write(rubric, out);
        }

        // Filled in and sent back: recognised by its content, read and checked in one round.
        byte[] bytes = Files.readAllBytes(filled);
        if (Questionnaires.isWorkbook(bytes)) {
            ParseResult<Assessment> read = Questionnaires.read(bytes, rubric, Locale.JAPANESE, ValidationOptions.DEFAULT);
            List<String> problems = read.problems().stream().map(ValidationProblem::toString).toList();
            ScoreReport report = Scoring.score(read.orElseThrow(), rubric);
        }
        // README:end
    }

    @Test
    void readmeSample_isTheCodeOfThisTest() throws IOException {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String code = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(), source.indexOf("        // README:end"));
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("the README has a Java sample").isTrue();
        assertThat(unindent(m.group(1))).isEqualTo(unindent(code));
    }

    @Test
    void readmeProblems_areWhatReadingGives() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            Workbooks.Names n = new Workbooks.Names(locale);
            byte[] workbook = Workbooks.edit(Workbooks.template(locale)).set(n.answer("2.1"), locale == Locale.JAPANESE ? "３" : "three").build();
            ParseResult<Assessment> read = Questionnaires.read(workbook, Workbooks.rubric(locale), locale, ValidationOptions.DEFAULT);
            assertThat(read.problems()).singleElement().satisfies(p -> assertThat(readme).contains(p.toString()));
        }
    }

    private static String unindent(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
