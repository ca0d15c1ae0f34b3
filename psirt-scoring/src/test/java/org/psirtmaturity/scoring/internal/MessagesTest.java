package org.psirtmaturity.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.AssessmentValidator;

/**
 * The choice of language is deterministic and never the JVM's default; a problem carries the
 * arguments its message shows; a missing bundle or key is a packaging error.
 */
class MessagesTest {

    private static final Messages MESSAGES = new Messages(AssessmentValidator.class::getResourceAsStream);

    @Test
    void japanese_isChosenForEveryJapaneseLocale() {
        for (Locale ja : new Locale[] {Locale.JAPANESE, Locale.JAPAN, Locale.forLanguageTag("ja-JP-u-ca-japanese")}) {
            assertThat(Messages.isJapanese(ja)).isTrue();
            assertThat(MESSAGES.format(ja, "answer.missing", List.of("2.1"))).startsWith("フレームワーク 2.1 は");
        }
    }

    @Test
    void english_isChosenForEnglishRootAndLanguagesWithoutABundle() {
        for (Locale other : new Locale[] {Locale.ENGLISH, Locale.US, Locale.ROOT, Locale.FRENCH, Locale.forLanguageTag("zz")}) {
            assertThat(Messages.isJapanese(other)).isFalse();
            assertThat(MESSAGES.format(other, "answer.missing", List.of("2.1"))).startsWith("framework 2.1 is neither scored nor excluded");
        }
    }

    @Test
    void theJvmsDefaultLocale_isNeverUsed() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertThat(MESSAGES.format(Locale.ENGLISH, "answer.level.range", List.of("7"))).startsWith("level 7");
            Locale.setDefault(Locale.US);
            assertThat(MESSAGES.format(Locale.JAPANESE, "answer.level.range", List.of("7"))).startsWith("レベル 7");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void manyLanguages_stillGiveTheRightMessages() {
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b += 5) {
                Locale locale = Locale.forLanguageTag("" + a + b);
                assertThat(MESSAGES.format(locale, "answer.level.range", List.of("7"))).isEqualTo(("" + a + b).equals("ja")
                        ? "レベル 7 は 0〜5 の範囲外です。0 から 5 の整数が必要です"
                        : "level 7 is outside 0 to 5; expected an integer from 0 to 5");
            }
        }
    }

    @Test
    void argumentsAreShownAsGiven_numbersAreNotFormattedAsNumbers() {
        // The arguments are text already: 12345 is not grouped as "12,345", in either language.
        assertThat(MESSAGES.format(Locale.ENGLISH, "answer.level.range", List.of("12345"))).startsWith("level 12345 is outside");
        assertThat(MESSAGES.format(Locale.JAPANESE, "answer.level.range", List.of("12345"))).startsWith("レベル 12345 は");
    }

    @Test
    void problem_carriesPathCodeArgumentsAndTheMessageShowingThem() {
        Problem p = MESSAGES.problem(Locale.ENGLISH, "answers[4.4].level", "answer.level.undefined", "answer.level.undefined", "1", "4.4",
                "4, 5");
        assertThat(p.path()).isEqualTo("answers[4.4].level");
        assertThat(p.code()).isEqualTo("answer.level.undefined");
        assertThat(p.arguments()).containsExactly("1", "4.4", "4, 5");
        assertThat(p.message()).isEqualTo("level 1 of framework 4.4 has no description in the rubric; expected one of the defined levels 4, 5");
        Problem ja = MESSAGES.problem(Locale.JAPANESE, "answers[4.4].level", "answer.level.undefined", "answer.level.undefined", "1", "4.4",
                "4, 5");
        assertThat(ja.arguments()).isEqualTo(p.arguments());
        assertThat(ja.message()).isEqualTo("フレームワーク 4.4 のレベル 1 はルーブリックに記述がありません。定義されたレベル 4, 5 のいずれかが必要です");
    }

    @Test
    void aPackageWithoutMessages_isAPackagingError() {
        assertThatThrownBy(() -> new Messages(MessagesTest.class::getResourceAsStream)).isInstanceOf(IllegalStateException.class)
                .hasMessage("messages.properties is missing");
        assertThatThrownBy(() -> MESSAGES.format(Locale.JAPANESE, "no.such.key", List.of())).isInstanceOf(MissingResourceException.class);
    }
}
