package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
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
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.Fraction;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ValidationResult;

/**
 * The quick start of psirt-scoring's README is this test's code: a test checks that they are the same
 * text. It lives here, beside the rubrics this module's tests use, and reads no JSON.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "psirt-scoring", "README.md");
    private static final Path SOURCE = Path.of("src/test/java/org/psirtmaturity/json/ReadmeExampleTest.java");

    @Test
    void readmeQuickStart_runsAndGivesWhatTheReadmeSays() {
        // README:begin
        Rubric rubric = Rubrics.installed().forLocale(Locale.JAPANESE);

        Assessment assessment = Assessment.builder(rubric)
                .organization("Example Corp").assessor("A. Tanaka").date(LocalDate.of(2026, 10, 1))
                .score("2.1", 3).score("3.1", 2).score("4.2", 3).score("5.3", 2)
                .exclude("6.4", "no sales team")
                .foundation("executive-sponsorship", true)
                .build();

        ValidationResult check = AssessmentValidator.validate(assessment, rubric); // every problem at once
        ScoreReport report = Scoring.score(assessment, rubric); // throws InvalidAssessmentException if invalid

        System.out.println(check.isValid() + " " + report.overall().displayValue().orElseThrow()); // true 2.50
        System.out.println(report.overall().band()); // WITHIN (the band 2.5 to 3.0 is inclusive)
        report.gaps().forEach(g -> System.out.println(g.framework() + ": " + g.current() + " -> " + g.target())); // 3.1: 2 -> 3, 5.3: 2 -> 3
        // README:end
        assertThat(check.isValid()).isTrue();
        assertThat(report.overall().displayValue()).hasValue(new BigDecimal("2.50"));
        assertThat(report.overall().average()).hasValue(Fraction.of(5, 2));
        assertThat(report.overall().band()).isEqualTo(BandStatus.WITHIN);
        assertThat(report.gaps()).extracting(g -> g.framework() + ": " + g.current() + " -> " + g.target())
                .containsExactly("3.1: 2 -> 3", "5.3: 2 -> 3");
    }

    @Test
    void readmeQuickStart_isTheCodeOfThisTest() throws IOException {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String code = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(), source.indexOf("        // README:end"));
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
