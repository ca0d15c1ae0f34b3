package org.psirtmaturity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.psirtmaturity.scoring.AreaDelta;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.AverageDelta;
import org.psirtmaturity.scoring.BandedAverage;
import org.psirtmaturity.scoring.Fraction;
import org.psirtmaturity.scoring.FrameworkDelta;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.ScoreReport;

/**
 * The JSON form of a comparison, {@value #FORMAT}: the scoring module has a stable JSON format for
 * reports but none for comparisons, so this module writes one, in the same conventions as
 * {@code ReportJson}: exact averages as {@code numerator}/{@code denominator} with a rounded
 * {@code value}, enum names as strings, absent values left out, two-space indentation, {@code \n}
 * line ends, properties in a fixed order. Written by hand (this module depends on nothing but the
 * scoring module), so it is deterministic and needs no mapper.
 */
final class ComparisonJson {

    /** The value of the {@code "format"} property. */
    static final String FORMAT = "psirt-report-comparison/1";

    private ComparisonJson() {
    }

    static String write(ReportComparison c, ScoreReport older, ScoreReport newer) {
        Obj root = new Obj();
        root.put("format", str(FORMAT));
        root.put("older", report(older));
        root.put("newer", report(newer));
        root.put("overall", delta(c.overall()));
        List<String> areas = new ArrayList<>();
        for (AreaDelta a : c.areas()) {
            Obj o = new Obj();
            o.put("area", Integer.toString(a.area()));
            a.older().ifPresent(x -> o.put("older", average(x)));
            a.newer().ifPresent(x -> o.put("newer", average(x)));
            a.delta().flatMap(AverageDelta::change).ifPresent(ch -> o.put("change", fraction(ch)));
            a.delta().ifPresent(d -> o.put("bandChanged", Boolean.toString(d.bandChanged())));
            areas.add(o.toString());
        }
        root.put("areas", array(areas));
        List<String> frameworks = new ArrayList<>();
        for (FrameworkDelta d : c.frameworks()) {
            Obj o = new Obj();
            o.put("framework", str(d.framework().toString()));
            d.older().ifPresent(x -> o.put("older", framework(x)));
            d.newer().ifPresent(x -> o.put("newer", framework(x)));
            d.change().ifPresent(ch -> o.put("change", Integer.toString(ch)));
            frameworks.add(o.toString());
        }
        root.put("frameworks", array(frameworks));
        root.put("improved", array(c.improved().stream().map(d -> str(d.framework().toString())).toList()));
        root.put("regressed", array(c.regressed().stream().map(d -> str(d.framework().toString())).toList()));
        return indent(root.toString()) + "\n";
    }

    private static String report(ScoreReport r) {
        Obj o = new Obj();
        Obj rubric = new Obj();
        rubric.put("id", str(r.provenance().rubricId()));
        rubric.put("edition", str(r.provenance().rubricEdition()));
        rubric.put("locale", str(r.provenance().rubricLocale().toLanguageTag()));
        rubric.put("contentDigest", str(r.provenance().rubricDigest()));
        o.put("rubric", rubric.toString());
        r.context().ifPresent(c -> {
            Optional<String> ctx = context(c);
            ctx.ifPresent(s -> o.put("context", s));
        });
        return o.toString();
    }

    private static Optional<String> context(AssessmentContext c) {
        Obj o = new Obj();
        c.organization().ifPresent(s -> o.put("organization", str(s)));
        c.assessor().ifPresent(s -> o.put("assessor", str(s)));
        c.date().ifPresent(d -> o.put("date", str(d.toString())));
        return o.isEmpty() ? Optional.empty() : Optional.of(o.toString());
    }

    private static String delta(AverageDelta d) {
        Obj o = new Obj();
        o.put("older", banded(d.older()));
        o.put("newer", banded(d.newer()));
        d.change().ifPresent(ch -> o.put("change", fraction(ch)));
        o.put("bandChanged", Boolean.toString(d.bandChanged()));
        return o.toString();
    }

    private static String average(AreaResult a) {
        return banded(a.average());
    }

    private static String banded(BandedAverage b) {
        Obj o = new Obj();
        b.average().ifPresent(f -> o.put("average", fraction(f)));
        o.put("frameworks", Integer.toString(b.frameworks()));
        o.put("band", str(b.band().name()));
        return o.toString();
    }

    private static String fraction(Fraction f) {
        Obj o = new Obj();
        o.put("numerator", Long.toString(f.numerator()));
        o.put("denominator", Long.toString(f.denominator()));
        o.put("value", f.displayValue().toPlainString());
        return o.toString();
    }

    private static String framework(FrameworkResult f) {
        Obj o = new Obj();
        o.put("status", str(f.status().name()));
        f.level().ifPresent(l -> o.put("level", Integer.toString(l)));
        f.exclusionReason().ifPresent(r -> o.put("reason", str(r)));
        return o.toString();
    }

    /** A JSON string literal; every character outside printable ASCII-safe text escaped as JSON requires. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String array(List<String> items) {
        return items.isEmpty() ? "[]" : "[\u0000" + String.join(",\u0000", items) + "\u0001]";
    }

    /** An object under construction: members in insertion order; nesting marked for {@link #indent}. */
    private static final class Obj {
        private final List<String> members = new ArrayList<>();

        void put(String name, String json) {
            members.add(str(name) + ": " + json);
        }

        boolean isEmpty() {
            return members.isEmpty();
        }

        @Override
        public String toString() {
            return members.isEmpty() ? "{}" : "{\u0000" + String.join(",\u0000", members) + "\u0001}";
        }
    }

    /**
     * Lays the compact form out: U+0000 (a line break, one level deeper or at the same level) and
     * U+0001 (a line break one level shallower) never occur in the content, because {@link #str}
     * escapes every control character.
     */
    private static String indent(String compact) {
        StringBuilder sb = new StringBuilder(compact.length() * 2);
        int depth = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c == '\u0000') {
                char prev = compact.charAt(i - 1);
                if (prev == '{' || prev == '[') {
                    depth++;
                }
                sb.append('\n').append("  ".repeat(depth));
            } else if (c == '\u0001') {
                depth--;
                sb.append('\n').append("  ".repeat(depth));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
