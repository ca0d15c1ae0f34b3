package org.psirtmaturity.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonGenerator;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.BandedAverage;
import org.psirtmaturity.scoring.Completeness;
import org.psirtmaturity.scoring.Fraction;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.Level1Assessment;
import org.psirtmaturity.scoring.Provenance;
import org.psirtmaturity.scoring.RequirementOutcome;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetBand;

/**
 * Writes score reports in the JSON format {@value #FORMAT}.
 *
 * <p>The output is stable: the same report always gives the same bytes. Properties come in a fixed
 * order, documented in the module's README: {@code format, provenance, context, overall, targetBand,
 * completeness, areas, frameworks, gaps, firstLevel1, flags}. Averages are written exactly, as
 * {@code {"numerator": 5, "denominator": 2, "value": 2.50}}, where {@code value} is the display value
 * (HALF_UP, two decimals) for readers that need no exactness. Absent optional values are left out.
 * A flag (a problem the report carries) is written with its {@code path}, {@code code},
 * {@code arguments} and {@code message}.
 *
 * <p>Stored reports are not read back: a report is derived data, made again from its assessment
 * (which {@link AssessmentJson} reads) by scoring, and its provenance says with which rubric and
 * options. All methods are thread-safe.
 */
public final class ReportJson {

    /** The value of the {@code "format"} property. */
    public static final String FORMAT = "psirt-score-report/1";

    private ReportJson() {
    }

    /**
     * Writes a report, indented by two spaces, with {@code \n} line ends.
     *
     * @param report the report
     * @return the document, ending with a line break
     */
    public static String write(ScoreReport report) {
        Objects.requireNonNull(report, "report");
        return Output.toText(g -> write(report, 0, g), true);
    }

    /**
     * Writes a report on one line: the same properties and values as {@link #write(ScoreReport)}, in
     * the same order, without whitespace between tokens, so that it fits JSON Lines. Text keeps its
     * characters; line breaks inside texts are escaped as JSON requires.
     *
     * @param report the report
     * @return the compact document, ending with one line break ({@code \n})
     */
    public static String writeLine(ScoreReport report) {
        Objects.requireNonNull(report, "report");
        return Output.toText(g -> write(report, 0, g), false);
    }

    /**
     * Writes a report on one line to a stream as UTF-8, as {@link #writeLine(ScoreReport)} does. The
     * stream is neither flushed nor closed; give a buffered stream when writing many reports.
     *
     * @param report the report
     * @param out    where to write
     * @throws IOException if the stream cannot be written
     */
    public static void writeLine(ScoreReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Output.toStream(g -> write(report, 0, g), false, out);
    }

    /**
     * Writes a report on one line to a stream, with the number of the input line it was scored from as
     * a first property {@code "line"} (for {@link BatchScorer}).
     */
    static void writeLine(ScoreReport report, long line, OutputStream out) throws IOException {
        Output.toStream(g -> write(report, line, g), false, out);
    }

    /** Writes the report object; {@code line} is written first when it is positive. */
    private static void write(ScoreReport report, long line, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (line > 0) {
            g.writeNumberField("line", line);
        }
        g.writeStringField("format", FORMAT);
        provenance(report.provenance(), g);
        if (report.context().isPresent()) {
            Output.context(report.context().get(), g);
        }
        g.writeObjectFieldStart("overall");
        average(report.overall(), g);
        g.writeEndObject();
        band("targetBand", report.targetBand(), g);
        completeness(report.completeness(), g);
        g.writeArrayFieldStart("areas");
        for (AreaResult a : report.areas()) {
            g.writeStartObject();
            g.writeNumberField("area", a.area());
            g.writeStringField("title", a.title());
            average(a.average(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("frameworks");
        for (FrameworkResult f : report.frameworks()) {
            framework(f, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("gaps");
        for (Gap gap : report.gaps()) {
            gap(gap, g);
        }
        g.writeEndArray();
        level1(report.firstLevel1(), g);
        g.writeArrayFieldStart("flags");
        for (Problem p : report.flags()) {
            problem(p, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes a problem as {@code {"path", "code", "arguments", "message"}}. */
    static void problem(Problem p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", p.path());
        g.writeStringField("code", p.code());
        g.writeArrayFieldStart("arguments");
        for (String a : p.arguments()) {
            g.writeString(a);
        }
        g.writeEndArray();
        g.writeStringField("message", p.message());
        g.writeEndObject();
    }

    private static void provenance(Provenance p, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("provenance");
        g.writeObjectFieldStart("rubric");
        g.writeStringField("id", p.rubricId());
        g.writeStringField("edition", p.rubricEdition());
        g.writeStringField("locale", p.rubricLocale().toLanguageTag());
        g.writeStringField("contentDigest", p.rubricDigest());
        g.writeStringField("numbering", p.numbering().name());
        g.writeEndObject();
        g.writeStringField("libraryVersion", p.libraryVersion());
        options(p.options(), g);
        g.writeEndObject();
    }

    private static void options(ScoringOptions s, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("options");
        g.writeStringField("averaging", s.averaging().name());
        if (s.targetBand().isPresent()) {
            band("targetBand", s.targetBand().get(), g);
        }
        g.writeObjectFieldStart("targets");
        for (Map.Entry<FrameworkId, Integer> t : s.targets().targets().entrySet()) {
            g.writeNumberField(t.getKey().toString(), t.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("defaultTargetLevel", s.defaultTargetLevel());
        g.writeNumberField("level1Threshold", s.level1Threshold());
        g.writeBooleanField("strict", s.strict());
        g.writeBooleanField("requireComplete", s.requireComplete());
        g.writeStringField("messagesLocale", s.messagesLocale().toLanguageTag());
        g.writeEndObject();
    }

    private static void completeness(Completeness c, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("completeness");
        g.writeNumberField("frameworks", c.frameworks());
        g.writeNumberField("scored", c.scored());
        g.writeNumberField("excluded", c.excluded());
        g.writeNumberField("unanswered", c.unanswered());
        g.writeNumberField("outOfScope", c.outOfScope());
        g.writeBooleanField("partial", c.isPartial());
        g.writeEndObject();
    }

    /** Writes a framework's result as an object; {@link PortfolioJson} writes units' results the same way. */
    static void framework(FrameworkResult f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("framework", f.framework().toString());
        g.writeStringField("status", f.status().name());
        if (f.level().isPresent()) {
            g.writeNumberField("level", f.level().get());
        }
        if (f.exclusionReason().isPresent()) {
            g.writeStringField("reason", f.exclusionReason().get());
        }
        g.writeNumberField("target", f.target());
        g.writeEndObject();
    }

    private static void gap(Gap gap, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("framework", gap.framework().toString());
        g.writeNumberField("current", gap.current());
        g.writeNumberField("target", gap.target());
        if (gap.isTargetAdjusted()) {
            g.writeNumberField("requestedTarget", gap.requestedTarget());
        }
        g.writeBooleanField("requiredByFirstLevel1", gap.requiredByFirstLevel1());
        g.writeArrayFieldStart("steps");
        for (RubricLevel l : gap.steps()) {
            level(l, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes a rubric level as an object: {@code level}, {@code description} (if defined), {@code citations}. */
    static void level(RubricLevel l, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("level", l.level());
        if (l.description().isPresent()) {
            g.writeStringField("description", l.description().get());
        }
        g.writeArrayFieldStart("citations");
        for (Citation c : l.citations()) {
            g.writeString(c.text());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void level1(Level1Assessment l1, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("firstLevel1");
        g.writeNumberField("threshold", l1.threshold());
        g.writeBooleanField("reached", l1.isReached());
        g.writeArrayFieldStart("requirements");
        for (RequirementOutcome r : l1.requirements()) {
            g.writeStartObject();
            g.writeStringField("key", r.requirement().key());
            g.writeStringField("status", r.status().name());
            if (r.level().isPresent()) {
                g.writeNumberField("level", r.level().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void band(String name, TargetBand b, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("minimum", b.minimum());
        g.writeNumberField("maximum", b.maximum());
        g.writeEndObject();
    }

    /**
     * Writes the properties of a banded average into the object being written: {@code average} (if
     * any), {@code frameworks}, {@code band}.
     */
    static void average(BandedAverage a, JsonGenerator g) throws IOException {
        if (a.average().isPresent()) {
            g.writeFieldName("average");
            fraction(a.average().get(), g);
        }
        g.writeNumberField("frameworks", a.frameworks());
        g.writeStringField("band", a.band().name());
    }

    /** Writes an exact fraction as an object: {@code numerator}, {@code denominator}, and {@code value} for display. */
    static void fraction(Fraction f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("numerator", f.numerator());
        g.writeNumberField("denominator", f.denominator());
        g.writeNumberField("value", f.displayValue());
        g.writeEndObject();
    }
}
