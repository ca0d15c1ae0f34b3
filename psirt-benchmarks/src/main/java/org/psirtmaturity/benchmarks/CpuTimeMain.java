package org.psirtmaturity.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.json.JsonMapper;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.json.AssessmentJson;
import org.psirtmaturity.scoring.json.ReportJson;

/**
 * The target ratios of {@link ScoringBenchmark}, measured in the thread's CPU time rather than wall
 * time, for a machine shared with other work: on two busy cores, JMH's wall-clock figures include the
 * time this thread waits for a core, which changes from one benchmark to the next. Here the operations
 * run round-robin, in blocks of {@code ops} calls, and each block's CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}) is taken; the figure per operation is the median and
 * the minimum over the blocks after warm-up. Same input bytes and operations as the JMH benchmarks.
 *
 * <pre>{@code java -Xms512m -Xmx512m -cp target/benchmarks.jar org.psirtmaturity.benchmarks.CpuTimeMain [rounds] [ops]}</pre>
 */
public final class CpuTimeMain {

    private CpuTimeMain() {
    }

    /**
     * Measures.
     *
     * @param args the number of measured rounds (default 60) and calls per block (default 2,000)
     * @throws Exception if an operation fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int ops = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Rubric rubric = Inputs.japanese();
        byte[] json = Inputs.completeJson(rubric);
        Assessment assessment = AssessmentJson.parse(json, Locale.ENGLISH).orElseThrow();
        ScoreReport report = Scoring.score(assessment, rubric);
        JsonMapper plain = JsonMapper.builder().build();

        Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
        operations.put("a_jacksonReadTree", () -> {
            try {
                return plain.readTree(json);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        operations.put("b1_readOnly", () -> AssessmentJson.parse(json, Locale.ENGLISH));
        operations.put("c1_validateOnly", () -> AssessmentValidator.validate(assessment, rubric));
        operations.put("c_score", () -> Scoring.score(assessment, rubric));
        operations.put("d1_writeReport", () -> ReportJson.write(report));
        operations.put("d2_writeReportLine", () -> ReportJson.writeLine(report));
        operations.put("d_wholePath", () -> ReportJson.write(Scoring.score(AssessmentJson.parse(json, Locale.ENGLISH).orElseThrow(), rubric)));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> perOp = new LinkedHashMap<>();
        operations.keySet().forEach(k -> perOp.put(k, new ArrayList<>()));
        int warmup = Math.max(10, rounds / 4);
        Object sink = null;
        for (int round = 0; round < warmup + rounds; round++) {
            for (Map.Entry<String, Supplier<Object>> op : operations.entrySet()) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < ops; i++) {
                    sink = op.getValue().get();
                }
                long cpu = threads.getCurrentThreadCpuTime() - start;
                if (round >= warmup) {
                    perOp.get(op.getKey()).add(cpu / 1_000.0 / ops);
                }
            }
        }
        double baseline = median(perOp.get("a_jacksonReadTree"));
        System.out.printf("%-22s %12s %12s %10s%n", "operation", "median µs", "min µs", "× (a)");
        for (Map.Entry<String, List<Double>> e : perOp.entrySet()) {
            double median = median(e.getValue());
            System.out.printf(Locale.ROOT, "%-22s %12.2f %12.2f %10.2f%n", e.getKey(), median,
                    e.getValue().stream().mapToDouble(Double::doubleValue).min().orElseThrow(), median / baseline);
        }
        System.out.println("(" + rounds + " rounds of " + ops + " calls each after " + warmup + " warm-up rounds; " + (sink != null) + ")");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
