package org.psirtmaturity.cisoassistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;

/** The README's code sample is this test's code: a test checks that they are the same text. */
class ReadmeExampleTest {

    private static final Path README = Path.of("README.md");
    private static final Path SOURCE = Path.of("src/test/java/org/psirtmaturity/cisoassistant/ReadmeExampleTest.java");

    @Test
    void readmeSample_runsAndGivesWhatTheReadmeSays(@TempDir Path directory) throws IOException {
        // README:begin
        Rubrics rubrics = Rubrics.installed();
        Rubric japanese = rubrics.forLocale(Locale.JAPANESE);
        Rubric english = rubrics.forLocale(Locale.ENGLISH);

        // locale ja, with the English texts under "translations"
        Path file = directory.resolve("sisac-psirt-maturity-sheet-1.0.ja.yaml");
        try (OutputStream out = Files.newOutputStream(file)) {
            CisoAssistantLibrary.write(japanese, english, out);
        }
        String englishOnly = CisoAssistantLibrary.toYaml(english); // locale en, no translations
        // README:end

        Map<String, Object> ja = ImporterRules.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(ImporterRules.check(ja)).isEmpty();
        assertThat(ja).containsEntry("locale", "ja").containsKey("translations");
        Map<String, Object> en = ImporterRules.parse(englishOnly);
        assertThat(ImporterRules.check(en)).isEmpty();
        assertThat(en).containsEntry("locale", "en").doesNotContainKey("translations");
    }

    @Test
    void readmeSample_isTheCodeOfThisTest() throws IOException {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String code = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(), source.indexOf("        // README:end"));
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("the README has a Java sample").isTrue();
        assertThat(unindent(m.group(1))).isEqualTo(unindent(code));
    }

    @Test
    void readmeExample_ofANode_isWhatTheLibraryWrites() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("the README shows a node").isTrue();
        String yaml = CisoAssistantLibrary.toYaml(Rubrics.installed().forLocale(Locale.JAPANESE), Rubrics.installed().forLocale(Locale.ENGLISH));
        for (String line : m.group(1).split("\n")) {
            if (!line.isBlank() && !line.strip().equals("...")) {
                assertThat(yaml).as("the README's line %s", line).contains(line.stripTrailing() + "\n");
            }
        }
    }

    private static String unindent(String block) {
        List<String> lines = new ArrayList<>();
        for (String line : block.split("\n", -1)) {
            lines.add(line.strip());
        }
        return String.join("\n", lines).strip();
    }
}
