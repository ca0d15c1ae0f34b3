package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.psirtmaturity.scoring.Comparisons;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;

/** The README's code sample is this test's code: a test checks that they are the same text. */
class ReadmeExampleTest {

    private static final Path README = Path.of("README.md");
    private static final Path SOURCE = Path.of("src/test/java/org/psirtmaturity/report/ReadmeExampleTest.java");

    @Test
    void readmeSample_runsAndGivesWhatTheReadmeSays() {
        Rubric japanese = Rubrics.installed().forLocale(Locale.JAPANESE);
        Assessment assessment = Assessment.builder(japanese).organization("Example Corp").date(LocalDate.of(2026, 10, 1))
                .score("2.1", 3).score("3.1", 2).score("4.2", 3).score("5.3", 2).exclude("6.4", "no sales team").build();
        ScoreReport lastYear = Scoring.score(Assessment.builder(japanese).date(LocalDate.of(2025, 10, 1))
                .score("2.1", 2).score("3.1", 2).score("4.2", 2).score("5.3", 2).build(), japanese);

        // README:begin
        Rubric rubric = Rubrics.installed().forLocale(Locale.JAPANESE); // labels follow the rubric: Japanese
        ScoreReport report = Scoring.score(assessment, rubric);

        String text = Reports.render(report, rubric, ReportFormat.TEXT); // 80 display columns
        String wide = Reports.render(report, rubric, ReportFormat.TEXT, RenderOptions.defaults().withWidth(120));
        String page = Reports.render(report, rubric, ReportFormat.parse("html")); // one self-contained page
        String json = Reports.render(report, rubric, ReportFormat.JSON); // ReportJson.write(report)
        String svg = RadarChart.frameworks(report, rubric); // a standalone SVG document

        Rubric english = Rubrics.installed().forLocale(Locale.ENGLISH); // the same report, in English
        String markdown = Reports.render(report, english, ReportFormat.MARKDOWN);

        ReportComparison change = Comparisons.compare(lastYear, report);
        String progress = Reports.renderComparison(change, lastYear, report, rubric, ReportFormat.TEXT);
        // README:end

        assertThat(text).contains("全体平均", "2.50", "目標範囲内").doesNotContain("WITHIN"); // the status in Japanese
        assertThat(text.lines().mapToInt(DisplayWidth::of).max().orElseThrow()).isLessThanOrEqualTo(80);
        assertThat(wide.lines().mapToInt(DisplayWidth::of).max().orElseThrow()).isLessThanOrEqualTo(120);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg ");
        assertThat(json).startsWith("{\n  \"format\": \"psirt-score-report/1\"");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(markdown).contains("Overall average", "Vulnerability Discovery");
        assertThat(progress).contains("2.00", "2.50", "+0.50", "目標未満", "目標範囲内");
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

    private static String unindent(String block) {
        List<String> lines = new ArrayList<>();
        for (String line : block.split("\n", -1)) {
            lines.add(line.strip());
        }
        return String.join("\n", lines).strip();
    }
}
