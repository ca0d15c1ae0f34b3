package org.psirtmaturity.cli;

/** Wrapping of text to a number of terminal columns, counting East Asian wide characters as two. */
final class TextColumns {

    private TextColumns() {
    }

    /** Display width of one code point: 2 for East Asian wide and full-width characters, else 1. */
    static int width(int cp) {
        if (cp == '\t') {
            return 4;
        }
        if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD)
                || cp == 0x2500) {
            return 2;
        }
        return 1;
    }

    static int width(String s) {
        return s.codePoints().map(TextColumns::width).sum();
    }

    /**
     * Appends {@code text} wrapped to {@code columns}, continuation lines indented by {@code indent};
     * paragraphs (newlines in the text) start new lines with the same indent. Latin words are not
     * split unless longer than a line; Japanese text breaks between any two characters.
     */
    static void wrap(StringBuilder sb, String text, String indent, int columns) {
        boolean first = true;
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder(first ? "" : indent);
            int used = width(line.toString());
            int i = 0;
            while (i < paragraph.length()) {
                int cp = paragraph.codePointAt(i);
                int end = i + Character.charCount(cp);
                if (cp < 0x80 && Character.isLetterOrDigit(cp)) {
                    while (end < paragraph.length() && paragraph.charAt(end) < 0x80 && !Character.isWhitespace(paragraph.charAt(end))) {
                        end++;
                    }
                }
                String token = paragraph.substring(i, end);
                int w = width(token);
                if (used + w > columns && used > width(indent)) {
                    sb.append(stripTrailing(line)).append('\n');
                    line = new StringBuilder(indent);
                    used = width(indent);
                    if (token.isBlank()) {
                        i = end;
                        continue;
                    }
                }
                if (used + w > columns) {
                    // a single token longer than a line: break it by characters
                    for (int j = 0; j < token.length();) {
                        int c = token.codePointAt(j);
                        if (used + width(c) > columns) {
                            sb.append(line).append('\n');
                            line = new StringBuilder(indent);
                            used = width(indent);
                        }
                        line.appendCodePoint(c);
                        used += width(c);
                        j += Character.charCount(c);
                    }
                } else {
                    line.append(token);
                    used += w;
                }
                i = end;
            }
            sb.append(stripTrailing(line)).append('\n');
            first = false;
        }
    }

    private static String stripTrailing(StringBuilder line) {
        return line.toString().stripTrailing();
    }
}
