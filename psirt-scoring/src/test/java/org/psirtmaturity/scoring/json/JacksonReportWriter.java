package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.AssessmentContext;
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
 * The oracle: the report writer as it was before {@link ReportWriter}, on Jackson's streaming generator,
 * kept to prove that the new writer gives the same bytes. It is the former code without its caches of
 * encoded texts (which changed no output): rubric texts and constants go through
 * {@link SerializedString}, other texts through {@code writeString(String)}, as before.
 */
final class JacksonReportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();
    static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private JacksonReportWriter() {
    }

    static String write(ScoreReport report) {
        StringWriter text = new StringWriter(16 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            report(g, report);
        } catch (IOException e) {
            throw new IllegalStateException("a report could not be written", e);
        }
        return text.append('\n').toString();
    }

    static String writeLine(ScoreReport report) {
        StringWriter text = new StringWriter(8 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            report(g, report);
        } catch (IOException e) {
            throw new IllegalStateException("a report could not be written", e);
        }
        return text.append('\n').toString();
    }

    static void writeLine(ScoreReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            report(g, report);
        }
        out.write('\n');
    }

    private static SerializedString constant(String name) {
        return new SerializedString(name);
    }

    private static SerializedString text(String text) {
        return new SerializedString(text);
    }

    private static void report(JsonGenerator g, ScoreReport report) throws IOException {
        g.writeStartObject();
        field(g, "format").writeString(ReportJson.FORMAT);
        provenance(g, report.provenance());
        if (report.context().isPresent()) {
            AssessmentContext c = report.context().get();
            field(g, "context").writeStartObject();
            if (c.organization().isPresent()) {
                field(g, "organization").writeString(c.organization().get());
            }
            if (c.assessor().isPresent()) {
                field(g, "assessor").writeString(c.assessor().get());
            }
            if (c.date().isPresent()) {
                field(g, "date").writeString(c.date().get().toString());
            }
            g.writeEndObject();
        }
        field(g, "overall").writeStartObject();
        average(g, report.overall());
        g.writeEndObject();
        band(g, "targetBand", report.targetBand());
        Completeness c = report.completeness();
        field(g, "completeness").writeStartObject();
        field(g, "frameworks").writeNumber(c.frameworks());
        field(g, "scored").writeNumber(c.scored());
        field(g, "excluded").writeNumber(c.excluded());
        field(g, "unanswered").writeNumber(c.unanswered());
        field(g, "outOfScope").writeNumber(c.outOfScope());
        field(g, "partial").writeBoolean(c.isPartial());
        g.writeEndObject();
        field(g, "areas").writeStartArray();
        for (AreaResult a : report.areas()) {
            g.writeStartObject();
            field(g, "area").writeNumber(a.area());
            field(g, "title").writeString(text(a.title()));
            average(g, a.average());
            g.writeEndObject();
        }
        g.writeEndArray();
        field(g, "frameworks").writeStartArray();
        for (FrameworkResult f : report.frameworks()) {
            g.writeStartObject();
            field(g, "framework").writeString(f.framework().toString());
            field(g, "status").writeString(constant(f.status().name()));
            if (f.level().isPresent()) {
                field(g, "level").writeNumber(f.level().get());
            }
            if (f.exclusionReason().isPresent()) {
                field(g, "reason").writeString(f.exclusionReason().get());
            }
            field(g, "target").writeNumber(f.target());
            g.writeEndObject();
        }
        g.writeEndArray();
        field(g, "gaps").writeStartArray();
        for (Gap gap : report.gaps()) {
            g.writeStartObject();
            field(g, "framework").writeString(gap.framework().toString());
            field(g, "current").writeNumber(gap.current());
            field(g, "target").writeNumber(gap.target());
            field(g, "requiredByFirstLevel1").writeBoolean(gap.requiredByFirstLevel1());
            field(g, "steps").writeStartArray();
            for (RubricLevel l : gap.steps()) {
                g.writeStartObject();
                field(g, "level").writeNumber(l.level());
                if (l.description().isPresent()) {
                    field(g, "description").writeString(text(l.description().get()));
                }
                field(g, "citations").writeStartArray();
                for (Citation ci : l.citations()) {
                    g.writeString(ci.text());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        Level1Assessment l1 = report.firstLevel1();
        field(g, "firstLevel1").writeStartObject();
        field(g, "threshold").writeNumber(l1.threshold());
        field(g, "reached").writeBoolean(l1.isReached());
        field(g, "requirements").writeStartArray();
        for (RequirementOutcome r : l1.requirements()) {
            g.writeStartObject();
            field(g, "key").writeString(r.requirement().key());
            field(g, "status").writeString(constant(r.status().name()));
            if (r.level().isPresent()) {
                field(g, "level").writeNumber(r.level().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        field(g, "flags").writeStartArray();
        for (Problem p : report.flags()) {
            g.writeStartObject();
            field(g, "path").writeString(p.path());
            field(g, "code").writeString(p.code());
            field(g, "message").writeString(p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void provenance(JsonGenerator g, Provenance p) throws IOException {
        field(g, "provenance").writeStartObject();
        field(g, "rubric").writeStartObject();
        field(g, "id").writeString(p.rubricId());
        field(g, "edition").writeString(p.rubricEdition());
        field(g, "locale").writeString(p.rubricLocale().toLanguageTag());
        field(g, "contentDigest").writeString(p.rubricDigest());
        field(g, "numbering").writeString(p.numbering().name());
        g.writeEndObject();
        field(g, "libraryVersion").writeString(p.libraryVersion());
        ScoringOptions s = p.options();
        field(g, "options").writeStartObject();
        field(g, "averaging").writeString(s.averaging().name());
        if (s.targetBand().isPresent()) {
            band(g, "targetBand", s.targetBand().get());
        }
        field(g, "targets").writeStartObject();
        for (Map.Entry<FrameworkId, Integer> t : s.targets().targets().entrySet()) {
            g.writeNumberField(t.getKey().toString(), t.getValue());
        }
        g.writeEndObject();
        field(g, "defaultTargetLevel").writeNumber(s.defaultTargetLevel());
        field(g, "level1Threshold").writeNumber(s.level1Threshold());
        field(g, "strict").writeBoolean(s.strict());
        field(g, "requireComplete").writeBoolean(s.requireComplete());
        field(g, "messagesLocale").writeString(s.messagesLocale().toLanguageTag());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void band(JsonGenerator g, String name, TargetBand b) throws IOException {
        field(g, name).writeStartObject();
        field(g, "minimum").writeNumber(b.minimum());
        field(g, "maximum").writeNumber(b.maximum());
        g.writeEndObject();
    }

    private static JsonGenerator field(JsonGenerator g, String name) throws IOException {
        g.writeFieldName(constant(name));
        return g;
    }

    private static void average(JsonGenerator g, BandedAverage a) throws IOException {
        if (a.average().isPresent()) {
            Fraction f = a.average().get();
            field(g, "average").writeStartObject();
            field(g, "numerator").writeNumber(f.numerator());
            field(g, "denominator").writeNumber(f.denominator());
            field(g, "value").writeNumber(f.displayValue());
            g.writeEndObject();
        }
        field(g, "frameworks").writeNumber(a.frameworks());
        field(g, "band").writeString(constant(a.band().name()));
    }
}
