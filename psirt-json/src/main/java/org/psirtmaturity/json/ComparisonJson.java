package org.psirtmaturity.json;

import java.io.IOException;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonGenerator;

import org.psirtmaturity.scoring.AreaDelta;
import org.psirtmaturity.scoring.AverageDelta;
import org.psirtmaturity.scoring.BandedAverage;
import org.psirtmaturity.scoring.FrameworkDelta;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.ScoreReport;

/**
 * Writes the comparison of two score reports in the JSON format {@value #FORMAT}, in the conventions
 * of {@link ReportJson}: exact averages as {@code numerator}/{@code denominator} with a rounded
 * {@code value}, enum names as strings, absent values left out, two-space indentation, {@code \n}
 * line ends, properties in the fixed order {@code format, older, newer, overall, areas, frameworks,
 * improved, regressed}. Thread-safe.
 */
public final class ComparisonJson {

    /** The value of the {@code "format"} property. */
    public static final String FORMAT = "psirt-report-comparison/1";

    private ComparisonJson() {
    }

    /**
     * Writes a comparison.
     *
     * @param comparison the comparison of {@code older} and {@code newer}
     * @param older      the older report (for its rubric and context)
     * @param newer      the newer report
     * @return the document, ending with a line break
     */
    public static String write(ReportComparison comparison, ScoreReport older, ScoreReport newer) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        return Output.toText(g -> write(comparison, older, newer, g), true);
    }

    private static void write(ReportComparison c, ScoreReport older, ScoreReport newer, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        report("older", older, g);
        report("newer", newer, g);
        g.writeObjectFieldStart("overall");
        delta(c.overall(), g);
        g.writeEndObject();
        g.writeArrayFieldStart("areas");
        for (AreaDelta a : c.areas()) {
            g.writeStartObject();
            g.writeNumberField("area", a.area());
            if (a.older().isPresent()) {
                g.writeFieldName("older");
                banded(a.older().get().average(), g);
            }
            if (a.newer().isPresent()) {
                g.writeFieldName("newer");
                banded(a.newer().get().average(), g);
            }
            if (a.delta().isPresent()) {
                if (a.delta().get().change().isPresent()) {
                    g.writeFieldName("change");
                    ReportJson.fraction(a.delta().get().change().get(), g);
                }
                g.writeBooleanField("bandChanged", a.delta().get().bandChanged());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("frameworks");
        for (FrameworkDelta d : c.frameworks()) {
            g.writeStartObject();
            g.writeStringField("framework", d.framework().toString());
            if (d.older().isPresent()) {
                framework("older", d.older().get(), g);
            }
            if (d.newer().isPresent()) {
                framework("newer", d.newer().get(), g);
            }
            if (d.change().isPresent()) {
                g.writeNumberField("change", d.change().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("improved");
        for (FrameworkDelta d : c.improved()) {
            g.writeString(d.framework().toString());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("regressed");
        for (FrameworkDelta d : c.regressed()) {
            g.writeString(d.framework().toString());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void report(String name, ScoreReport r, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeObjectFieldStart("rubric");
        g.writeStringField("id", r.provenance().rubricId());
        g.writeStringField("edition", r.provenance().rubricEdition());
        g.writeStringField("locale", r.provenance().rubricLocale().toLanguageTag());
        g.writeStringField("contentDigest", r.provenance().rubricDigest());
        g.writeEndObject();
        if (r.context().isPresent()) {
            Output.context(r.context().get(), g);
        }
        g.writeEndObject();
    }

    private static void delta(AverageDelta d, JsonGenerator g) throws IOException {
        g.writeFieldName("older");
        banded(d.older(), g);
        g.writeFieldName("newer");
        banded(d.newer(), g);
        if (d.change().isPresent()) {
            g.writeFieldName("change");
            ReportJson.fraction(d.change().get(), g);
        }
        g.writeBooleanField("bandChanged", d.bandChanged());
    }

    /** Writes a banded average as an object. */
    private static void banded(BandedAverage b, JsonGenerator g) throws IOException {
        g.writeStartObject();
        ReportJson.average(b, g);
        g.writeEndObject();
    }

    private static void framework(String name, FrameworkResult f, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("status", f.status().name());
        if (f.level().isPresent()) {
            g.writeNumberField("level", f.level().get());
        }
        if (f.exclusionReason().isPresent()) {
            g.writeStringField("reason", f.exclusionReason().get());
        }
        g.writeEndObject();
    }
}
