package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The command's message bundles: the same keys and placeholders in both languages, read as UTF-8. */
class MessagesTest {

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d\\}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void bundles_haveTheSameKeysAndPlaceholders() {
        ResourceBundle en = Texts.read("messages.properties");
        ResourceBundle ja = Texts.read("messages_ja.properties");
        assertThat(Collections.list(ja.getKeys())).containsExactlyInAnyOrderElementsOf(Collections.list(en.getKeys()));
        for (String key : Collections.list(en.getKeys())) {
            assertThat(placeholders(ja.getString(key))).as(key).isEqualTo(placeholders(en.getString(key)));
        }
    }

    @Test
    void japanese_isReadAsUtf8_andNeverFromTheJvmLocale() {
        assertThat(Texts.of(Language.ja).get("prefix.error")).isEqualTo("エラー");
        assertThat(Texts.of(Language.en).get("prefix.error")).isEqualTo("error");
        assertThat(Texts.read("help_ja.properties").getString("usage.synopsisHeading")).isEqualTo("使い方: ");
    }
}
