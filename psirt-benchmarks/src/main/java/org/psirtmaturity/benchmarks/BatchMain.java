package org.psirtmaturity.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.json.BatchOptions;
import org.psirtmaturity.json.BatchScorer;
import org.psirtmaturity.json.BatchSummary;

/**
 * Runs {@link BatchScorer#run} once over a JSON Lines file and prints the time it took, the summary and
 * the heap it needed. The reports go to a counting sink (or to a file, if one is named), so that the
 * figure is the library's, not the disk's.
 *
 * <pre>{@code java -Xmx64m -cp target/benchmarks.jar org.psirtmaturity.benchmarks.BatchMain target/assessments.jsonl [reports.jsonl]}</pre>
 */
public final class BatchMain {

    private BatchMain() {
    }

    /**
     * Scores the file.
     *
     * @param args the input file, and optionally a file for the output
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "target/assessments.jsonl");
        Rubric rubric = Inputs.japanese();
        long size = Files.size(input);
        Measurements.Discard discard = new Measurements.Discard();
        long start = System.nanoTime();
        BatchSummary summary;
        try (InputStream in = Files.newInputStream(input);
                OutputStream out = args.length > 1 ? Files.newOutputStream(Path.of(args[1])) : discard) {
            summary = BatchScorer.run(in, out, rubric, ScoringOptions.defaults(), BatchOptions.defaults());
        }
        Measurements.report("BatchScorer.run", start, summary.lines(), size);
        System.out.printf("completed: %s%s%n", summary, args.length > 1 ? "" : String.format(", %,d bytes of output", discard.bytes));
    }
}
