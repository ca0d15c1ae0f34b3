package org.psirtmaturity.report;

/** Escaping for HTML and XML (SVG) text and attribute values. */
final class Markup {

    /** The SVG namespace: the only URL a rendered page or chart contains. */
    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private Markup() {
    }

    /**
     * Escapes a text for HTML or XML content and for double- or single-quoted attribute values:
     * {@code & < > " '} become character references. Characters XML 1.0 does not allow (most C0
     * controls, unpaired surrogates, U+FFFE, U+FFFF) become U+FFFD, so the result is always
     * well-formed, in an SVG document as in an HTML page.
     *
     * @param text any text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int count = Character.charCount(cp);
            i += count;
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    boolean allowed = cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (!allowed || (count == 1 && Character.isSurrogate((char) cp))) {
                        sb.append('\uFFFD');
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.toString();
    }
}
