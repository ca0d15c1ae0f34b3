package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.cli.CliTest.Run;

/** With --format json, invalid input prints its problems as JSON on standard output, for tools. */
class JsonProblemsTest {

    static final String BAD = "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"sisac-psirt-maturity-sheet\",\"edition\":\"1.0\"},"
            + "\"answers\":[{\"framework\":\"9.9\",\"level\":3},{\"framework\":\"2.1\",\"level\":7},{\"framework\":\"4.4\",\"level\":0}]}";

    /** The problems of the document, each as a map of its scalar fields and its arguments joined by "|". */
    static Map.Entry<Boolean, List<Map<String, String>>> problems(String json) throws IOException {
        List<Map<String, String>> problems = new ArrayList<>();
        boolean valid = false;
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("valid")) {
                    valid = p.getBooleanValue();
                } else {
                    assertThat(name).isEqualTo("problems");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> problem = new java.util.LinkedHashMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String field = p.currentName();
                            if (p.nextToken() == JsonToken.START_ARRAY) {
                                List<String> args = new ArrayList<>();
                                while (p.nextToken() != JsonToken.END_ARRAY) {
                                    args.add(p.getText());
                                }
                                problem.put(field, String.join("|", args));
                            } else {
                                problem.put(field, p.getText());
                            }
                        }
                        problems.add(problem);
                    }
                }
            }
            assertThat(p.nextToken()).isNull();
        }
        return Map.entry(valid, problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "validate"})
    void invalidInput_printsItsProblemsAsJsonOnStandardOutput(String command) throws IOException {
        Run r = CliTest.runWithInput(BAD, command, "-", "--format", "json", "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).endsWith("}\n").hasLineCount(1);
        var parsed = problems(r.out());
        assertThat(parsed.getKey()).isFalse();
        assertThat(parsed.getValue()).extracting(p -> p.get("code")).contains("answer.framework.unknown", "answer.level.range",
                "answer.level.undefined");
        Map<String, String> range = parsed.getValue().stream().filter(p -> p.get("code").equals("answer.level.range")).findFirst().orElseThrow();
        assertThat(range).containsEntry("file", "-").containsEntry("path", "answers[2.1].level").containsEntry("severity", "error")
                .containsKeys("arguments", "message");
        assertThat(range.get("arguments")).contains("7");
        assertThat(parsed.getValue()).filteredOn(p -> p.get("code").equals("answer.level.undefined"))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("severity", "warning"));
    }

    @Test
    void validate_printsJsonForAValidDocumentToo() throws IOException {
        Run r = CliTest.run("validate", CliTest.EXAMPLES + "young-psirt.json", "--format", "json", "--lang", "ja");
        assertThat(r.exit()).isZero();
        var parsed = problems(r.out());
        assertThat(parsed.getKey()).isTrue();
        assertThat(parsed.getValue()).hasSize(2).allSatisfy(p -> {
            assertThat(p).containsEntry("severity", "warning").containsEntry("code", "answer.level.undefined");
            assertThat(p.get("message")).contains("ルーブリック");
        });
    }

    @Test
    void compare_printsTheProblemsOfBothFiles() throws IOException {
        Run r = CliTest.runWithInput(BAD, "compare", "-", CliTest.EXAMPLES + "acme-2026-04.json", "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        var parsed = problems(r.out());
        assertThat(parsed.getValue()).extracting(p -> p.get("file")).containsOnly("-");
        Run text = CliTest.runWithInput(BAD, "compare", CliTest.EXAMPLES + "acme-2026-04.json", "-");
        assertThat(text.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).contains("<stdin>: error: answers[9.9].framework: ");
    }
}
