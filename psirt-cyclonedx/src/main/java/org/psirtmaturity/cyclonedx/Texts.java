package org.psirtmaturity.cyclonedx;

/** Checks and quotes text written by users. Pure static functions. */
final class Texts {

    /** How many code points of user text a message quotes before shortening it with an ellipsis. */
    static final int MAX_QUOTED = 40;

    private Texts() {
    }

    /**
     * Tells whether a string is well-formed UTF-16: every surrogate is part of a pair. Only such text
     * can be written as UTF-8 JSON.
     *
     * @param s the string
     * @return false if it holds an unpaired surrogate
     */
    static boolean isUnicode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes user text safe to quote in a message: at most {@value #MAX_QUOTED} code points (then
     * "…"), and every control, format (bidirectional overrides, zero-width characters), line or
     * paragraph separator and unpaired surrogate character shown as a {@code \u005CuXXXX} escape, so
     * that a message cannot break a log line or hide what it quotes.
     *
     * @param s the text
     * @return the text to quote
     */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
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
            i += Character.charCount(cp);
            count++;
        }
        return sb.toString();
    }
}
