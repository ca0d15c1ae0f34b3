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
import org.psirtmaturity.scoring.ValidationOptions;
import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ReportJson;

/**
 * The target ratios of {@link ScoringBenchmark}, measured round-robin, for a machine shared with
 * other work: JMH runs one benchmark after another, minutes apart, and on this machine the speed of
 * the same code drifts by 15 to 40 % over minutes, so a ratio of two JMH figures mixes that drift into
 * it. Here the operations run in turn, in blocks of {@code ops} calls, and each block's CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}, which leaves out the time the thread waits for a
 * core) and wall time are taken. Per operation: the median and minimum CPU time per call, the median
 * wall time, and the ratios to the baseline taken within each round (see {@link #ratio}). CPU time
 * leaves out the work of the garbage collector's own threads, wall time includes it. Same input bytes
 * and operations as the JMH benchmarks.
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
        operations.put("b2_readAndValidate", () -> AssessmentJson.parse(json, rubric, Locale.ENGLISH, ValidationOptions.DEFAULT));
        operations.put("c1_validateOnly", () -> AssessmentValidator.validate(assessment, rubric));
        operations.put("c_score", () -> Scoring.score(assessment, rubric));
        operations.put("d1_writeReport", () -> ReportJson.write(report));
        operations.put("d2_writeReportLine", () -> ReportJson.writeLine(report));
        operations.put("d_wholePath", () -> ReportJson.write(Scoring.score(
                AssessmentJson.parse(json, rubric, Locale.ENGLISH, ValidationOptions.DEFAULT).orElseThrow(), rubric)));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> cpuPerOp = new LinkedHashMap<>();
        Map<String, List<Double>> wallPerOp = new LinkedHashMap<>();
        operations.keySet().forEach(k -> {
            cpuPerOp.put(k, new ArrayList<>());
            wallPerOp.put(k, new ArrayList<>());
        });
        int warmup = Math.max(10, rounds / 4);
        Object sink = null;
        for (int round = 0; round < warmup + rounds; round++) {
            for (Map.Entry<String, Supplier<Object>> op : operations.entrySet()) {
                long wallStart = System.nanoTime();
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < ops; i++) {
                    sink = op.getValue().get();
                }
                long cpu = threads.getCurrentThreadCpuTime() - start;
                long wall = System.nanoTime() - wallStart;
                if (round >= warmup) {
                    cpuPerOp.get(op.getKey()).add(cpu / 1_000.0 / ops);
                    wallPerOp.get(op.getKey()).add(wall / 1_000.0 / ops);
                }
            }
        }
        List<Double> cpuBase = cpuPerOp.get("a_jacksonReadTree");
        List<Double> wallBase = wallPerOp.get("a_jacksonReadTree");
        System.out.printf("%-24s %9s %9s %9s   %-19s %-19s%n", "operation", "CPU µs", "min µs", "wall µs",
                "× (a), CPU", "× (a), wall");
        for (String op : operations.keySet()) {
            List<Double> cpu = cpuPerOp.get(op);
            List<Double> wall = wallPerOp.get(op);
            System.out.printf(Locale.ROOT, "%-24s %9.2f %9.2f %9.2f   %-19s %-19s%n", op, median(cpu),
                    cpu.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), median(wall),
                    ratio(cpu, cpuBase), ratio(wall, wallBase));
        }
        System.out.println("(" + rounds + " rounds of " + ops + " calls each after " + warmup + " warm-up rounds; ratios are the"
                + " median over rounds of each round's ratio, with the 10th to 90th percentile; " + (sink != null) + ")");
    }

    /**
     * The ratio of an operation to the baseline, taken within each round (the two ran seconds apart, so a
     * machine that slows down or speeds up between rounds changes both alike): the median over rounds and,
     * in brackets, the 10th and 90th percentiles.
     */
    private static String ratio(List<Double> op, List<Double> baseline) {
        List<Double> ratios = new ArrayList<>(op.size());
        for (int i = 0; i < op.size(); i++) {
            ratios.add(op.get(i) / baseline.get(i));
        }
        ratios.sort(null);
        int n = ratios.size();
        return String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", median(ratios), ratios.get(n / 10), ratios.get(n - 1 - n / 10));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
