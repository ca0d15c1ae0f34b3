package org.psirtmaturity.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.json.PortfolioJson;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Portfolio;
import org.psirtmaturity.scoring.PortfolioBuilder;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;

/**
 * Streams a JSON Lines file of assessments through read → validate → score → {@link PortfolioBuilder#add}, one
 * line at a time, then builds the portfolio and writes its JSON to a counting sink; prints the time, the
 * throughput, the heap and the load, as {@link BatchMain} does for batch scoring of the same lines.
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar org.psirtmaturity.benchmarks.GenerateLines target/portfolio.jsonl 100000 1000
 * java -Xmx256m -cp target/benchmarks.jar org.psirtmaturity.benchmarks.PortfolioMain target/portfolio.jsonl
 * java -Xmx256m -cp target/benchmarks.jar org.psirtmaturity.benchmarks.BatchMain target/portfolio.jsonl
 * }</pre>
 */
public final class PortfolioMain {

    private PortfolioMain() {
    }

    /**
     * Rolls the file up.
     *
     * @param args the input file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "target/portfolio.jsonl");
        Rubric rubric = Inputs.japanese();
        ScoringOptions options = ScoringOptions.defaults();
        Locale locale = options.messagesLocale();
        long size = Files.size(input);
        long start = System.nanoTime();
        PortfolioBuilder builder = Portfolio.builder(rubric);
        long lines = 0;
        long failed = 0;
        try (InputStream in = Files.newInputStream(input)) {
            byte[] buffer = new byte[1 << 16];
            ByteArrayOutputStream line = new ByteArrayOutputStream(16 * 1024);
            for (int n = in.read(buffer); ; n = in.read(buffer)) {
                int from = 0;
                for (int i = 0; i < Math.max(n, 0); i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, from, i - from);
                        from = i + 1;
                        if (line.size() > 0) {
                            lines++;
                            ParseResult<Assessment> read = AssessmentJson.parse(line.toByteArray(), rubric, locale, options.validationOptions());
                            if (read.isValid()) {
                                builder.add(Scoring.score(read.orElseThrow(), rubric, options));
                            } else {
                                failed++;
                            }
                        }
                        line.reset();
                    }
                }
                if (n < 0) {
                    break;
                }
                line.write(buffer, from, n - from);
            }
        }
        Portfolio portfolio = builder.build();
        Measurements.Discard discard = new Measurements.Discard();
        PortfolioJson.write(portfolio, discard);
        Measurements.report("portfolio (read, score, add; build; write JSON)", start, lines, size);
        System.out.printf("completed: %,d lines, %,d failed, %,d units, overall %s (%s), %,d roadmap items, %,d bytes of JSON%n", lines, failed,
                portfolio.units().size(), portfolio.overall().average().map(Object::toString).orElse("-"), portfolio.overall().band(),
                portfolio.roadmap().size(), discard.bytes);
        System.out.println(Arrays.toString(portfolio.frameworks().get(0).levels().toArray()) + " units per level of "
                + portfolio.frameworks().get(0).framework());
        // What stays: the builder (per unit its snapshot and trend points) and the portfolio built from it.
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("live heap after a full GC, builder and portfolio held: %.1f MiB%n", live / 1048576.0);
        Reference.reachabilityFence(builder);
        Reference.reachabilityFence(portfolio);
    }
}
