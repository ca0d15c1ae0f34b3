package org.psirtmaturity.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The baseline of the batch measurement: a plain Jackson loop that reads the same JSON Lines file line
 * by line with {@code readTree} and does nothing else. Two ways of splitting lines:
 * {@code string} (the default: {@link BufferedReader#readLine()}, then {@code readTree(String)}) and
 * {@code bytes} (lines split as bytes, then {@code readTree(byte[], int, int)}, as the batch scorer
 * splits them).
 *
 * <pre>{@code java -Xmx64m -cp target/benchmarks.jar org.psirtmaturity.benchmarks.JacksonLinesMain target/assessments.jsonl [string|bytes]}</pre>
 */
public final class JacksonLinesMain {

    private JacksonLinesMain() {
    }

    /**
     * Reads the file.
     *
     * @param args the input file, and optionally the way to split lines
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "target/assessments.jsonl");
        boolean bytes = args.length > 1 && args[1].equals("bytes");
        JsonMapper mapper = JsonMapper.builder().build();
        long size = Files.size(input);
        long start = System.nanoTime();
        long lines = 0;
        long fields = 0;
        if (bytes) {
            try (InputStream in = Files.newInputStream(input)) {
                byte[] buffer = new byte[64 * 1024];
                byte[] line = new byte[16 * 1024];
                int length = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    int from = 0;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            byte[] source = buffer;
                            int offset = from;
                            int count = i - from;
                            if (length > 0) {
                                line = append(line, length, buffer, from, count);
                                source = line;
                                offset = 0;
                                count += length;
                                length = 0;
                            }
                            if (count > 0) {
                                JsonNode tree = mapper.readTree(source, offset, count);
                                fields += tree.size();
                                lines++;
                            }
                            from = i + 1;
                        }
                    }
                    line = append(line, length, buffer, from, n - from);
                    length += n - from;
                }
            }
        } else {
            try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty()) {
                        JsonNode tree = mapper.readTree(line);
                        fields += tree.size();
                        lines++;
                    }
                }
            }
        }
        Measurements.report("Jackson readTree per line (" + (bytes ? "bytes" : "string") + ")", start, lines, size);
        System.out.printf("completed: %,d lines, %,d top-level properties%n", lines, fields);
    }

    private static byte[] append(byte[] line, int length, byte[] from, int offset, int count) {
        byte[] target = length + count > line.length ? Arrays.copyOf(line, Math.max(line.length * 2, length + count)) : line;
        System.arraycopy(from, offset, target, length, count);
        return target;
    }
}
