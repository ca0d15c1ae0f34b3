package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.model.first.FrameworkNumbering;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.AveragingMethod;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.BandedAverage;
import org.psirtmaturity.scoring.Completeness;
import org.psirtmaturity.scoring.Fraction;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.FrameworkStatus;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.Level1Assessment;
import org.psirtmaturity.scoring.Provenance;
import org.psirtmaturity.scoring.RequirementOutcome;
import org.psirtmaturity.scoring.RequirementStatus;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetBand;
import org.psirtmaturity.scoring.TargetProfile;
import org.psirtmaturity.scoring.json.JsonOutput.Literal;

/**
 * Writes a report's properties, in the documented order, absent optional values left out, onto a
 * {@link JsonOutput}, which lays them out and encodes them. The property names and the names of enum
 * constants are immutable constants, encoded once; nothing else outlives a call.
 */
final class ReportWriter {

    private static final Literal FORMAT = Literal.name("format");
    private static final Literal PROVENANCE = Literal.name("provenance");
    private static final Literal CONTEXT = Literal.name("context");
    private static final Literal ORGANIZATION = Literal.name("organization");
    private static final Literal ASSESSOR = Literal.name("assessor");
    private static final Literal DATE = Literal.name("date");
    private static final Literal OVERALL = Literal.name("overall");
    private static final Literal TARGET_BAND = Literal.name("targetBand");
    private static final Literal COMPLETENESS = Literal.name("completeness");
    private static final Literal FRAMEWORKS = Literal.name("frameworks");
    private static final Literal SCORED = Literal.name("scored");
    private static final Literal EXCLUDED = Literal.name("excluded");
    private static final Literal UNANSWERED = Literal.name("unanswered");
    private static final Literal OUT_OF_SCOPE = Literal.name("outOfScope");
    private static final Literal PARTIAL = Literal.name("partial");
    private static final Literal AREAS = Literal.name("areas");
    private static final Literal AREA = Literal.name("area");
    private static final Literal TITLE = Literal.name("title");
    private static final Literal FRAMEWORK = Literal.name("framework");
    private static final Literal STATUS = Literal.name("status");
    private static final Literal LEVEL = Literal.name("level");
    private static final Literal REASON = Literal.name("reason");
    private static final Literal TARGET = Literal.name("target");
    private static final Literal GAPS = Literal.name("gaps");
    private static final Literal CURRENT = Literal.name("current");
    private static final Literal REQUIRED_BY_FIRST_LEVEL1 = Literal.name("requiredByFirstLevel1");
    private static final Literal STEPS = Literal.name("steps");
    private static final Literal DESCRIPTION = Literal.name("description");
    private static final Literal CITATIONS = Literal.name("citations");
    private static final Literal FIRST_LEVEL1 = Literal.name("firstLevel1");
    private static final Literal THRESHOLD = Literal.name("threshold");
    private static final Literal REACHED = Literal.name("reached");
    private static final Literal REQUIREMENTS = Literal.name("requirements");
    private static final Literal KEY = Literal.name("key");
    private static final Literal FLAGS = Literal.name("flags");
    private static final Literal PATH = Literal.name("path");
    private static final Literal CODE = Literal.name("code");
    private static final Literal MESSAGE = Literal.name("message");
    private static final Literal RUBRIC = Literal.name("rubric");
    private static final Literal ID = Literal.name("id");
    private static final Literal EDITION = Literal.name("edition");
    private static final Literal LOCALE = Literal.name("locale");
    private static final Literal CONTENT_DIGEST = Literal.name("contentDigest");
    private static final Literal NUMBERING = Literal.name("numbering");
    private static final Literal LIBRARY_VERSION = Literal.name("libraryVersion");
    private static final Literal OPTIONS = Literal.name("options");
    private static final Literal AVERAGING = Literal.name("averaging");
    private static final Literal TARGETS = Literal.name("targets");
    private static final Literal DEFAULT_TARGET_LEVEL = Literal.name("defaultTargetLevel");
    private static final Literal LEVEL1_THRESHOLD = Literal.name("level1Threshold");
    private static final Literal STRICT = Literal.name("strict");
    private static final Literal REQUIRE_COMPLETE = Literal.name("requireComplete");
    private static final Literal MESSAGES_LOCALE = Literal.name("messagesLocale");
    private static final Literal AVERAGE = Literal.name("average");
    private static final Literal BAND = Literal.name("band");
    private static final Literal NUMERATOR = Literal.name("numerator");
    private static final Literal DENOMINATOR = Literal.name("denominator");
    private static final Literal VALUE = Literal.name("value");
    private static final Literal MINIMUM = Literal.name("minimum");
    private static final Literal MAXIMUM = Literal.name("maximum");

    private static final Literal FORMAT_VALUE = Literal.quoted(ReportJson.FORMAT);
    private static final List<Literal> FRAMEWORK_STATUSES = Literal.constants(FrameworkStatus.values());
    private static final List<Literal> REQUIREMENT_STATUSES = Literal.constants(RequirementStatus.values());
    private static final List<Literal> BANDS = Literal.constants(BandStatus.values());
    private static final List<Literal> NUMBERINGS = Literal.constants(FrameworkNumbering.values());
    private static final List<Literal> AVERAGINGS = Literal.constants(AveragingMethod.values());

    private ReportWriter() {
    }

    /** Writes the report object; the caller ends the document. */
    static void write(ScoreReport report, JsonOutput out) throws IOException {
        out.startObject();
        out.name(FORMAT);
        out.literal(FORMAT_VALUE);
        provenance(report.provenance(), out);
        if (report.context().isPresent()) {
            context(report.context().get(), out);
        }
        out.name(OVERALL);
        out.startObject();
        average(report.overall(), out);
        out.endObject();
        band(TARGET_BAND, report.targetBand(), out);
        completeness(report.completeness(), out);
        out.name(AREAS);
        out.startArray();
        for (AreaResult a : report.areas()) {
            out.entry();
            out.startObject();
            out.name(AREA);
            out.number(a.area());
            out.name(TITLE);
            out.rubricText(a.title());
            average(a.average(), out);
            out.endObject();
        }
        out.endArray();
        out.name(FRAMEWORKS);
        out.startArray();
        for (FrameworkResult f : report.frameworks()) {
            framework(f, out);
        }
        out.endArray();
        out.name(GAPS);
        out.startArray();
        for (Gap gap : report.gaps()) {
            gap(gap, out);
        }
        out.endArray();
        level1(report.firstLevel1(), out);
        out.name(FLAGS);
        out.startArray();
        for (Problem p : report.flags()) {
            out.entry();
            out.startObject();
            out.name(PATH);
            out.string(p.path());
            out.name(CODE);
            out.string(p.code());
            out.name(MESSAGE);
            out.string(p.message());
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }

    private static void provenance(Provenance p, JsonOutput out) throws IOException {
        out.name(PROVENANCE);
        out.startObject();
        out.name(RUBRIC);
        out.startObject();
        out.name(ID);
        out.string(p.rubricId());
        out.name(EDITION);
        out.string(p.rubricEdition());
        out.name(LOCALE);
        out.string(p.rubricLocale().toLanguageTag());
        out.name(CONTENT_DIGEST);
        out.string(p.rubricDigest());
        out.name(NUMBERING);
        out.literal(NUMBERINGS.get(p.numbering().ordinal()));
        out.endObject();
        out.name(LIBRARY_VERSION);
        out.string(p.libraryVersion());
        options(p.options(), out);
        out.endObject();
    }

    private static void options(ScoringOptions s, JsonOutput out) throws IOException {
        out.name(OPTIONS);
        out.startObject();
        out.name(AVERAGING);
        out.literal(AVERAGINGS.get(s.averaging().ordinal()));
        if (s.targetBand().isPresent()) {
            band(TARGET_BAND, s.targetBand().get(), out);
        }
        out.name(TARGETS);
        out.startObject();
        TargetProfile targets = s.targets();
        for (Map.Entry<FrameworkId, Integer> t : targets.targets().entrySet()) {
            out.name(t.getKey().area(), t.getKey().number());
            out.number(t.getValue());
        }
        out.endObject();
        out.name(DEFAULT_TARGET_LEVEL);
        out.number(s.defaultTargetLevel());
        out.name(LEVEL1_THRESHOLD);
        out.number(s.level1Threshold());
        out.name(STRICT);
        out.bool(s.strict());
        out.name(REQUIRE_COMPLETE);
        out.bool(s.requireComplete());
        out.name(MESSAGES_LOCALE);
        out.string(s.messagesLocale().toLanguageTag());
        out.endObject();
    }

    private static void context(AssessmentContext c, JsonOutput out) throws IOException {
        out.name(CONTEXT);
        out.startObject();
        if (c.organization().isPresent()) {
            out.name(ORGANIZATION);
            out.string(c.organization().get());
        }
        if (c.assessor().isPresent()) {
            out.name(ASSESSOR);
            out.string(c.assessor().get());
        }
        if (c.date().isPresent()) {
            out.name(DATE);
            out.string(c.date().get().toString());
        }
        out.endObject();
    }

    private static void completeness(Completeness c, JsonOutput out) throws IOException {
        out.name(COMPLETENESS);
        out.startObject();
        out.name(FRAMEWORKS);
        out.number(c.frameworks());
        out.name(SCORED);
        out.number(c.scored());
        out.name(EXCLUDED);
        out.number(c.excluded());
        out.name(UNANSWERED);
        out.number(c.unanswered());
        out.name(OUT_OF_SCOPE);
        out.number(c.outOfScope());
        out.name(PARTIAL);
        out.bool(c.isPartial());
        out.endObject();
    }

    private static void framework(FrameworkResult f, JsonOutput out) throws IOException {
        out.entry();
        out.startObject();
        out.name(FRAMEWORK);
        out.frameworkId(f.framework().area(), f.framework().number());
        out.name(STATUS);
        out.literal(FRAMEWORK_STATUSES.get(f.status().ordinal()));
        if (f.level().isPresent()) {
            out.name(LEVEL);
            out.number(f.level().get());
        }
        if (f.exclusionReason().isPresent()) {
            out.name(REASON);
            out.string(f.exclusionReason().get());
        }
        out.name(TARGET);
        out.number(f.target());
        out.endObject();
    }

    private static void gap(Gap gap, JsonOutput out) throws IOException {
        out.entry();
        out.startObject();
        out.name(FRAMEWORK);
        out.frameworkId(gap.framework().area(), gap.framework().number());
        out.name(CURRENT);
        out.number(gap.current());
        out.name(TARGET);
        out.number(gap.target());
        out.name(REQUIRED_BY_FIRST_LEVEL1);
        out.bool(gap.requiredByFirstLevel1());
        out.name(STEPS);
        out.startArray();
        for (RubricLevel l : gap.steps()) {
            out.entry();
            out.startObject();
            out.name(LEVEL);
            out.number(l.level());
            if (l.description().isPresent()) {
                out.name(DESCRIPTION);
                out.rubricText(l.description().get());
            }
            out.name(CITATIONS);
            out.startArray();
            for (Citation ci : l.citations()) {
                out.entry();
                out.string(ci.text());
            }
            out.endArray();
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }

    private static void level1(Level1Assessment l1, JsonOutput out) throws IOException {
        out.name(FIRST_LEVEL1);
        out.startObject();
        out.name(THRESHOLD);
        out.number(l1.threshold());
        out.name(REACHED);
        out.bool(l1.isReached());
        out.name(REQUIREMENTS);
        out.startArray();
        for (RequirementOutcome r : l1.requirements()) {
            out.entry();
            out.startObject();
            out.name(KEY);
            out.string(r.requirement().key());
            out.name(STATUS);
            out.literal(REQUIREMENT_STATUSES.get(r.status().ordinal()));
            if (r.level().isPresent()) {
                out.name(LEVEL);
                out.number(r.level().get());
            }
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }

    /** Writes a target band as an object property. */
    private static void band(Literal name, TargetBand b, JsonOutput out) throws IOException {
        out.name(name);
        out.startObject();
        out.name(MINIMUM);
        out.number(b.minimum());
        out.name(MAXIMUM);
        out.number(b.maximum());
        out.endObject();
    }

    /** Writes the properties of a banded average into the object being written. */
    private static void average(BandedAverage a, JsonOutput out) throws IOException {
        if (a.average().isPresent()) {
            Fraction f = a.average().get();
            out.name(AVERAGE);
            out.startObject();
            out.name(NUMERATOR);
            out.number(f.numerator());
            out.name(DENOMINATOR);
            out.number(f.denominator());
            out.name(VALUE);
            out.displayValue(f.numerator(), f.denominator());
            out.endObject();
        }
        out.name(FRAMEWORKS);
        out.number(a.frameworks());
        out.name(BAND);
        out.literal(BANDS.get(a.band().ordinal()));
    }
}
