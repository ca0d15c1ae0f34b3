package org.psirtmaturity.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The baseline of the cold-start measurement: a fresh JVM that only reads the same JSON file with
 * Jackson ({@code readTree}) and prints its number of top-level properties.
 *
 * <pre>{@code java -cp target/benchmarks.jar org.psirtmaturity.benchmarks.ColdReadMain ../psirt-scoring/examples/assessment-example.json}</pre>
 */
public final class ColdReadMain {

    private ColdReadMain() {
    }

    /**
     * Reads one file.
     *
     * @param args the JSON file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        JsonNode tree = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
        System.out.println(tree.size());
    }
}
