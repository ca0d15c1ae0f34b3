package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void width_countsWideCharactersTwoAndCombiningMarksZero() {
        assertThat(DisplayWidth.of("PSIRT 2.1")).isEqualTo(9);
        assertThat(DisplayWidth.of("脆弱性")).isEqualTo(6);
        assertThat(DisplayWidth.of("カタカナ ひらがな")).isEqualTo(17);
        assertThat(DisplayWidth.of("ＡＢ（）")).isEqualTo(8);           // fullwidth forms
        assertThat(DisplayWidth.of("ｱｲ")).isEqualTo(2);                // halfwidth katakana
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);            // e + combining acute
        assertThat(DisplayWidth.of("\uD83D\uDE00")).isEqualTo(2);       // emoji, outside the BMP
        assertThat(DisplayWidth.of("\uD840\uDC0B")).isEqualTo(2);       // CJK extension B
        assertThat(DisplayWidth.of("███░░…→")).isEqualTo(7);            // East Asian Ambiguous: 1, as wcwidth
        assertThat(DisplayWidth.of("、。「」")).isEqualTo(8);
    }

    @Test
    void clean_removesControlAndBidiCharacters() {
        assertThat(DisplayWidth.clean("a\tb\nc\u001B[31md\u202Ee")).isEqualTo("a b c [31mde");
        assertThat(DisplayWidth.clean("x\uD800y")).isEqualTo("x\uFFFDy");
    }

    @Test
    void truncate_cutsByDisplayWidthAndAddsAnEllipsis() {
        assertThat(DisplayWidth.truncate("Stakeholder", 20)).isEqualTo("Stakeholder");
        assertThat(DisplayWidth.truncate("Stakeholder", 6)).isEqualTo("Stake…");
        assertThat(DisplayWidth.truncate("脆弱性の発見", 7)).isEqualTo("脆弱性…");
        assertThat(DisplayWidth.of(DisplayWidth.truncate("脆弱性の発見", 6))).isLessThanOrEqualTo(6);
        assertThat(DisplayWidth.padRight("脆弱性", 8)).isEqualTo("脆弱性  ");
        assertThat(DisplayWidth.padLeft("2.5", 5)).isEqualTo("  2.5");
    }

    @Test
    void wrap_breaksEnglishAtSpaces() {
        assertThat(DisplayWidth.wrap("the quick brown fox jumps over the lazy dog", 16))
                .containsExactly("the quick brown", "fox jumps over", "the lazy dog");
    }

    @Test
    void wrap_breaksJapaneseAnywhereButNeverBeforeClosingPunctuation() {
        List<String> lines = DisplayWidth.wrap("脆弱性情報を受け付ける。窓口を公開している。", 12);
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(12));
        assertThat(String.join("", lines)).isEqualTo("脆弱性情報を受け付ける。窓口を公開している。");
        assertThat(lines).noneMatch(l -> l.startsWith("。") || l.startsWith("、"));
        assertThat(lines.get(0)).isEqualTo("脆弱性情報を");
        // the 7th character is 。: the line breaks one character earlier instead
        assertThat(DisplayWidth.wrap("脆弱性情報受。窓口", 12)).containsExactly("脆弱性情報", "受。窓口");
        assertThat(DisplayWidth.wrap("窓口（PSIRT）を公開", 10)).noneMatch(l -> l.endsWith("（"));
    }

    @Test
    void wrap_neverLeavesOneJapaneseCharacterAloneOnTheLastLine() {
        String counts = "採点 27、除外 0、未回答 0、対象外 1（全 28 フレームワーク）";
        assertThat(DisplayWidth.wrap(counts, 56)).containsExactly("採点 27、除外 0、未回答 0、対象外 1（全 28 フレーム", "ワーク）");
        for (int width = 12; width <= 60; width++) { // narrower, a line of two characters may leave no choice
            List<String> lines = DisplayWidth.wrap(counts, width);
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(counts.replace(" ", ""));
            assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(60));
            if (lines.size() > 1) {
                assertThat(lines.get(lines.size() - 1).replaceAll("[）。、]", "").codePointCount(0, lines.get(lines.size() - 1)
                        .replaceAll("[）。、]", "").length())).as("last line at %d: %s", width, lines).isGreaterThan(1);
            }
        }
    }

    @Test
    void wrap_keepsLineBreaksAndCutsOverlongWords() {
        assertThat(DisplayWidth.wrap("a\n\nb", 10)).containsExactly("a", "", "b");
        assertThat(DisplayWidth.wrap("0123456789abcdef", 10)).containsExactly("0123456789", "abcdef");
        assertThat(DisplayWidth.wrap("ab 漢字漢字漢字", 5)).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(5));
    }
}
