package org.psirtmaturity.report;

import java.util.List;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;

/** The rubric itself as plain text for a terminal: areas, frameworks, objectives, levels, notes. */
final class RubricText {

    /** Indent of an item under its framework, and of the item's continuation lines. */
    private static final String ITEM = "  ";
    private static final String INDENT = "    ";

    private RubricText() {
    }

    static String render(Rubric rubric, RenderOptions options) {
        Labels labels = Labels.of(rubric.locale());
        int width = options.width();
        StringBuilder sb = new StringBuilder();
        wrap(sb, rubric.title(), "", "", width);
        wrap(sb, rubric.id() + " " + rubric.edition() + " (" + rubric.locale().toLanguageTag() + ")", "", "", width);
        for (ServiceArea area : rubric.areas()) {
            sb.append('\n');
            wrap(sb, "== " + area.number() + " " + area.title(), "", "", width);
            for (Framework f : area.frameworks()) {
                sb.append('\n');
                wrap(sb, f.id() + " " + f.title() + (f.outOfScope() ? " " + labels.get("rubric.outOfScope") : ""), "", "", width);
                wrap(sb, labels.get("rubric.objective") + " " + f.objective(), ITEM, INDENT, width);
                for (RubricLevel l : f.levels()) {
                    wrap(sb, labels.format("rubric.level", l.level()) + " "
                            + l.description().orElse(labels.get("rubric.undefined")), ITEM, INDENT, width);
                }
                for (String note : f.notes()) {
                    wrap(sb, "* " + note, ITEM, INDENT, width);
                }
            }
        }
        return sb.toString();
    }

    /**
     * Appends {@code text} wrapped to {@code width}: the first line starts with {@code first}, the
     * others with {@code rest}; every line fits {@code width}.
     */
    private static void wrap(StringBuilder sb, String text, String first, String rest, int width) {
        List<String> lines = DisplayWidth.wrap(text, width - Math.max(DisplayWidth.of(first), DisplayWidth.of(rest)));
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
        }
    }
}
