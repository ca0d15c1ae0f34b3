package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psirtmaturity.cli.CliTest.Run;

/** Without --lang, the language follows LC_ALL, LC_MESSAGES and LANG, then the JVM's locale. */
class LanguageTest {

    /** An environment from "NAME=value" pairs; "-" for none. */
    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (String p : pairs) {
            if (!p.equals("-")) {
                env.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
            }
        }
        return env;
    }

    @ParameterizedTest(name = "{0} {1} {2}, JVM {3} -> {4}")
    @CsvSource({
        "LANG=ja_JP.UTF-8, -, -, en, ja",
        "LANG=ja_JP.eucJP, -, -, en, ja",
        "LANG=ja, -, -, en, ja",
        "LANG=C, -, -, ja, en",
        "LANG=POSIX, -, -, ja, en",
        "LANG=en_US.UTF-8, -, -, ja, en",
        "LANG=de_DE.UTF-8, -, -, ja, en",
        "LANG=ja_JP.UTF-8, LC_MESSAGES=C, -, ja, en",
        "LANG=C, LC_MESSAGES=ja_JP.UTF-8, -, en, ja",
        "LANG=C, LC_MESSAGES=C, LC_ALL=ja_JP.UTF-8, en, ja",
        "LANG=ja_JP.UTF-8, LC_MESSAGES=ja_JP.UTF-8, LC_ALL=C, ja, en",
        "LANG=, LC_MESSAGES=, LC_ALL=, ja, ja",
        "LANG=ja_JP.UTF-8, LC_ALL=, -, en, ja",
        "-, -, -, ja, ja",
        "-, -, -, en, en",
        "-, -, -, fr, en",
    })
    void ofSystem_readsTheVariablesInPosixOrder(String a, String b, String c, String jvm, Language expected) {
        assertThat(Language.ofSystem(env(a, b, c), Locale.forLanguageTag(jvm))).isEqualTo(expected);
    }

    @Test
    void everyCommand_speaksTheEnvironmentsLanguage_evenWhereTheJavaLocaleIsEnglish() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US); // as on a machine without the Japanese locale installed
            Map<String, String> japanese = Map.of("LANG", "ja_JP.UTF-8");
            Run validate = CliTest.runIn(japanese, "", "validate", CliTest.EXAMPLES + "young-psirt.json");
            assertThat(validate.out()).contains(": 警告: answers[4.4].level: ", "問題はありません（警告 2 件）");
            Run score = CliTest.runIn(japanese, "", "score", CliTest.EXAMPLES + "within-band.json");
            assertThat(score.out()).contains("全体平均", "目標範囲内");
            Run missing = CliTest.runIn(japanese, "", "score", "no-such-file.json");
            assertThat(missing.err()).isEqualTo("psirt: no-such-file.json を読み込めません：ファイルが存在しません\n");
            Run help = CliTest.runIn(japanese, "", "--help");
            assertThat(help.out()).startsWith("使い方: psirt").contains("終了コード:");

            Run english = CliTest.runIn(Map.of("LANG", "ja_JP.UTF-8", "LC_ALL", "C"), "", "validate", CliTest.EXAMPLES + "young-psirt.json");
            assertThat(english.out()).contains("valid (2 warnings)");
            // --lang decides over the environment
            Run asked = CliTest.runIn(japanese, "", "validate", CliTest.EXAMPLES + "young-psirt.json", "--lang", "en");
            assertThat(asked.out()).contains("valid (2 warnings)");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void languageOfArguments_isTheFirstValidLangBeforeTheEndOfOptions() {
        assertThat(PsirtCli.languageOfArguments(new String[] {"score", "x", "--lang", "ja"})).contains(Language.ja);
        assertThat(PsirtCli.languageOfArguments(new String[] {"score", "--lang=EN"})).contains(Language.en);
        assertThat(PsirtCli.languageOfArguments(new String[] {"score", "--lang", "fr"})).isEmpty();
        assertThat(PsirtCli.languageOfArguments(new String[] {"score", "--", "--lang", "ja"})).isEmpty();
        assertThat(PsirtCli.languageOfArguments(new String[] {"score", "--lang"})).isEmpty();
    }
}
