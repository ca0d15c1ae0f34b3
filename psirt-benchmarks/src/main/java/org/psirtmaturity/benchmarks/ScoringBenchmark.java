package org.psirtmaturity.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.rubric.spi.RubricTexts;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ValidationResult;
import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.json.ReportJson;

/**
 * The costs of the library's steps, on the same input bytes in one run: a realistic complete
 * assessment of the 27 frameworks in scope, with notes and evidence ({@link Inputs#completeJson}).
 * The first benchmark, a plain Jackson {@code readTree} of those bytes, is the baseline the targets
 * are expressed against (see BENCHMARKS.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 10, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class ScoringBenchmark {

    /** A default mapper: what an application would use to read JSON with no rules of its own. */
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private Rubric rubric;
    private byte[] assessmentJson;
    private Assessment assessment;
    private byte[] rubricTexts;
    private ScoreReport report;

    /** Loads the rubric and prepares the input bytes and the assessment read from them. */
    @Setup(Level.Trial)
    public void setUp() {
        rubric = Inputs.japanese();
        assessmentJson = Inputs.completeJson(rubric);
        assessment = AssessmentJson.parse(assessmentJson, Locale.ENGLISH).orElseThrow();
        rubricTexts = Inputs.japaneseTexts();
        report = Scoring.score(assessment, rubric);
        if (!AssessmentValidator.validate(assessment, rubric).problems().isEmpty() || !report.flags().isEmpty()) {
            throw new IllegalStateException("the benchmark assessment must be valid and without warnings");
        }
    }

    /**
     * (a) The baseline: Jackson reads the bytes into a tree, nothing else.
     *
     * @return the tree
     * @throws IOException never, for these bytes
     */
    @Benchmark
    public JsonNode a_jacksonReadTree() throws IOException {
        return PLAIN.readTree(assessmentJson);
    }

    /**
     * (b) Reading the assessment strictly, then validating it against the rubric.
     *
     * @return the validation result
     */
    @Benchmark
    public ValidationResult b_readAndValidate() {
        ParseResult<Assessment> read = AssessmentJson.parse(assessmentJson, Locale.ENGLISH);
        return AssessmentValidator.validate(read.orElseThrow(), rubric);
    }

    /**
     * (b1) Part of (b): reading the assessment strictly, without validation.
     *
     * @return the result of reading
     */
    @Benchmark
    public ParseResult<Assessment> b1_readOnly() {
        return AssessmentJson.parse(assessmentJson, Locale.ENGLISH);
    }

    /**
     * (b2) Like (b1), from an {@code InputStream} over the same bytes: one more copy of the bytes.
     *
     * @return the result of reading
     */
    @Benchmark
    public ParseResult<Assessment> b2_readFromStream() {
        return AssessmentJson.parse(new ByteArrayInputStream(assessmentJson), Locale.ENGLISH);
    }

    /**
     * (c1) Part of (b) and (c): validating an assessment already read.
     *
     * @return the validation result
     */
    @Benchmark
    public ValidationResult c1_validateOnly() {
        return AssessmentValidator.validate(assessment, rubric);
    }

    /**
     * (c) Scoring an assessment already read (this includes the validation {@code Scoring.score} does).
     *
     * @return the report
     */
    @Benchmark
    public ScoreReport c_score() {
        return Scoring.score(assessment, rubric);
    }

    /**
     * (d) The whole path: read, validate, score, and write the report as JSON (pretty-printed). The
     * validation is the one {@code Scoring.score} runs (it throws {@code InvalidAssessmentException}
     * with every error): an application need not validate a second time before scoring.
     *
     * @return the report's JSON
     */
    @Benchmark
    public String d_wholePath() {
        Assessment read = AssessmentJson.parse(assessmentJson, Locale.ENGLISH).orElseThrow();
        return ReportJson.write(Scoring.score(read, rubric));
    }

    /**
     * (d0) The whole path as an application that also validates on its own before scoring would write
     * it: read, {@code AssessmentValidator.validate}, then score (which validates again) and write.
     *
     * @return the report's JSON
     */
    @Benchmark
    public String d0_wholePathValidatingTwice() {
        Assessment read = AssessmentJson.parse(assessmentJson, Locale.ENGLISH).orElseThrow();
        ValidationResult check = AssessmentValidator.validate(read, rubric);
        if (!check.isValid()) {
            throw new IllegalStateException(check.toString());
        }
        return ReportJson.write(Scoring.score(read, rubric));
    }

    /**
     * (d1) Part of (d): writing the report of the assessment as JSON, pretty-printed.
     *
     * @return the report's JSON
     */
    @Benchmark
    public String d1_writeReport() {
        return ReportJson.write(report);
    }

    /**
     * (d2) Writing the same report on one line, as batch scoring does (to a string here).
     *
     * @return the report's JSON line
     */
    @Benchmark
    public String d2_writeReportLine() {
        return ReportJson.writeLine(report);
    }
}
