package org.psirtmaturity.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.ValidationResult;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.json.ReportJson;

/**
 * What {@code psirt score <assessment.json>} does, once, in a fresh JVM: read the assessment, validate
 * it, load the Japanese rubric, score, and print the report as JSON. Stands in for the CLI in the
 * cold-start measurement. With {@code -Dphases=true} it prints the time of each phase to standard error.
 *
 * <pre>{@code java -cp target/benchmarks.jar org.psirtmaturity.benchmarks.ColdStartMain ../psirt-scoring/examples/assessment-example.json}</pre>
 */
public final class ColdStartMain {

    private ColdStartMain() {
    }

    /**
     * Scores one file.
     *
     * @param args the assessment file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        boolean phases = Boolean.getBoolean("phases");
        long t0 = System.nanoTime();
        ParseResult<Assessment> read;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            read = AssessmentJson.parse(in, java.util.Locale.ENGLISH);
        }
        long t1 = System.nanoTime();
        Rubric rubric = Rubrics.installed().forLocale(Locale.JAPANESE);
        long t2 = System.nanoTime();
        Assessment assessment = read.orElseThrow();
        ValidationResult check = AssessmentValidator.validate(assessment, rubric);
        long t3 = System.nanoTime();
        String report = check.isValid() ? ReportJson.write(Scoring.score(assessment, rubric)) : check.toString();
        long t4 = System.nanoTime();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(report);
        out.flush();
        if (phases) {
            System.err.printf("read %.1f ms, rubric %.1f ms, validate %.1f ms, score+write %.1f ms%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
        }
    }
}
