package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;

class TextColumnsTest {

    @Test
    void width_countsWideCharactersAsTwo() {
        assertThat(TextColumns.width("abc")).isEqualTo(3);
        assertThat(TextColumns.width("脆弱性")).isEqualTo(6);
        assertThat(TextColumns.width("PSIRT と")).isEqualTo(8);
        assertThat(TextColumns.width("２．１")).isEqualTo(6);
    }

    @Test
    void wrap_keepsLatinWordsWhole() {
        StringBuilder sb = new StringBuilder();
        TextColumns.wrap(sb, "alpha beta gamma delta", "  ", 11);
        assertThat(sb.toString()).isEqualTo("alpha beta\n  gamma\n  delta\n");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abcdefXYZ0123 .,-[]脆弱性情報の受付、。ＰＳＩＲＴ\n").ofMaxLength(300);
    }

    @Property
    void wrap_neverExceedsTheWidthAndKeepsEveryCharacter(@ForAll("texts") String text,
            @ForAll @IntRange(min = 20, max = 120) int width) {
        StringBuilder sb = new StringBuilder();
        TextColumns.wrap(sb, text, "    ", width);
        assertThat(sb.toString().lines()).allSatisfy(l -> assertThat(TextColumns.width(l)).isLessThanOrEqualTo(width));
        assertThat(sb.toString().replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
    }
}
