package org.psirtmaturity.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.scoring.AssessmentValidator;

/** The choice of language is deterministic and never the JVM's default; a missing bundle is a packaging error. */
class MessagesTest {

    @Test
    void japanese_isChosenForEveryJapaneseLocale() {
        for (Locale ja : new Locale[] {Locale.JAPANESE, Locale.JAPAN, Locale.forLanguageTag("ja-JP-u-ca-japanese")}) {
            Messages m = Messages.of(AssessmentValidator.class, ja);
            assertThat(m.locale()).isEqualTo(Locale.JAPANESE);
            assertThat(m.format("answer.missing", "2.1")).startsWith("フレームワーク 2.1 は");
        }
    }

    @Test
    void english_isChosenForEnglishRootAndLanguagesWithoutABundle() {
        for (Locale other : new Locale[] {Locale.ENGLISH, Locale.US, Locale.ROOT, Locale.FRENCH, Locale.forLanguageTag("zz")}) {
            Messages m = Messages.of(AssessmentValidator.class, other);
            assertThat(m.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(m.format("answer.missing", "2.1")).startsWith("framework 2.1 is neither scored nor excluded");
        }
    }

    @Test
    void manyLanguages_stillGiveTheRightMessages() {
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b += 5) {
                Messages m = Messages.of(AssessmentValidator.class, Locale.forLanguageTag("" + a + b));
                assertThat(m.format("answer.level.range", "7")).isEqualTo(("" + a + b).equals("ja")
                        ? "レベル 7 は 0〜5 の範囲外です。0 から 5 の整数が必要です"
                        : "level 7 is outside 0 to 5; expected an integer from 0 to 5");
            }
        }
        assertThat(Messages.of(AssessmentValidator.class, Locale.JAPANESE).format("answer.level.range", "7")).startsWith("レベル 7");
    }

    @Test
    void aPackageWithoutMessages_isAPackagingError() {
        assertThatThrownBy(() -> Messages.of(MessagesTest.class, Locale.ENGLISH)).isInstanceOf(IllegalStateException.class)
                .hasMessage("messages.properties is missing beside " + MessagesTest.class.getName());
    }
}
