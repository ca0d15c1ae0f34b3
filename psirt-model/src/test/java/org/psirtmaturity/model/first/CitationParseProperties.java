package org.psirtmaturity.model.first;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Citation#parse} reads its shape without regular expressions; these properties compare it
 * with the expressions it replaced, on strings made of the characters that matter.
 */
class CitationParseProperties {

    private static final FrameworkNumbering DRAFT = FrameworkNumbering.V1_0_DRAFT;

    /** The parser as it was, with its two regular expressions. */
    private static final class Reference {
        private static final Pattern SHAPE = Pattern.compile("([0-9.]+)(?:-([0-9.]+))?");
        private static final Pattern RANGE_END = Pattern.compile("[1-9][0-9]{0,2}");

        static Citation parse(String text, FrameworkNumbering numbering) {
            Matcher m = SHAPE.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("malformed citation [" + text
                        + "]; expected a FIRST id such as [2.1.1.1] or a range such as [3.1.1-3.1.2] or [3.3.1-5]");
            }
            try {
                FirstId first = FirstId.parse(m.group(1), numbering);
                if (m.group(2) == null) {
                    return new Citation(text, first, first);
                }
                String end = m.group(2);
                FirstId last;
                if (end.indexOf('.') < 0) {
                    if (first.depth() < 2) {
                        throw new IllegalArgumentException("malformed citation [" + text
                                + "]; an abbreviated range end needs a start with at least two components, e.g. [3.3.1-5]");
                    }
                    if (!RANGE_END.matcher(end).matches()) {
                        throw new IllegalArgumentException("malformed citation [" + text + "]; range end \"" + end
                                + "\" is not a positive integer");
                    }
                    last = first.withLast(Integer.parseInt(end));
                } else {
                    last = FirstId.parse(end, numbering);
                }
                return new Citation(text, first, last);
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().contains("[" + text + "]")) {
                    throw e;
                }
                throw new IllegalArgumentException("malformed citation [" + text + "]: " + e.getMessage(), e);
            }
        }
    }

    private static String outcome(Supplier<Citation> parse) {
        try {
            Citation c = parse.get();
            return c.text() + " = " + c.first() + " .. " + c.last();
        } catch (IllegalArgumentException e) {
            return "rejected: " + e.getMessage();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("0123456789.-").withChars('a', ' ', '０').ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> likelyCitations() {
        Arbitrary<String> id = Arbitraries.integers().between(0, 1200).list().ofMinSize(1).ofMaxSize(5)
                .map(parts -> String.join(".", parts.stream().map(String::valueOf).toList()));
        Arbitrary<String> end = Arbitraries.oneOf(id, Arbitraries.integers().between(0, 1200).map(String::valueOf),
                Arbitraries.strings().numeric().ofMaxLength(5));
        return Arbitraries.oneOf(id, id.flatMap(a -> end.map(b -> a + "-" + b)));
    }

    @Property(tries = 10_000)
    void parse_isTheRegularExpressionsParse(@ForAll("texts") String text) {
        assertThat(outcome(() -> Citation.parse(text, DRAFT))).isEqualTo(outcome(() -> Reference.parse(text, DRAFT)));
    }

    @Property(tries = 10_000)
    void parse_isTheRegularExpressionsParseOnLikelyCitations(@ForAll("likelyCitations") String text) {
        assertThat(outcome(() -> Citation.parse(text, DRAFT))).isEqualTo(outcome(() -> Reference.parse(text, DRAFT)));
    }

    @Example
    void parse_readsEveryDigit() {
        assertThat(Citation.parse("3.10.9-3.10.19", DRAFT).expand()).hasSize(11);
        assertThat(Citation.parse("1.1-100", DRAFT).last()).isEqualTo(FirstId.parse("1.100", DRAFT));
        assertThat(Citation.parse("9.9.9.9", DRAFT).first()).isEqualTo(FirstId.parse("9.9.9.9", DRAFT));
    }

    @Example
    void parse_readsEveryShapeAndRejectsTheRest() {
        for (String text : new String[] {"2.1.1.1", "3.1.1-3.1.2", "3.3.1-5", "3.1.1-3.1.1.1", "3.3.1-05", "3.3.1-1000", "3.3.1-0",
            "3.3.1-100", "3.3.1-999", "3.10.9-3.10.19", "9.9.9.9", "1.1-90",
            "-", "1-", "-1", "1--2", "1-2-3", "", ".", "1.1-.", "2.1-2.2-", "1.1-a", "a"}) {
            assertThat(outcome(() -> Citation.parse(text, DRAFT))).as(text).isEqualTo(outcome(() -> Reference.parse(text, DRAFT)));
        }
    }
}
