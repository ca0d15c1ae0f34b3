package org.psirtmaturity.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.psirtmaturity.scoring.AreaSummary;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.FrameworkDistribution;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.GroupAverage;
import org.psirtmaturity.scoring.Portfolio;
import org.psirtmaturity.scoring.PortfolioUnit;
import org.psirtmaturity.scoring.RoadmapItem;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.TrendPoint;

/**
 * Writes a {@link Portfolio} in the JSON format {@value #FORMAT}, documented by the JSON Schema
 * {@code org/psirtmaturity/json/portfolio.schema.json} in this jar and in the module's README.
 *
 * <p>The conventions of {@link ReportJson}: exact averages as {@code {"numerator", "denominator", "value"}}
 * ({@code value} rounded HALF_UP to two decimals, for display), enum names as strings, absent values left
 * out, two-space indentation, {@code \n} line ends, the same portfolio always the same bytes. Top-level
 * properties in this order: {@code format, rubric, targetBand, units, overall, bands, frameworks, areas,
 * firstLevel1, roadmap, snapshots, trends}; {@code snapshots} and {@code trends} list the units in the
 * portfolio's order. Thread-safe.
 */
public final class PortfolioJson {

    /** The value of the {@code "format"} property. */
    public static final String FORMAT = "psirt-portfolio/1";

    private PortfolioJson() {
    }

    /**
     * Writes a portfolio.
     *
     * @param portfolio the portfolio
     * @return the document, ending with a line break
     */
    public static String write(Portfolio portfolio) {
        Objects.requireNonNull(portfolio, "portfolio");
        return Output.toText(g -> write(portfolio, g), true);
    }

    /**
     * Writes a portfolio to a stream as UTF-8, as {@link #write(Portfolio)} does; the stream is neither
     * flushed nor closed.
     *
     * @param portfolio the portfolio
     * @param out       where to write
     * @throws IOException if the stream cannot be written
     */
    public static void write(Portfolio portfolio, OutputStream out) throws IOException {
        Objects.requireNonNull(portfolio, "portfolio");
        Output.toStream(g -> write(portfolio, g), true, out);
    }

    private static void write(Portfolio p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        rubric(p.rubric(), g);
        g.writeObjectFieldStart("targetBand");
        g.writeNumberField("minimum", p.targetBand().minimum());
        g.writeNumberField("maximum", p.targetBand().maximum());
        g.writeEndObject();
        g.writeNumberField("units", p.units().size());
        g.writeObjectFieldStart("overall");
        group(p.overall(), g);
        g.writeEndObject();
        g.writeObjectFieldStart("bands");
        for (Map.Entry<BandStatus, Integer> b : p.bands().entrySet()) {
            g.writeNumberField(b.getKey().name(), b.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("frameworks");
        for (FrameworkDistribution f : p.frameworks()) {
            g.writeStartObject();
            g.writeStringField("framework", f.framework().toString());
            g.writeArrayFieldStart("levels");
            for (int n : f.levels()) {
                g.writeNumber(n);
            }
            g.writeEndArray();
            g.writeNumberField("excluded", f.excluded());
            g.writeNumberField("unanswered", f.unanswered());
            g.writeNumberField("outOfScope", f.outOfScope());
            group(f.average(), g);
            g.writeNumberField("belowTarget", f.belowTarget());
            g.writeNumberField("shortfall", f.shortfall());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("areas");
        for (AreaSummary a : p.areas()) {
            g.writeStartObject();
            g.writeNumberField("area", a.area());
            g.writeStringField("title", a.title());
            group(a.average(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("firstLevel1");
        g.writeNumberField("reached", p.firstLevel1Reached());
        g.writeArrayFieldStart("requirements");
        for (Map.Entry<String, Integer> r : p.level1Met().entrySet()) {
            g.writeStartObject();
            g.writeStringField("key", r.getKey());
            g.writeNumberField("met", r.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("roadmap");
        for (RoadmapItem r : p.roadmap()) {
            roadmapItem(r, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("snapshots");
        for (PortfolioUnit u : p.units()) {
            snapshot(u, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("trends");
        for (PortfolioUnit u : p.units()) {
            g.writeStartObject();
            organization(u.organization(), g);
            g.writeArrayFieldStart("points");
            for (TrendPoint t : u.trend()) {
                g.writeStartObject();
                if (t.date().isPresent()) {
                    g.writeStringField("date", t.date().get().toString());
                }
                rubric(t.rubric(), g);
                ReportJson.average(t.overall(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void roadmapItem(RoadmapItem r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("framework", r.framework().toString());
        g.writeNumberField("belowTarget", r.belowTarget());
        g.writeNumberField("shortfall", r.shortfall());
        g.writeNumberField("commonLevel", r.commonLevel());
        if (r.next().isPresent()) {
            g.writeFieldName("next");
            ReportJson.level(r.next().get(), g);
        }
        g.writeEndObject();
    }

    private static void snapshot(PortfolioUnit u, JsonGenerator g) throws IOException {
        g.writeStartObject();
        organization(u.organization(), g);
        if (u.date().isPresent()) {
            g.writeStringField("date", u.date().get().toString());
        }
        rubric(u.rubric(), g);
        g.writeObjectFieldStart("overall");
        ReportJson.average(u.overall(), g);
        g.writeEndObject();
        g.writeBooleanField("firstLevel1Reached", u.firstLevel1().isReached());
        g.writeArrayFieldStart("frameworks");
        for (FrameworkResult f : u.frameworks()) {
            ReportJson.framework(f, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void organization(Optional<String> organization, JsonGenerator g) throws IOException {
        if (organization.isPresent()) {
            g.writeStringField("organization", organization.get());
        }
    }

    private static void rubric(RubricRef r, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("rubric");
        g.writeStringField("id", r.id());
        g.writeStringField("edition", r.edition());
        g.writeEndObject();
    }

    /** Writes a group mean's properties into the object being written: {@code average} (if any), {@code units}, {@code band}. */
    private static void group(GroupAverage a, JsonGenerator g) throws IOException {
        if (a.average().isPresent()) {
            g.writeFieldName("average");
            ReportJson.fraction(a.average().get(), g);
        }
        g.writeNumberField("units", a.units());
        g.writeStringField("band", a.band().name());
    }
}
