package org.psirtmaturity.spreadsheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.psirtmaturity.model.RubricLevel;

/**
 * What a value in an answer cell or a yes/no cell means. The drop-downs' values are accepted in both
 * languages, whatever the workbook's, regardless of white space (none, or more, between the words) and,
 * for English, of letter case; so are the levels as numbers (3, and 3.0 as a spreadsheet program may
 * store it) and as text ({@code "3"}, {@code "3.0"}). Anything else is not read: a full-width
 * {@code ３}, a level beyond 5, a word such as {@code three}. For those, {@link #suggest} offers the value
 * meant where the text's compatibility form (NFKC) is one.
 */
final class Choices {

    /** What an answer cell holds. */
    sealed interface Answer {
    }

    /** A level, 0 to 5. */
    record Level(int level) implements Answer {
    }

    /** The exclusion ("clearly outside our business"). */
    record Excluded() implements Answer {
    }

    /** The explicit "no answer". */
    record NoAnswer() implements Answer {
    }

    /** The template's mark on a framework the rubric leaves out of scope. */
    record OutOfScope() implements Answer {
    }

    /** The drop-downs' values of both languages, as compared ({@link #key}), and what they mean. */
    private static final Map<String, Answer> ANSWERS;
    private static final Map<String, Boolean> YES_NO;

    static {
        Map<String, Answer> answers = new HashMap<>();
        Map<String, Boolean> yesNo = new HashMap<>();
        for (Words w : Words.values()) {
            for (int l = RubricLevel.MIN; l <= RubricLevel.MAX; l++) {
                answers.put(key(w.level(l)), new Level(l));
            }
            answers.put(key(w.excluded()), new Excluded());
            answers.put(key(w.unanswered()), new NoAnswer());
            answers.put(key(w.outOfScope()), new OutOfScope());
            yesNo.put(key(w.yes()), Boolean.TRUE);
            yesNo.put(key(w.no()), Boolean.FALSE);
        }
        ANSWERS = Map.copyOf(answers);
        YES_NO = Map.copyOf(yesNo);
    }

    private Choices() {
    }

    /**
     * The form words are compared in (drop-down values, headers, labels): without white space (the
     * ideographic space included), in lower case (by code point, independent of any locale).
     */
    static String key(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }

    /** An answer cell's meaning; empty if the value is none of the accepted ones (a blank cell included). */
    static Optional<Answer> answer(Value value) {
        if (value instanceof Value.Number n) {
            return level(n.number());
        }
        if (value instanceof Value.Text t) {
            return answer(t.text());
        }
        return Optional.empty();
    }

    private static Optional<Answer> answer(String text) {
        String k = key(text);
        Answer a = ANSWERS.get(k);
        if (a != null) {
            return Optional.of(a);
        }
        if (k.matches("[0-5](\\.0+)?")) {
            return Optional.of(new Level(k.charAt(0) - '0'));
        }
        return Optional.empty();
    }

    private static Optional<Answer> level(BigDecimal n) {
        if (n.compareTo(BigDecimal.valueOf(RubricLevel.MIN)) < 0 || n.compareTo(BigDecimal.valueOf(RubricLevel.MAX)) > 0
                || n.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Level(n.intValueExact()));
    }

    /** A yes/no cell's meaning: true, false, or "no answer" (empty inner); empty outer if not accepted. */
    static Optional<Optional<Boolean>> yesNo(Value value) {
        if (value instanceof Value.Bool b) {
            return Optional.of(Optional.of(b.value()));
        }
        if (value instanceof Value.Text t) {
            String k = key(t.text());
            Boolean yes = YES_NO.get(k);
            if (yes != null) {
                return Optional.of(Optional.of(yes));
            }
            if (ANSWERS.get(k) instanceof NoAnswer) {
                return Optional.of(Optional.empty());
            }
        }
        return Optional.empty();
    }

    /**
     * The drop-down value a refused answer was probably meant to be: the value its compatibility form
     * (NFKC, which turns {@code ３} into {@code 3}) is read as, shown in the workbook's words.
     */
    static Optional<String> suggest(String text, Words words) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (compatible.equals(text)) {
            return Optional.empty();
        }
        return answer(compatible).map(a -> show(a, words));
    }

    /** A yes/no value refused, meant as one of the drop-down's: in the workbook's words. */
    static Optional<String> suggestYesNo(String text, Words words) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (compatible.equals(text)) {
            return Optional.empty();
        }
        Boolean yes = YES_NO.get(key(compatible));
        return yes == null ? Optional.empty() : Optional.of(yes ? words.yes() : words.no());
    }

    private static String show(Answer a, Words words) {
        if (a instanceof Level l) {
            return words.level(l.level());
        }
        if (a instanceof Excluded) {
            return words.excluded();
        }
        if (a instanceof NoAnswer) {
            return words.unanswered();
        }
        return words.outOfScope();
    }
}
