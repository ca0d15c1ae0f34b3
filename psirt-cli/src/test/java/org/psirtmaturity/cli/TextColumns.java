package org.psirtmaturity.cli;

/** Terminal display width for the tests' column checks, counting East Asian wide characters as two. */
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
}
