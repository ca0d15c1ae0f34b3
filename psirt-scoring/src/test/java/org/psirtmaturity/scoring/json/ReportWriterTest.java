package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.BandedAverage;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TestRubrics;

/**
 * The report writer gives, byte for byte, what Jackson's generator gave before ({@link JacksonReportWriter},
 * the former code, is the oracle): for every entry point, on reports scored from the rubrics and on
 * thousands of generated reports holding any Unicode, texts longer than the buffers, and every shape
 * of list and optional value.
 */
class ReportWriterTest {

    private static byte[] stream(ScoreReport report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportJson.writeLine(report, bytes);
        return bytes.toByteArray();
    }

    private static byte[] oracleStream(ScoreReport report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JacksonReportWriter.writeLine(report, bytes);
        return bytes.toByteArray();
    }

    /** Checks the three entry points against the oracle. */
    private static void assertSameAsBefore(ScoreReport report) throws IOException {
        assertThat(ReportJson.write(report)).isEqualTo(JacksonReportWriter.write(report));
        assertThat(ReportJson.writeLine(report)).isEqualTo(JacksonReportWriter.writeLine(report));
        assertThat(stream(report)).isEqualTo(oracleStream(report));
    }

    @Test
    void scoredReports_areWrittenAsBefore() throws IOException {
        Assessment example = AssessmentJson.read(Files.readString(Path.of("examples/assessment-example.json"), StandardCharsets.UTF_8));
        assertSameAsBefore(Scoring.score(example, TestRubrics.japanese()));
        for (int level = 0; level <= RubricLevel.MAX; level++) {
            assertSameAsBefore(Scoring.score(TestRubrics.allAt(level), TestRubrics.japanese(), ScoringOptions.defaults().withDefaultTargetLevel(5)));
        }
        assertSameAsBefore(Scoring.score(Assessment.builder(TestRubrics.japanese()).build(), TestRubrics.japanese()));
    }

    @Test
    void theExampleReport_isWrittenByteForByte_byEveryEntryPoint() throws IOException {
        Assessment a = AssessmentJson.read(Files.readString(Path.of("examples/assessment-example.json"), StandardCharsets.UTF_8));
        ScoreReport report = Scoring.score(a, TestRubrics.japanese());
        String expected = Files.readString(Path.of("examples/report-example.json"), StandardCharsets.UTF_8)
                .replaceAll("\"libraryVersion\": \"[^\"]*\"", "\"libraryVersion\": \"" + report.provenance().libraryVersion() + "\"");
        assertThat(ReportJson.write(report)).isEqualTo(expected);
        String line = ReportJson.writeLine(report);
        assertThat(ReportJson.read(line)).isEqualTo(report);
        assertThat(new String(stream(report), StandardCharsets.UTF_8)).isEqualTo(line);
        assertThat(line).endsWith("}\n").doesNotContain("\n{").contains("\"title\":\"脆弱性の発見\"");
    }

    @Test
    void generatedReports_areWrittenAsBefore() throws IOException {
        ReportSamples samples = new ReportSamples(20261122L, 300, false);
        for (int i = 0; i < 400; i++) {
            assertSameAsBefore(samples.report());
        }
    }

    @Test
    void generatedReportsWithTextsLongerThanTheBuffers_areWrittenAsBefore() throws IOException {
        ReportSamples samples = new ReportSamples(7L, 3 * Utf8Output.BUFFER, false);
        for (int i = 0; i < 60; i++) {
            assertSameAsBefore(samples.report());
        }
    }

    @Test
    void aStreamGetsTheLineInBufferSizedWrites_neitherFlushedNorClosed() throws IOException {
        ReportSamples samples = new ReportSamples(11L, 5 * Utf8Output.BUFFER, false);
        for (int i = 0; i < 50; i++) {
            ScoreReport report = samples.report();
            List<Integer> writes = new ArrayList<>();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            OutputStream counting = new OutputStream() {
                @Override
                public void write(int b) {
                    throw new AssertionError("one byte at a time");
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    writes.add(len);
                    all.write(b, off, len);
                }

                @Override
                public void flush() {
                    throw new AssertionError("flushed");
                }

                @Override
                public void close() {
                    throw new AssertionError("closed");
                }
            };
            ReportJson.writeLine(report, counting);
            assertThat(all.toByteArray()).isEqualTo(oracleStream(report));
            assertThat(writes).allSatisfy(n -> assertThat(n).isBetween(1, Utf8Output.BUFFER));
            // All writes but the last come from a full buffer: no more writes than needed.
            assertThat(writes.size()).isLessThanOrEqualTo(1 + all.size() / (Utf8Output.BUFFER - 64));
        }
    }

    /** A report whose one area has the given title (a rubric text). */
    private static ScoreReport withTitle(String title) {
        ScoreReport r = Scoring.score(Assessment.builder(TestRubrics.japanese()).build(), TestRubrics.japanese());
        return new ScoreReport(r.provenance(), r.context(), r.overall(), r.targetBand(), r.completeness(),
                List.of(new AreaResult(1, title, new BandedAverage(Optional.empty(), 0, BandStatus.NO_DATA))), r.frameworks(), List.<Gap>of(),
                r.firstLevel1(), r.flags());
    }

    @Test
    void unpairedSurrogatesInRubricTexts_areKeptInStrings_andRefusedOnAStreamAsBefore() throws IOException {
        for (String title : List.of("x\uD800", "\uD800", "\uDC00x", "\uD800\uD800\uDC00", "a\uDBFFb", "\uDFFF")) {
            ScoreReport report = withTitle(title);
            assertThat(ReportJson.write(report)).isEqualTo(JacksonReportWriter.write(report)).contains(title);
            assertThat(ReportJson.writeLine(report)).isEqualTo(JacksonReportWriter.writeLine(report));
            Throwable before = catchThrowable(() -> oracleStream(report));
            assertThat(before).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stream(report)).isInstanceOf(IllegalArgumentException.class).hasMessage(before.getMessage());
        }
        // Paired, they are one character, encoded as four bytes in a rubric text but escaped elsewhere.
        ScoreReport paired = withTitle("😀\uDBFF\uDFFF");
        assertSameAsBefore(paired);
        assertThat(new String(stream(paired), StandardCharsets.UTF_8)).contains("\"title\":\"😀\uDBFF\uDFFF\"");
    }

    @Test
    void generatedReportsWithUnpairedSurrogatesInRubricTexts_areWrittenOrRefusedAsBefore() throws IOException {
        ReportSamples samples = new ReportSamples(3L, 100, true);
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            ScoreReport report = samples.report();
            assertThat(ReportJson.write(report)).isEqualTo(JacksonReportWriter.write(report));
            assertThat(ReportJson.writeLine(report)).isEqualTo(JacksonReportWriter.writeLine(report));
            Throwable before = catchThrowable(() -> oracleStream(report));
            if (before == null) {
                assertThat(stream(report)).isEqualTo(oracleStream(report));
            } else {
                refused++;
                assertThatThrownBy(() -> stream(report)).isInstanceOf(IllegalArgumentException.class).hasMessage(before.getMessage());
            }
        }
        assertThat(refused).isBetween(25, 145);
    }

    @Test
    void aFailingStream_failsTheCall() {
        ScoreReport report = new ReportSamples(5L, 10_000, false).report();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> ReportJson.writeLine(report, broken)).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> ReportJson.writeLine(null, broken)).isInstanceOf(NullPointerException.class).hasMessage("report");
        assertThatThrownBy(() -> ReportJson.writeLine(report, null)).isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThatThrownBy(() -> ReportJson.write(null)).isInstanceOf(NullPointerException.class).hasMessage("report");
        assertThatThrownBy(() -> ReportJson.writeLine(null)).isInstanceOf(NullPointerException.class).hasMessage("report");
    }

    @Test
    void writing_isThreadSafe_eachCallHasItsOwnState() throws Exception {
        List<ScoreReport> reports = new ArrayList<>();
        ReportSamples samples = new ReportSamples(13L, 2000, false);
        for (int i = 0; i < 40; i++) {
            reports.add(samples.report());
        }
        List<String> expected = reports.stream().map(JacksonReportWriter::writeLine).toList();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < reports.size(); i++) {
                            assertThat(ReportJson.writeLine(reports.get(i))).isEqualTo(expected.get(i));
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
