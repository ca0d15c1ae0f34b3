package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The message bundles of the JSON formats: the same keys in both languages, valid patterns, the same arguments used. */
class JsonMessagesTest {

    private static Properties load(String file) throws IOException {
        try (InputStream in = AssessmentJson.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    /** The argument numbers a pattern uses, e.g. [0, 1] for "{0} … {1} … {0}". */
    private static List<Integer> arguments(String pattern) {
        List<Integer> used = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(pattern);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (!used.contains(n)) {
                used.add(n);
            }
        }
        used.sort(null);
        return used;
    }

    @Test
    void bundles_haveTheSameKeysInEnglishAndJapanese_validPatterns_andTheSameArguments() throws IOException {
        Properties en = load("messages.properties");
        Properties ja = load("messages_ja.properties");
        assertThat(ja.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            String japanese = ja.getProperty(key);
            for (String pattern : List.of(english, japanese)) {
                assertThat(pattern).as(key).doesNotContain("${").doesNotContain("'").isNotBlank();
                new MessageFormat(pattern);
            }
            assertThat(arguments(japanese)).as(key).isEqualTo(arguments(english));
        }
    }

    @Test
    void everyCodeOfTheSyntaxMessages_hasAMessage() throws IOException {
        Properties en = load("messages.properties");
        assertThat(en.stringPropertyNames()).contains("json.syntax", "json.syntax.end", "json.syntax.comment", "json.syntax.single-quote",
                "json.syntax.trailing-comma", "json.syntax.missing-comma", "json.syntax.missing-colon", "json.syntax.unquoted",
                "json.syntax.control-character", "json.syntax.number", "json.syntax.escape", "json.duplicate-key", "json.type",
                "json.empty", "json.trailing-content", BatchScorer.LINE_TOO_LONG);
    }
}
