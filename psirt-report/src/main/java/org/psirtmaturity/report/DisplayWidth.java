package org.psirtmaturity.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Terminal display widths: how many columns a string occupies in a monospaced terminal, and
 * truncation, padding and wrapping by that measure.
 *
 * <p>East Asian Wide and Fullwidth characters (kanji, kana, Hangul, fullwidth forms, most emoji)
 * count 2 columns; combining marks, format characters and variation selectors count 0; everything
 * else counts 1, including East Asian <i>Ambiguous</i> characters such as {@code █ ░ … →}, as
 * {@code wcwidth} does. Control characters are never measured: {@link #clean} replaces them first.
 */
final class DisplayWidth {

    /** The ellipsis that marks a truncated text. */
    static final String ELLIPSIS = "…";

    /** Characters a line should not start with (Japanese line-breaking rules, kinsoku, and ASCII closers). */
    private static final String NO_LINE_START = "、。，．,.:;!?)]}）］｝」』】〕〉》’”・ー…‥々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ！？：；";
    /** Characters a line should not end with. */
    private static final String NO_LINE_END = "([{（［｛「『【〔〈《‘“";

    private DisplayWidth() {
    }

    /**
     * Returns the display width of a code point.
     *
     * @param cp the code point
     * @return 0, 1 or 2
     */
    static int of(int cp) {
        if (cp == 0) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        if (cp >= 0x1160 && cp <= 0x11FF) { // Hangul medial vowels and final consonants combine
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || cp == 0x2329 || cp == 0x232A
                || (cp >= 0x231A && cp <= 0x231B)
                || (cp >= 0x23E9 && cp <= 0x23EC) || cp == 0x23F0 || cp == 0x23F3
                || (cp >= 0x25FD && cp <= 0x25FE)
                || (cp >= 0x2614 && cp <= 0x2615)
                || (cp >= 0x2648 && cp <= 0x2653)
                || cp == 0x267F || cp == 0x2693 || cp == 0x26A1 || (cp >= 0x26AA && cp <= 0x26AB)
                || (cp >= 0x26BD && cp <= 0x26BE) || (cp >= 0x26C4 && cp <= 0x26C5) || cp == 0x26CE || cp == 0x26D4
                || cp == 0x26EA || (cp >= 0x26F2 && cp <= 0x26F3) || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD
                || cp == 0x2705 || (cp >= 0x270A && cp <= 0x270B) || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757 || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27B0
                || cp == 0x27BF || (cp >= 0x2B1B && cp <= 0x2B1C) || cp == 0x2B50 || cp == 0x2B55
                || (cp >= 0x2E80 && cp <= 0x303E)       // CJK radicals, Kangxi, ideographic description, CJK symbols
                || (cp >= 0x3041 && cp <= 0x33FF)       // kana, Bopomofo, Hangul compatibility jamo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)       // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)       // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)       // Yi
                || (cp >= 0xA960 && cp <= 0xA97F)       // Hangul jamo extended A
                || (cp >= 0xAC00 && cp <= 0xD7A3)       // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)       // CJK compatibility ideographs
                || (cp >= 0xFE10 && cp <= 0xFE19)       // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE6F)       // CJK compatibility forms, small form variants
                || (cp >= 0xFF00 && cp <= 0xFF60)       // fullwidth forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x16FE0 && cp <= 0x18AFF)     // Tangut and friends
                || (cp >= 0x1B000 && cp <= 0x1B2FF)     // kana supplement and extensions
                || cp == 0x1F004 || cp == 0x1F0CF || cp == 0x1F18E || (cp >= 0x1F191 && cp <= 0x1F19A)
                || (cp >= 0x1F200 && cp <= 0x1F251)     // enclosed ideographic supplement
                || (cp >= 0x1F300 && cp <= 0x1F64F)     // pictographs, emoticons
                || (cp >= 0x1F680 && cp <= 0x1F6FF)     // transport and map symbols
                || (cp >= 0x1F7E0 && cp <= 0x1F7EB)
                || (cp >= 0x1F90C && cp <= 0x1F9FF)     // supplemental symbols and pictographs
                || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x2FFFD)     // CJK extensions B to F
                || (cp >= 0x30000 && cp <= 0x3FFFD);    // CJK extension G and beyond
    }

    /**
     * Returns the display width of a string.
     *
     * @param s the string, already {@link #clean cleaned}
     * @return the number of terminal columns
     */
    static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * Makes a text safe for a terminal: control characters (line breaks included) become spaces,
     * bidirectional embedding, override and isolate controls are removed (they could make a line
     * display differently from how it reads), and unpaired surrogates become U+FFFD.
     *
     * @param s any text
     * @return the text on one line, without control characters
     */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                sb.append(' ');
            } else if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                    || cp == 0x061C) {
                continue;
            } else if (Character.isSurrogate((char) cp) && Character.charCount(cp) == 1) {
                sb.append('\uFFFD');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /**
     * Truncates a text to a display width, ending it with {@value #ELLIPSIS} when something was cut.
     *
     * @param s     the text, cleaned
     * @param width the maximum width, 1 or more
     * @return the text, or its longest prefix that fits followed by an ellipsis
     */
    static String truncate(String s, int width) {
        if (of(s) <= width) {
            return s;
        }
        int budget = width - of(ELLIPSIS);
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > budget) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return stripTrailing(sb.toString()) + ELLIPSIS;
    }

    /**
     * Pads a text with spaces on the right to a display width (truncating it first if it is wider).
     *
     * @param s     the text, cleaned
     * @param width the width
     * @return a text exactly {@code width} columns wide
     */
    static String padRight(String s, int width) {
        String t = truncate(s, width);
        return t + " ".repeat(Math.max(0, width - of(t)));
    }

    /**
     * Pads a text with spaces on the left to a display width (truncating it first if it is wider).
     *
     * @param s     the text, cleaned
     * @param width the width
     * @return a text exactly {@code width} columns wide
     */
    static String padLeft(String s, int width) {
        String t = truncate(s, width);
        return " ".repeat(Math.max(0, width - of(t))) + t;
    }

    /**
     * Wraps a text into lines of at most {@code width} columns. Line breaks in the text start new
     * lines (an empty line stays empty); other control characters become spaces. Lines break at
     * spaces, or between two characters one of which is wide (Japanese has no spaces), never before
     * a closing bracket or Japanese punctuation nor after an opening bracket when another break is
     * possible; a word longer than a line is cut.
     *
     * @param text  the text
     * @param width the maximum width, 2 or more (a wide character needs 2)
     * @return the lines, at least one; none wider than {@code width}, none with trailing spaces
     */
    static List<String> wrap(String text, int width) {
        if (width < 2) {
            throw new IllegalArgumentException("cannot wrap to fewer than 2 columns, got " + width);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : lines(text)) {
            wrapParagraph(clean(paragraph), width, lines);
        }
        return lines;
    }

    /**
     * Splits a text at its line breaks (a CR LF pair, or any one of LF, CR, U+2028 and U+2029),
     * keeping empty lines, as {@code String.split} with that pattern and a negative limit does, but
     * without compiling the pattern on every call (a report wraps every paragraph it prints).
     *
     * @param text any text
     * @return the lines without their breaks, at least one
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static void wrapParagraph(String p, int width, List<String> lines) {
        String stripped = stripTrailing(p);
        int[] cps = new int[stripped.codePointCount(0, stripped.length())];
        for (int i = 0, n = 0; i < stripped.length(); n++) {
            cps[n] = stripped.codePointAt(i);
            i += Character.charCount(cps[n]);
        }
        int start = 0;
        if (cps.length == 0) {
            lines.add("");
            return;
        }
        while (start < cps.length) {
            // the longest run from start that fits
            int w = 0;
            int end = start;
            while (end < cps.length && w + of(cps[end]) <= width) {
                w += of(cps[end]);
                end++;
            }
            if (end == start) { // cannot happen with width >= 2, kept as a guard against a zero-progress loop
                end = start + 1;
            }
            int cut = end;
            if (end < cps.length) {
                int best = -1;
                for (int b = end; b > start; b--) {
                    if (canBreakBefore(cps, b)) {
                        best = b;
                        break;
                    }
                }
                if (best > start) {
                    cut = best;
                }
                // a last line of one character (a Japanese word's last kana, perhaps with closing punctuation)
                // takes the character before it along, where the line can break one step earlier
                if (charactersFrom(cps, cut) == 1) {
                    for (int b = cut - 1; b > start + 1; b--) {
                        if (canBreakBefore(cps, b)) {
                            cut = b;
                            break;
                        }
                    }
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < cut; i++) {
                sb.appendCodePoint(cps[i]);
            }
            lines.add(stripTrailing(sb.toString()));
            start = cut;
            while (start < cps.length && cps[start] == ' ') {
                start++;
            }
        }
    }

    /** The characters from {@code from} to the end, not counting spaces and punctuation that cannot start a line. */
    private static int charactersFrom(int[] cps, int from) {
        int n = 0;
        for (int i = from; i < cps.length; i++) {
            if (cps[i] != ' ' && NO_LINE_START.indexOf(cps[i]) < 0) {
                n++;
            }
        }
        return n;
    }

    /** Whether a line may break between {@code cps[i - 1]} and {@code cps[i]}. */
    private static boolean canBreakBefore(int[] cps, int i) {
        int before = cps[i - 1];
        int after = cps[i];
        if (after == ' ') {
            return true;
        }
        if (before == ' ') {
            return NO_LINE_START.indexOf(after) < 0;
        }
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        return of(before) == 2 || of(after) == 2;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
