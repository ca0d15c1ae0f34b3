package org.psirtmaturity.cyclonedx;

/** Checks text written by users (quoting it is {@code Paths.quote} of the scoring module). Pure static functions. */
final class Texts {

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
}
