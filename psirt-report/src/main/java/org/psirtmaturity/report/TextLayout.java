package org.psirtmaturity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A terminal page being laid out: every line it emits fits in {@code width} display columns
 * ({@link DisplayWidth}), and every text put on it is cleaned of control characters first. Lines end
 * with {@code \n} and carry no trailing spaces.
 */
final class TextLayout {

    private static final int GAP = 2;

    private final int width;
    private final boolean uppercaseHeadings;
    private final StringBuilder out = new StringBuilder();

    TextLayout(int width, Locale language) {
        this.width = width;
        this.uppercaseHeadings = !"ja".equals(language.getLanguage());
    }

    int width() {
        return width;
    }

    /** Emits one line; as a last guard, a line that would be too wide is truncated. */
    void line(String s) {
        String t = DisplayWidth.clean(s);
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(DisplayWidth.truncate(t.substring(0, end), width)).append('\n');
    }

    void blank() {
        int n = out.length();
        if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
            out.append('\n');
        }
    }

    /** A title: wrapped, underlined with {@code =}. */
    void title(String title) {
        List<String> lines = DisplayWidth.wrap(DisplayWidth.clean(title), width);
        int w = 0;
        for (String l : lines) {
            line(l);
            w = Math.max(w, DisplayWidth.of(l));
        }
        line("=".repeat(Math.max(1, w)));
    }

    /** A section heading after a blank line, underlined with {@code -}; upper case in English. */
    void heading(String heading) {
        blank();
        String h = uppercaseHeadings ? heading.toUpperCase(Locale.ROOT) : heading;
        List<String> lines = DisplayWidth.wrap(DisplayWidth.clean(h), width);
        int w = 0;
        for (String l : lines) {
            line(l);
            w = Math.max(w, DisplayWidth.of(l));
        }
        line("-".repeat(Math.max(1, w)));
    }

    /**
     * A paragraph wrapped to the width: the first line starts with {@code firstPrefix} (e.g. an
     * indent and a bullet), the following lines with {@code hanging} spaces. Line breaks in the text
     * are kept; a line of the text that starts with a bullet ({@code •}, {@code ・}, {@code ※},
     * {@code -}) continues under the bullet's text.
     */
    void paragraph(String text, String firstPrefix, int hanging) {
        int available = Math.max(10, width - Math.max(DisplayWidth.of(firstPrefix), hanging));
        boolean first = true;
        for (String source : DisplayWidth.lines(text)) {
            String clean = DisplayWidth.clean(source);
            int bullet = bulletWidth(clean);
            List<String> lines = DisplayWidth.wrap(clean, available);
            if (bullet > 0 && lines.size() > 1 && available - bullet >= 10) {
                List<String> rest = DisplayWidth.wrap(clean.substring(lines.get(0).length()).strip(), available - bullet);
                lines = new ArrayList<>();
                lines.add(DisplayWidth.wrap(clean, available).get(0));
                for (String r : rest) {
                    lines.add(" ".repeat(bullet) + r);
                }
            }
            for (String l : lines) {
                line((first ? firstPrefix : " ".repeat(hanging)) + l);
                first = false;
            }
        }
    }

    /** The width of a leading bullet and the spaces after it, or 0. */
    private static int bulletWidth(String line) {
        for (String b : List.of("• ", "・", "※", "- ", "* ")) {
            if (line.startsWith(b)) {
                int end = b.length();
                while (end < line.length() && line.charAt(end) == ' ') {
                    end++;
                }
                return DisplayWidth.of(line.substring(0, end));
            }
        }
        return 0;
    }

    /** Label/value rows: labels in a column, values wrapped beside them. */
    void keyValues(List<String[]> rows, int indent) {
        int labelWidth = 0;
        for (String[] r : rows) {
            labelWidth = Math.max(labelWidth, DisplayWidth.of(DisplayWidth.clean(r[0])));
        }
        labelWidth = Math.min(labelWidth, (width - indent) / 2);
        int valueWidth = width - indent - labelWidth - GAP;
        for (String[] r : rows) {
            String value = DisplayWidth.clean(r[1]);
            int valueColumns = DisplayWidth.of(value);
            if (value.indexOf(' ') < 0 && valueColumns > valueWidth && valueColumns <= width - indent - GAP) {
                // one long token such as a digest: on its own line rather than cut in two
                line(" ".repeat(indent) + DisplayWidth.clean(r[0]));
                line(" ".repeat(indent + GAP) + value);
                continue;
            }
            List<String> values = DisplayWidth.wrap(value, valueWidth);
            for (int i = 0; i < values.size(); i++) {
                String label = i == 0 ? DisplayWidth.padRight(DisplayWidth.clean(r[0]), labelWidth) : " ".repeat(labelWidth);
                line(" ".repeat(indent) + label + " ".repeat(GAP) + values.get(i));
            }
        }
    }

    /** A column of a table. */
    record Column(String header, boolean right, boolean flex, int max) {
        static Column left(String header) {
            return new Column(header, false, false, Integer.MAX_VALUE);
        }

        static Column right(String header) {
            return new Column(header, true, false, Integer.MAX_VALUE);
        }

        static Column flex(String header) {
            return new Column(header, false, true, Integer.MAX_VALUE);
        }

        static Column capped(String header, int max) {
            return new Column(header, false, false, max);
        }
    }

    /**
     * A row of a table: either cells, or a text spanning the columns from {@code spanFrom} on
     * (a group heading, a continuation line), wrapped there.
     */
    record Row(List<String> cells, String span, int spanFrom) {
        static Row of(String... cells) {
            return new Row(List.of(cells), null, 0);
        }

        static Row span(String text, int from) {
            return new Row(List.of(), text, from);
        }

        boolean isSpan() {
            return span != null;
        }
    }

    /**
     * A table: a header row, a rule, then the rows, columns separated by two spaces. Columns take
     * their natural width (capped by {@link Column#max()}); when the table is too wide, the flexible
     * column shrinks and its cells are truncated with an ellipsis.
     */
    void table(int indent, List<Column> columns, List<Row> rows) {
        int n = columns.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = DisplayWidth.of(DisplayWidth.clean(columns.get(i).header()));
        }
        for (Row r : rows) {
            if (!r.isSpan()) {
                for (int i = 0; i < n; i++) {
                    widths[i] = Math.max(widths[i], DisplayWidth.of(DisplayWidth.clean(r.cells().get(i))));
                }
            }
        }
        int total = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = Math.max(1, Math.min(widths[i], columns.get(i).max()));
            total += widths[i];
        }
        total += GAP * (n - 1);
        int available = width - indent;
        for (int i = 0; i < n && total > available; i++) {
            if (columns.get(i).flex()) {
                int shrink = Math.min(total - available, widths[i] - 6);
                if (shrink > 0) {
                    widths[i] -= shrink;
                    total -= shrink;
                }
            }
        }
        String pad = " ".repeat(indent);
        List<String> header = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            header.add(cell(columns.get(i).header(), widths[i], columns.get(i).right()));
            rule.add("-".repeat(widths[i]));
        }
        line(pad + String.join(" ".repeat(GAP), header));
        line(pad + String.join(" ".repeat(GAP), rule));
        for (Row r : rows) {
            if (r.isSpan()) {
                int offset = 0;
                for (int i = 0; i < r.spanFrom(); i++) {
                    offset += widths[i] + GAP;
                }
                paragraph(r.span(), pad + " ".repeat(offset), indent + offset);
            } else {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    cells.add(cell(r.cells().get(i), widths[i], columns.get(i).right()));
                }
                line(pad + String.join(" ".repeat(GAP), cells));
            }
        }
    }

    /** Whether a cell's text would be truncated in a column of the given cap. */
    static boolean overflows(String text, int max) {
        return DisplayWidth.of(DisplayWidth.clean(text)) > max;
    }

    private static String cell(String text, int width, boolean right) {
        String t = DisplayWidth.clean(text);
        return right ? DisplayWidth.padLeft(t, width) : DisplayWidth.padRight(t, width);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
