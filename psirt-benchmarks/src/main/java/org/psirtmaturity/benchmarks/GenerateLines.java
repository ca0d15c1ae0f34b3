package org.psirtmaturity.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import com.fasterxml.jackson.databind.json.JsonMapper;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.json.AssessmentJson;

/**
 * Writes the input of the batch measurement: JSON Lines of complete, valid assessments of the Japanese
 * rubric ({@link Inputs#complete(Rubric, java.util.Random, long)}: every framework in scope scored,
 * with notes in Japanese and evidence), each different (organisation, date, levels, foundations drawn
 * from a seeded random source, so the file is the same on every run).
 *
 * <pre>{@code java -cp target/benchmarks.jar org.psirtmaturity.benchmarks.GenerateLines [file] [count] [units]}</pre>
 * Defaults: {@code target/assessments.jsonl}, 1,000,000 lines, each of its own organisation; with {@code units},
 * the lines' organisations cycle through that many (for the portfolio roll-up, {@link PortfolioMain}).
 */
public final class GenerateLines {

    private GenerateLines() {
    }

    /**
     * Writes the file.
     *
     * @param args the file, the number of lines and the number of organisations, all optional
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/assessments.jsonl");
        long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        long units = args.length > 2 ? Long.parseLong(args[2]) : count;
        Rubric rubric = Inputs.japanese();
        JsonMapper compact = JsonMapper.builder().build();
        Random random = new Random(20261122L);
        long bytes = 0;
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long i = 1; i <= count; i++) {
                String assessment = AssessmentJson.write(Inputs.complete(rubric, random, 1 + (i - 1) % units));
                byte[] line = compact.writeValueAsBytes(compact.readTree(assessment));
                out.write(line);
                out.write('\n');
                bytes += line.length + 1;
            }
        }
        System.out.printf("wrote %,d lines, %,d bytes (%.1f per line) to %s%n", count, bytes, (double) bytes / count, file);
    }
}
