package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.scoring.Level1Assessment;

/** The bundles: the Japanese ones match the English ones, and the workbook's words are safe to write. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String s) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(s);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "texts"})
    void japaneseBundle_hasTheEnglishKeysAndPlaceholders_andNoSingleQuote(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties ja = load(bundle + "_ja.properties");

        assertThat(ja.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(ja.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            assertThat(en.getProperty(key)).as(key).doesNotContain("'");
            assertThat(ja.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    @Test
    void everyYesNoRequirement_hasAName_inBothLanguages() {
        for (String key : Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1())) {
            for (Words w : Words.values()) {
                assertThat(w.text("requirement." + key)).isNotBlank().doesNotStartWith("requirement.");
            }
        }
    }

    @Test
    void dropDownWords_holdNoCharacterTheWorkbookWouldHaveToEscape() {
        for (Words w : Words.values()) {
            Set<String> all = new TreeSet<>(w.answerChoices());
            all.addAll(w.yesNoChoices());
            all.add(w.text("dropdown.title"));
            all.add(w.text("dropdown.error"));
            assertThat(all).allSatisfy(s -> assertThat(s).doesNotContain(",", "\"", "&", "<", ">"));
            assertThat(String.join(",", w.answerChoices())).hasSizeLessThan(255); // Excel's limit for an inline list
        }
    }

    @Test
    void japaneseWords_differFromTheEnglish_soThatAWorkbookShowsItsLanguage() {
        assertThat(Words.JAPANESE.answerChoices()).doesNotContainAnyElementsOf(Words.ENGLISH.answerChoices());
        assertThat(Words.JAPANESE.startSheet()).isNotEqualTo(Words.ENGLISH.startSheet());
        assertThat(Words.of(java.util.Locale.forLanguageTag("ja-JP"))).isEqualTo(Words.JAPANESE);
        assertThat(Words.of(java.util.Locale.GERMAN)).isEqualTo(Words.ENGLISH);
    }
}
