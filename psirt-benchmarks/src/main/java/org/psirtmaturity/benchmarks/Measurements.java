package org.psirtmaturity.benchmarks;

import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the throughput harnesses print: time, rates, heap and GC, and the machine's load. */
final class Measurements {

    private Measurements() {
    }

    /** An output that counts and drops what it is given. */
    static final class Discard extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static void report(String what, long startNanos, long lines, long inputBytes) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        // CPU time of the thread that did the work, and of the whole process (GC and compiler threads too):
        // on a shared machine, unlike wall time, it does not count the time spent waiting for a core.
        double threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        double processCpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        System.out.printf("%s: %,d lines in %.2f s = %,.0f lines/s, %.1f MB/s of input; main thread CPU %.2f s = %,.0f lines per CPU second,"
                        + " process CPU %.2f s; max heap %d MiB, peak heap (sum of pools) %d MiB; GC %d collections, %.2f s; load %s%n",
                what, lines, seconds, lines / seconds, inputBytes / seconds / 1e6, threadCpu, lines / threadCpu, processCpu,
                Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20, gcCount, gcMillis / 1e3, loadAverage());
    }
}
