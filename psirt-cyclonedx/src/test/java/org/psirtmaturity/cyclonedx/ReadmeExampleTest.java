package org.psirtmaturity.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;

/** The README's code sample is this test's code: a test checks that they are the same text. */
class ReadmeExampleTest {

    private static final Path README = Path.of("README.md");
    private static final Path SOURCE = Path.of("src/test/java/org/psirtmaturity/cyclonedx/ReadmeExampleTest.java");

    @Test
    void readmeSample_runsAndGivesWhatTheReadmeSays(@TempDir Path dir) throws IOException {
        Assessment assessment = Assessment.builder(Rubrics.installed().forLocale(Locale.JAPANESE)).organization("Example Corp")
                .date(LocalDate.of(2026, 10, 1)).score("2.1", 3).score("3.1", 2).exclude("6.4", "no sales team").build();
        Path file = dir.resolve("attestation.cdx.json");
        ScoreReport[] rescored = new ScoreReport[1];

        // README:begin
        Rubric rubric = Rubrics.installed().forLocale(Locale.JAPANESE); // the BOM's texts follow the rubric
        String standard = CycloneDx.writeStandard(rubric); // the sheet alone, as a CycloneDX standard
        String attestation = CycloneDx.writeAttestation(assessment, rubric); // the standard and the declarations

        ReadResult read = CycloneDx.readAttestation(attestation, Locale.ENGLISH); // problems in English
        if (read.isValid()) {
            ScoreReport report = Scoring.score(read.orElseThrow(), rubric); // re-score from the BOM
            rescored[0] = report;
        } else {
            read.problems().forEach(p -> System.err.println(p)); // every problem at once: path, message, code
        }

        try (OutputStream out = Files.newOutputStream(file)) { // or straight to a stream, UTF-8
            CycloneDx.writeAttestation(assessment, rubric, out);
        }
        // README:end

        assertThat(standard).contains("\"standards\"").doesNotContain("\"declarations\"");
        assertThat(read.orElseThrow()).isEqualTo(assessment);
        assertThat(rescored[0]).isEqualTo(Scoring.score(assessment, rubric));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(attestation);
    }

    @Test
    void readmeSample_isTheCodeOfThisTest() throws IOException {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String code = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(), source.indexOf("        // README:end"))
                .replace("            rescored[0] = report;\n", "");
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("the README has a Java sample").isTrue();
        assertThat(unindent(m.group(1))).isEqualTo(unindent(code));
    }

    private static String unindent(String block) {
        List<String> lines = new ArrayList<>();
        for (String line : block.split("\n", -1)) {
            lines.add(line.strip());
        }
        return String.join("\n", lines).strip();
    }
}
