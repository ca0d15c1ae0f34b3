package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

/**
 * {@link DisplayWidth#lines} splits as the regular expression it replaced does:
 * {@code text.split("\r\n|[\n\r\u2028\u2029]", -1)}.
 */
class DisplayWidthLinesProperties {

    private static List<String> bySplit(String text) {
        return Arrays.asList(text.split("\r\n|[\n\r\u2028\u2029]", -1));
    }

    /** Texts rich in line breaks of every kind, next to each other and at both ends. */
    @Provide
    Arbitrary<String> textsWithBreaks() {
        return Arbitraries.of("\n", "\r", "\r\n", "\n\r", "\u2028", "\u2029", "a", "脆弱性", " ", "\u0085", "\u000b", "😀")
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void splitsAsTheRegularExpression(@ForAll("textsWithBreaks") String text) {
        assertThat(DisplayWidth.lines(text)).isEqualTo(bySplit(text));
    }

    @Property(tries = 500)
    void anyText_splitsAsTheRegularExpression(@ForAll String text) {
        assertThat(DisplayWidth.lines(text)).isEqualTo(bySplit(text));
    }

    @Test
    void edges() {
        assertThat(DisplayWidth.lines("")).containsExactly("");
        assertThat(DisplayWidth.lines("\r\n")).containsExactly("", "");
        assertThat(DisplayWidth.lines("a\r\r\nb\n")).containsExactly("a", "", "b", "");
    }
}
