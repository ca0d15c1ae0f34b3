package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.InvalidAssessmentException;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetProfile;

class BatchScorerTest {

    private static final Rubric RUBRIC = Rubrics.installed().forLocale(Locale.JAPANESE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Assessment assessment(String organization, int level) {
        return Assessment.builder(RUBRIC).organization(organization).date(LocalDate.of(2026, 10, 1))
                .score("2.1", level).score("3.1", 2).score("4.4", 4).exclude("6.4", "営業部門なし")
                .note("2.1", "窓口は Web フォーム。\n改行を含むメモ").evidence("2.1", "https://example.com/security")
                .foundation("executive-sponsorship", true)
                .build();
    }

    /** The assessment as one JSON line (the library writes it pretty-printed). */
    private static String line(Assessment a) throws IOException {
        return JSON.writeValueAsString(JSON.readTree(AssessmentJson.write(a)));
    }

    private record Run(BatchSummary summary, List<String> lines) {
    }

    /** The output line of a report scored from input line {@code n}: the report's compact form with "line" first. */
    private static String reportLine(ScoreReport report, long n) {
        String compact = ReportJson.writeLine(report);
        return "{\"line\":" + n + "," + compact.substring(1, compact.length() - 1);
    }

    private static Run run(String input, ScoringOptions options, BatchOptions batch) throws IOException {
        return run(input.getBytes(StandardCharsets.UTF_8), options, batch);
    }

    private static Run run(byte[] input, ScoringOptions options, BatchOptions batch) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary summary = BatchScorer.run(new ByteArrayInputStream(input), out, RUBRIC, options, batch);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).as("every output line ends with \\n").satisfiesAnyOf(t -> assertThat(t).isEmpty(), t -> assertThat(t).endsWith("\n"));
        List<String> lines = text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
        assertThat(lines).hasSize((int) (summary.scored() + summary.failed()));
        return new Run(summary, lines);
    }

    @Test
    void goodLines_giveTheirReportsOnOneLineEach() throws IOException {
        Assessment first = assessment("株式会社サンプル", 3);
        Assessment second = assessment("Example Corp", 1);
        Run r = run(line(first) + "\n" + line(second) + "\n", ScoringOptions.defaults(), BatchOptions.defaults());

        assertThat(r.summary()).isEqualTo(new BatchSummary(2, 2, 0));
        ScoreReport expected = Scoring.score(first, RUBRIC);
        assertThat(r.lines().get(0)).isEqualTo(reportLine(expected, 1));
        JsonNode tree = JSON.readTree(r.lines().get(0));
        assertThat(tree.fieldNames().next()).isEqualTo("line");
        JsonNode withoutLine = ((ObjectNode) tree).without("line");
        assertThat(withoutLine).isEqualTo(JSON.readTree(ReportJson.write(expected)));
        assertThat(r.lines().get(1)).isEqualTo(reportLine(Scoring.score(second, RUBRIC), 2));
        assertThat(r.lines().get(0)).contains("\"organization\":\"株式会社サンプル\"");
    }

    @Test
    void writeLine_hasTheContentOfWrite_onOneLine() throws IOException {
        ScoreReport report = Scoring.score(assessment("株式会社サンプル", 1), RUBRIC,
                ScoringOptions.defaults().withTargets(TargetProfile.none().with("3.1", 5)).withMessagesLocale(Locale.JAPANESE));
        String line = ReportJson.writeLine(report);
        assertThat(line).endsWith("\n").doesNotContain("\r");
        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
        assertThat(JSON.readTree(line)).isEqualTo(JSON.readTree(ReportJson.write(report)));
        assertThat(line).doesNotContain("\"line\"");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportJson.writeLine(report, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(line);
    }

    @Test
    void badLines_giveTheirProblems_andTheBatchGoesOn() throws IOException {
        String good = line(assessment("A", 3));
        String input = String.join("\n",
                good,
                "{\"format\": \"psirt-assessment/1\", \"rubric\": ",                                  // 2: malformed JSON
                good.replace("\"level\":3", "\"level\":7"),                                          // 3: level out of range
                good.replace("\"answers\":[", "\"answers\":[{\"framework\":\"2.2\",\"level\":1,\"comment\":\"x\"},"), // 4: unknown property
                good) + "\n";
        Run r = run(input, ScoringOptions.defaults(), BatchOptions.defaults());

        assertThat(r.summary()).isEqualTo(new BatchSummary(5, 2, 3));
        assertThat(JSON.readTree(r.lines().get(0)).path("format").asText()).isEqualTo(ReportJson.FORMAT);
        JsonNode syntax = JSON.readTree(r.lines().get(1));
        assertThat(syntax.path("line").asLong()).isEqualTo(2);
        assertThat(syntax.path("problems")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path("code").asText()).startsWith("json.");
            assertThat(p.path("message").asText()).isNotBlank();
            assertThat(p.has("path")).isTrue();
        });
        JsonNode range = JSON.readTree(r.lines().get(2));
        assertThat(range.path("line").asLong()).isEqualTo(3);
        assertThat(range.path("problems")).singleElement().satisfies(p -> {
            assertThat(p.path("path").asText()).isEqualTo("answers[2.1].level");
            assertThat(p.path("code").asText()).isEqualTo("answer.level.range");
        });
        JsonNode unknown = JSON.readTree(r.lines().get(3));
        assertThat(unknown.path("line").asLong()).isEqualTo(4);
        assertThat(unknown.path("problems")).singleElement().satisfies(p -> {
            assertThat(p.path("path").asText()).isEqualTo("answers[2.2].comment");
            assertThat(p.path("code").asText()).isEqualTo("json.property.unknown");
        });
        assertThat(r.lines().get(4)).isEqualTo(reportLine(Scoring.score(assessment("A", 3), RUBRIC), 5));
        assertThat(r.lines().get(1)).startsWith("{\"line\":2,\"problems\":[{\"path\":");
    }

    @Test
    void blankLines_areSkippedButCounted_andLineBreaksMayBeCrLf() throws IOException {
        String good = line(assessment("A", 3));
        String input = "\n   \t\r\n" + good + "\r\n\r\n" + "not json" + "\r\n\n" + good;   // no final line break
        Run r = run(input, ScoringOptions.defaults(), BatchOptions.defaults());

        assertThat(r.summary()).isEqualTo(new BatchSummary(7, 2, 1));
        assertThat(r.lines()).hasSize(3);
        assertThat(JSON.readTree(r.lines().get(1)).path("line").asLong()).isEqualTo(5);
        assertThat(r.lines().get(2)).isEqualTo(reportLine(Scoring.score(assessment("A", 3), RUBRIC), 7));
    }

    @Test
    void emptyInput_givesNothing() throws IOException {
        assertThat(run("", ScoringOptions.defaults(), BatchOptions.defaults()).summary()).isEqualTo(new BatchSummary(0, 0, 0));
        assertThat(run("\n\n  \n", ScoringOptions.defaults(), BatchOptions.defaults()).summary()).isEqualTo(new BatchSummary(3, 0, 0));
    }

    @Test
    void failFast_stopsAfterTheFirstProblemLine_andLeavesTheRestUnread() throws IOException {
        String good = line(assessment("A", 3));
        byte[] input = (good + "\n\n" + "{]" + "\n" + good + "\n" + "{]" + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary summary = BatchScorer.run(in, out, RUBRIC, ScoringOptions.defaults(), new BatchOptions(true));

        assertThat(summary).isEqualTo(new BatchSummary(3, 1, 1));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[1]).path("line").asLong()).isEqualTo(3);

        Run all = run(input, ScoringOptions.defaults(), BatchOptions.defaults());
        assertThat(all.summary()).isEqualTo(new BatchSummary(5, 2, 2));
    }

    @Test
    void aLineLongerThanTheLimit_isAProblem_andTheNextLineIsRead() throws IOException {
        String good = line(assessment("A", 3));
        StringBuilder longLine = new StringBuilder(BatchScorer.MAX_LINE_BYTES + 16).append("{\"format\": \"");
        while (longLine.length() <= BatchScorer.MAX_LINE_BYTES) {
            longLine.append("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        }
        longLine.append("\"}");
        Run r = run(good + "\n" + longLine + "\n" + good + "\n", ScoringOptions.defaults(), BatchOptions.defaults());

        assertThat(r.summary()).isEqualTo(new BatchSummary(3, 2, 1));
        JsonNode problem = JSON.readTree(r.lines().get(1));
        assertThat(problem.path("line").asLong()).isEqualTo(2);
        assertThat(problem.path("problems")).singleElement().satisfies(p -> {
            assertThat(p.path("path").asText()).isEmpty();
            assertThat(p.path("code").asText()).isEqualTo(BatchScorer.LINE_TOO_LONG);
            assertThat(p.path("message").asText()).contains("line 2").contains(String.valueOf(BatchScorer.MAX_LINE_BYTES));
        });
        assertThat(r.lines().get(2)).isEqualTo(reportLine(Scoring.score(assessment("A", 3), RUBRIC), 3));

        // The same as the last line, without a final line break, and with Japanese messages.
        Run last = run(good + "\n" + longLine, ScoringOptions.defaults().withMessagesLocale(Locale.JAPANESE), BatchOptions.defaults());
        assertThat(last.summary()).isEqualTo(new BatchSummary(2, 1, 1));
        assertThat(JSON.readTree(last.lines().get(1)).path("problems").get(0).path("message").asText()).contains("2 行目");
    }

    @Test
    void japaneseText_survivesInBothDirections_andMessagesFollowTheOptionsLocale() throws IOException {
        Assessment a = Assessment.builder(RUBRIC).organization("株式会社サンプル 🛡").assessor("田中")
                .score("2.1", 1).note("2.1", "窓口は未整備。来期に設置予定").build();
        String bad = line(a).replace("\"level\":1", "\"level\":9");
        Run r = run(line(a) + "\n" + bad + "\n", ScoringOptions.defaults().withMessagesLocale(Locale.JAPANESE), BatchOptions.defaults());

        assertThat(r.summary()).isEqualTo(new BatchSummary(2, 1, 1));
        JsonNode report = JSON.readTree(r.lines().get(0));
        assertThat(report.path("context").path("organization").asText()).isEqualTo("株式会社サンプル 🛡");
        assertThat(report.path("gaps").get(0).path("steps").get(0).path("description").asText())
                .isEqualTo(RUBRIC.level(FrameworkId.parse("2.1"), 2).orElseThrow().description().orElseThrow());
        assertThat(JSON.readTree(r.lines().get(1)).path("problems").get(0).path("message").asText()).contains("9").contains("の");
    }

    @Test
    void invalidUtf8_isAProblemOfItsLineOnly() throws IOException {
        byte[] good = line(assessment("A", 3)).getBytes(StandardCharsets.UTF_8);
        byte[] bad = line(assessment("株式会社", 3)).getBytes(StandardCharsets.UTF_8);
        byte[] kabu = "株".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + kabu.length <= bad.length; i++) {
            if (Arrays.equals(bad, i, i + kabu.length, kabu, 0, kabu.length)) {
                bad[i] = (byte) 0xFF;
                break;
            }
        }
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(bad);
        input.write('\n');
        input.write(good);
        Run r = run(input.toByteArray(), ScoringOptions.defaults(), BatchOptions.defaults());

        assertThat(r.summary()).isEqualTo(new BatchSummary(2, 1, 1));
        JsonNode problem = JSON.readTree(r.lines().get(0));
        assertThat(problem.path("line").asLong()).isEqualTo(1);
        assertThat(problem.path("problems")).singleElement().satisfies(p -> assertThat(p.path("code").asText()).startsWith("json."));
        assertThat(r.lines().get(1)).isEqualTo(reportLine(Scoring.score(assessment("A", 3), RUBRIC), 2));
    }

    @Test
    void streamsAreFlushedButNotClosed() throws IOException {
        boolean[] closed = new boolean[2];
        int[] flushes = new int[1];
        InputStream in = new ByteArrayInputStream(line(assessment("A", 3)).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sink.write(b, off, len);
            }

            @Override
            public void flush() {
                flushes[0]++;
            }

            @Override
            public void close() {
                closed[1] = true;
            }
        };
        BatchScorer.run(in, out, RUBRIC, ScoringOptions.defaults(), BatchOptions.defaults());
        assertThat(closed).containsExactly(false, false);
        assertThat(flushes[0]).isPositive();
        assertThat(sink.toString(StandardCharsets.UTF_8)).endsWith("\n").contains(ReportJson.FORMAT);
    }

    @Test
    void aTargetProfileNamingAnUnknownFramework_isRefusedBeforeReading() {
        ScoringOptions options = ScoringOptions.defaults().withTargets(TargetProfile.none().with("9.9", 3));
        boolean[] read = new boolean[1];
        InputStream in = new InputStream() {
            @Override
            public int read() {
                read[0] = true;
                return -1;
            }
        };
        assertThatThrownBy(() -> BatchScorer.run(in, new ByteArrayOutputStream(), RUBRIC, options, BatchOptions.defaults()))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code).containsExactly(tuple("targets[9.9]", "target.framework.unknown")));
        assertThat(read[0]).isFalse();
        assertThatThrownBy(() -> BatchScorer.run(null, new ByteArrayOutputStream(), RUBRIC, ScoringOptions.defaults(), BatchOptions.defaults()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void summary_refusesInconsistentCounts() {
        assertThatThrownBy(() -> new BatchSummary(1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchSummary(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BatchOptions.defaults().failFast()).isFalse();
    }

    @Test
    void manyLines_areScoredInOrder() throws IOException {
        StringBuilder input = new StringBuilder();
        List<Assessment> given = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Assessment a = assessment("org-" + i, i % 6);
            given.add(a);
            input.append(line(a)).append(i % 7 == 0 ? "\r\n" : "\n");
        }
        Run r = run(input.toString(), ScoringOptions.defaults(), BatchOptions.defaults());
        assertThat(r.summary()).isEqualTo(new BatchSummary(300, 300, 0));
        for (int i = 0; i < 300; i += 37) {
            assertThat(r.lines().get(i)).isEqualTo(reportLine(Scoring.score(given.get(i), RUBRIC), i + 1));
        }
    }

    @Test
    void aBadLine_givesEveryProblemOfShapeAndRubricInOneRound_withTheirArguments() throws IOException {
        String line = "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"sisac-psirt-maturity-sheet\",\"edition\":\"0.9\"},"
                + "\"answers\":[{\"framework\":\"2.1\",\"level\":\"3\"},{\"framework\":\"9.9\",\"level\":1},{\"framework\":\"3.1\",\"level\":6}]}";
        Run r = run(line + "\n", ScoringOptions.defaults(), BatchOptions.defaults());

        assertThat(r.summary()).isEqualTo(new BatchSummary(1, 0, 1));
        List<Problem> expected = AssessmentJson.parse(line, RUBRIC, Locale.ENGLISH, ScoringOptions.defaults().validationOptions()).errors();
        assertThat(expected).extracting(Problem::code)
                .containsExactly("json.type", "rubric.mismatch", "answer.framework.unknown", "answer.level.range");
        JsonNode problems = JSON.readTree(r.lines().get(0)).path("problems");
        assertThat(problems).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Problem p = expected.get(i);
            JsonNode written = problems.get(i);
            assertThat(written.path("path").asText()).isEqualTo(p.path());
            assertThat(written.path("code").asText()).isEqualTo(p.code());
            List<String> arguments = new ArrayList<>();
            written.path("arguments").forEach(a -> arguments.add(a.asText()));
            assertThat(arguments).isEqualTo(p.arguments());
            assertThat(written.path("message").asText()).isEqualTo(p.message());
            assertThat(written.fieldNames()).toIterable().containsExactly("path", "code", "arguments", "message");
        }
    }

    @Test
    void undefinedLevels_areScoredAndFlaggedByDefault_andRejectedInStrictMode() throws IOException {
        String line = line(Assessment.builder(RUBRIC).score("4.4", 1).score("2.1", 3).build());

        Run lenient = run(line + "\n", ScoringOptions.defaults(), BatchOptions.defaults());
        assertThat(lenient.summary()).isEqualTo(new BatchSummary(1, 1, 0));
        JsonNode flags = JSON.readTree(lenient.lines().get(0)).path("flags");
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.path("code").asText()).isEqualTo("answer.level.undefined");
            assertThat(f.path("arguments")).extracting(JsonNode::asText).containsExactly("1", "4.4", "4, 5");
        });

        Run strict = run(line + "\n", ScoringOptions.defaults().withStrict(true), BatchOptions.defaults());
        assertThat(strict.summary()).isEqualTo(new BatchSummary(1, 0, 1));
        assertThat(JSON.readTree(strict.lines().get(0)).path("problems")).singleElement()
                .satisfies(p -> assertThat(p.path("path").asText()).isEqualTo("answers[4.4].level"));
    }

    @Test
    void aTargetProfileNamingAnUndefinedLevel_isRefusedBeforeReading() {
        ScoringOptions options = ScoringOptions.defaults().withTargets(TargetProfile.none().with("4.4", 3));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> BatchScorer.run(new ByteArrayInputStream(new byte[0]), out, RUBRIC, options, BatchOptions.defaults()))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code, Problem::arguments)
                        .containsExactly(tuple("targets[4.4]", "target.level.undefined", List.of("3", "4.4", "4, 5"))));
        assertThat(out.size()).isZero();
    }

    @Test
    void summary_countsTheBlankLines() {
        assertThat(new BatchSummary(7, 2, 1).blank()).isEqualTo(4);
        assertThat(new BatchSummary(0, 0, 0).blank()).isZero();
        assertThat(new BatchOptions(true).failFast()).isTrue();
    }
}
