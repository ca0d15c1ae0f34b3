package org.psirtmaturity.scoring.internal;

import org.psirtmaturity.model.FrameworkId;

/**
 * The paths problems use to say where they are. This class is internal: its package is not exported.
 *
 * <p>An answer is named by its framework id when the id is well formed ({@code answers[2.1]}), and
 * otherwise by its zero-based position in the list ({@code answers[0]}); a well-formed id always
 * holds a dot, so the two forms cannot be confused. Foundation answers are named by their key
 * ({@code foundations[triage]}).
 */
public final class Paths {

    private Paths() {
    }

    /**
     * Returns the path of an answer.
     *
     * @param framework the framework id as written, possibly malformed or null
     * @param index     the answer's zero-based position
     * @return e.g. {@code answers[2.1]} or {@code answers[3]}
     */
    public static String answer(String framework, int index) {
        return "answers[" + (FrameworkId.isWellFormed(framework) ? framework : String.valueOf(index)) + "]";
    }

    /**
     * Returns the path of the answer for a framework.
     *
     * @param framework the framework id
     * @return e.g. {@code answers[2.1]}
     */
    public static String answer(FrameworkId framework) {
        return "answers[" + framework + "]";
    }

    /**
     * Returns the path of a foundation answer.
     *
     * @param key the requirement key
     * @return e.g. {@code foundations[triage]}
     */
    public static String foundation(String key) {
        return "foundations[" + key + "]";
    }

    /** How many code points of user text a message or a path quotes before shortening it. */
    private static final int MAX_QUOTED = 40;

    /**
     * Makes user text safe to quote in a message or a path: at most 40 code points (then "…"), and
     * every control, format (bidirectional overrides, zero-width characters), line or paragraph
     * separator or unpaired surrogate character shown as {@code \u005CuXXXX}, so that a message cannot
     * break a log line or hide what it quotes.
     *
     * @param s the user's text
     * @return the text to quote
     */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (count == MAX_QUOTED) {
                return sb.append('\u2026').toString();
            }
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
            count++;
        }
        return sb.toString();
    }
}
