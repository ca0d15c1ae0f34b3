package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.model.first.FrameworkNumbering;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.model.first.Requirement;
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
import org.psirtmaturity.scoring.InvalidAssessmentException;
import org.psirtmaturity.scoring.Level1Assessment;
import org.psirtmaturity.scoring.Provenance;
import org.psirtmaturity.scoring.RequirementOutcome;
import org.psirtmaturity.scoring.RequirementStatus;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetBand;
import org.psirtmaturity.scoring.TargetProfile;

/**
 * Writes and reads score reports in the JSON format {@value #FORMAT}.
 *
 * <p>The output is stable: the same report always gives the same bytes. Properties come in a fixed
 * order, documented in the module's README: {@code format, provenance, context, overall, targetBand,
 * completeness, areas, frameworks, gaps, firstLevel1, flags}. Averages are written exactly, as
 * {@code {"numerator": 5, "denominator": 2, "value": 2.50}}, where {@code value} is the display value
 * (HALF_UP, two decimals) for readers that need no exactness. A reader checks that derived values
 * ({@code value}, {@code partial}, {@code reached}) agree with the rest of the report.
 *
 * <p>Reading is as strict as {@link AssessmentJson}'s, and a report has no extensions: every unknown
 * property is a problem. {@code read(write(r)).equals(r)} for every report {@code r}. All methods
 * are thread-safe.
 *
 * <p>Where many reports scored against one rubric are written, a {@link ReportJsonWriter} made once for
 * that rubric writes the same bytes in less time: it escapes and encodes the rubric's texts only once.
 */
public final class ReportJson {

    /** The value of the {@code "format"} property. */
    public static final String FORMAT = "psirt-score-report/1";

    private static final List<String> ROOT = List.of("format", "provenance", "context", "overall", "targetBand", "completeness", "areas",
            "frameworks", "gaps", "firstLevel1", "flags");
    private static final List<String> PROVENANCE = List.of("rubric", "libraryVersion", "options");
    private static final List<String> RUBRIC = List.of("id", "edition", "locale", "contentDigest", "numbering");
    private static final List<String> OPTIONS = List.of("averaging", "targetBand", "targets", "defaultTargetLevel", "level1Threshold",
            "strict", "requireComplete", "messagesLocale");
    private static final List<String> AVERAGE = List.of("average", "frameworks", "band");
    private static final List<String> AREA = List.of("area", "title", "average", "frameworks", "band");
    private static final List<String> FRACTION = List.of("numerator", "denominator", "value");
    private static final List<String> BAND = List.of("minimum", "maximum");
    private static final List<String> COMPLETENESS = List.of("frameworks", "scored", "excluded", "unanswered", "outOfScope", "partial");
    private static final List<String> FRAMEWORK = List.of("framework", "status", "level", "reason", "target");
    private static final List<String> GAP = List.of("framework", "current", "target", "requiredByFirstLevel1", "steps");
    private static final List<String> STEP = List.of("level", "description", "citations");
    private static final List<String> LEVEL1 = List.of("threshold", "reached", "requirements");
    private static final List<String> REQUIREMENT = List.of("key", "status", "level");
    private static final List<String> FLAG = List.of("path", "code", "message");

    private ReportJson() {
    }

    /**
     * Writes a report.
     *
     * @param report the report
     * @return the document, ending with a line break
     */
    public static String write(ScoreReport report) {
        return ReportJsonWriter.PLAIN.write(report);
    }

    /**
     * Writes a report on one line: the same properties and values as {@link #write(ScoreReport)}, in
     * the same order, without whitespace between tokens, so that it fits JSON Lines. Text values keep
     * their characters (non-ASCII text is not escaped); line breaks inside texts are escaped as
     * JSON requires, so the line holds no raw line break but the one that ends it.
     *
     * @param report the report
     * @return the compact document, ending with one line break ({@code \n})
     */
    public static String writeLine(ScoreReport report) {
        return ReportJsonWriter.PLAIN.writeLine(report);
    }

    /**
     * Writes a report on one line to a stream, as UTF-8: the bytes of {@link #writeLine(ScoreReport)},
     * written as they are produced, without an intermediate string, except for characters outside the
     * Basic Multilingual Plane (such as emoji), which are escaped ({@code \}{@code uD83D\}{@code uDE00})
     * in the texts of the report but not in those of the rubric (titles and level descriptions). The
     * stream is neither flushed nor closed; give a buffered stream when writing many reports.
     *
     * @param report the report
     * @param out    where to write
     * @throws IOException              if the stream cannot be written
     * @throws IllegalArgumentException if a title or level description holds an unpaired surrogate,
     *                                  which UTF-8 cannot encode (the line is then left incomplete)
     */
    public static void writeLine(ScoreReport report, OutputStream out) throws IOException {
        ReportJsonWriter.PLAIN.writeLine(report, out);
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a report, reporting problems in English.
     *
     * @param json the document
     * @return the report, or every problem found
     */
    public static ParseResult<ScoreReport> parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonInput in = new JsonInput(Locale.ENGLISH);
        return result(Json.parse(json, in).flatMap(n -> report(n, in)), in);
    }

    /**
     * Reads a report from a stream (UTF-8, UTF-16 or UTF-32, detected), reporting problems in
     * English. The stream is not closed.
     *
     * @param json the document
     * @return the report, or every problem found
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static ParseResult<ScoreReport> parse(InputStream json) {
        Objects.requireNonNull(json, "json");
        JsonInput in = new JsonInput(Locale.ENGLISH);
        return result(Json.parse(json, in).flatMap(n -> report(n, in)), in);
    }

    /**
     * Reads a report or throws.
     *
     * @param json the document
     * @return the report
     * @throws InvalidAssessmentException if the document has problems; it carries them all
     */
    public static ScoreReport read(String json) {
        return parse(json).orElseThrow();
    }

    /**
     * Reads a report from a stream or throws. The stream is not closed.
     *
     * @param json the document
     * @return the report
     * @throws InvalidAssessmentException   if the document has problems; it carries them all
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static ScoreReport read(InputStream json) {
        return parse(json).orElseThrow();
    }

    private static ParseResult<ScoreReport> result(Optional<ScoreReport> read, JsonInput in) {
        return in.hasProblems() ? new ParseResult<>(Optional.empty(), in.problems()) : new ParseResult<>(read, List.of());
    }

    private static Optional<ScoreReport> report(JsonNode node, JsonInput in) {
        Optional<ObjectNode> rootNode = in.object(node, "", ROOT, false);
        if (rootNode.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode root = rootNode.get();
        in.string(root, "format", "", true).ifPresent(f -> {
            if (!f.equals(FORMAT)) {
                in.problem("format", "json.format", "json.format", f, FORMAT);
            }
        });
        Optional<Provenance> provenance = obj(root, "provenance", "", PROVENANCE, in).flatMap(p -> provenance(p, in));
        FrameworkNumbering numbering = provenance.map(Provenance::numbering).orElse(FrameworkNumbering.V1_0_DRAFT);
        Optional<AssessmentContext> context = in.property(root, "context", "", false)
                .flatMap(n -> in.object(n, "context", AssessmentJson.CONTEXT, false)).map(c -> AssessmentJson.context(c, in));
        Optional<BandedAverage> overall = obj(root, "overall", "", AVERAGE, in).flatMap(o -> average(o, "overall", in));
        Optional<TargetBand> targetBand = obj(root, "targetBand", "", BAND, in).flatMap(b -> band(b, "targetBand", in));
        Optional<Completeness> completeness = obj(root, "completeness", "", COMPLETENESS, in).flatMap(c -> completeness(c, in));
        List<AreaResult> areas = in.array(root, "areas", "", true)
                .map(a -> in.elements(a, "areas", e -> in.object(e.node(), e.path(), AREA, false).flatMap(o -> area(o, e.path(), in))))
                .orElse(List.of());
        List<FrameworkResult> frameworks = in.array(root, "frameworks", "", true)
                .map(a -> in.elements(a, "frameworks", e -> in.object(e.node(), e.path(), FRAMEWORK, false)
                        .flatMap(o -> frameworkResult(o, e.path(), in))))
                .orElse(List.of());
        List<Gap> gaps = in.array(root, "gaps", "", true)
                .map(a -> in.elements(a, "gaps", e -> in.object(e.node(), e.path(), GAP, false).flatMap(o -> gap(o, e.path(), numbering, in))))
                .orElse(List.of());
        Optional<Level1Assessment> level1 = obj(root, "firstLevel1", "", LEVEL1, in).flatMap(o -> level1(o, in));
        List<Problem> flags = in.array(root, "flags", "", true)
                .map(a -> in.elements(a, "flags", e -> in.object(e.node(), e.path(), FLAG, false).flatMap(o -> {
                    Optional<String> path = in.string(o, "path", e.path(), true);
                    Optional<String> code = in.string(o, "code", e.path(), true);
                    Optional<String> message = in.string(o, "message", e.path(), true);
                    return construct(e.path(), in, () -> new Problem(path.orElseThrow(), code.orElseThrow(), message.orElseThrow()),
                            path, code, message);
                })))
                .orElse(List.of());
        if (in.hasProblems()) {
            return Optional.empty();
        }
        return construct("", in, () -> new ScoreReport(provenance.orElseThrow(), context, overall.orElseThrow(), targetBand.orElseThrow(),
                completeness.orElseThrow(), areas, frameworks, gaps, level1.orElseThrow(), flags),
                provenance, overall, targetBand, completeness, level1);
    }

    private static Optional<ObjectNode> obj(ObjectNode parent, String name, String path, List<String> known, JsonInput in) {
        String p = JsonInput.child(path, name);
        return in.property(parent, name, path, true).flatMap(n -> in.object(n, p, known, false));
    }

    /** Builds a value once its parts are present; an invariant the parts break becomes a problem. */
    private static <T> Optional<T> construct(String path, JsonInput in, Supplier<T> build, Optional<?>... parts) {
        for (Optional<?> part : parts) {
            if (part.isEmpty()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException | ArithmeticException e) {
            in.problem(path, "json.value", "json.invalid", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Provenance> provenance(ObjectNode p, JsonInput in) {
        Optional<ObjectNode> rubric = obj(p, "rubric", "provenance", RUBRIC, in);
        String rp = "provenance.rubric";
        Optional<String> id = rubric.flatMap(r -> in.string(r, "id", rp, true));
        Optional<String> edition = rubric.flatMap(r -> in.string(r, "edition", rp, true));
        Optional<Locale> locale = rubric.flatMap(r -> in.string(r, "locale", rp, true)).flatMap(t -> locale(t, rp + ".locale", in));
        Optional<String> digest = rubric.flatMap(r -> in.string(r, "contentDigest", rp, true));
        Optional<FrameworkNumbering> numbering = rubric.flatMap(r -> in.enumConstant(r, "numbering", rp, true, FrameworkNumbering.class));
        Optional<String> version = in.string(p, "libraryVersion", "provenance", true);
        Optional<ScoringOptions> options = obj(p, "options", "provenance", OPTIONS, in).flatMap(o -> options(o, in));
        return construct("provenance", in, () -> new Provenance(id.orElseThrow(), edition.orElseThrow(), locale.orElseThrow(),
                digest.orElseThrow(), numbering.orElseThrow(), version.orElseThrow(), options.orElseThrow()),
                id, edition, locale, digest, numbering, version, options);
    }

    private static Optional<ScoringOptions> options(ObjectNode o, JsonInput in) {
        String path = "provenance.options";
        Optional<AveragingMethod> averaging = in.enumConstant(o, "averaging", path, true, AveragingMethod.class);
        boolean bandGiven = o.has("targetBand");
        Optional<TargetBand> band = bandGiven
                ? in.property(o, "targetBand", path, false).flatMap(n -> in.object(n, path + ".targetBand", BAND, false))
                        .flatMap(b -> band(b, path + ".targetBand", in))
                : Optional.empty();
        Map<FrameworkId, Integer> targets = new LinkedHashMap<>();
        in.anyObject(o, "targets", path, true).ifPresent(t -> t.fields().forEachRemaining(e -> {
            String p = path + ".targets." + e.getKey();
            Optional<FrameworkId> id = AssessmentJson.frameworkId(e.getKey(), p, in);
            Optional<Integer> level = in.integer(e.getValue(), p);
            if (id.isPresent() && level.isPresent()) {
                targets.put(id.get(), level.get());
            }
        }));
        Optional<Integer> defaultTarget = in.integer(o, "defaultTargetLevel", path, true);
        Optional<Integer> threshold = in.integer(o, "level1Threshold", path, true);
        Optional<Boolean> strict = in.bool(o, "strict", path, true);
        Optional<Boolean> complete = in.bool(o, "requireComplete", path, true);
        Optional<Locale> locale = in.string(o, "messagesLocale", path, true).flatMap(t -> locale(t, path + ".messagesLocale", in));
        if (bandGiven && band.isEmpty()) {
            return Optional.empty();
        }
        return construct(path, in, () -> new ScoringOptions(averaging.orElseThrow(), band, new TargetProfile(targets),
                defaultTarget.orElseThrow(), threshold.orElseThrow(), strict.orElseThrow(), complete.orElseThrow(), locale.orElseThrow()),
                averaging, defaultTarget, threshold, strict, complete, locale);
    }

    private static Optional<Locale> locale(String tag, String path, JsonInput in) {
        try {
            return Optional.of(new Locale.Builder().setLanguageTag(tag).build());
        } catch (IllformedLocaleException e) {
            in.problem(path, "json.value", "json.locale", tag);
            return Optional.empty();
        }
    }

    private static Optional<TargetBand> band(ObjectNode b, String path, JsonInput in) {
        Optional<BigDecimal> min = in.decimal(b, "minimum", path, true);
        Optional<BigDecimal> max = in.decimal(b, "maximum", path, true);
        return construct(path, in, () -> new TargetBand(min.orElseThrow(), max.orElseThrow()), min, max);
    }

    private static Optional<BandedAverage> average(ObjectNode o, String path, JsonInput in) {
        Optional<Fraction> average = in.property(o, "average", path, false)
                .flatMap(n -> in.object(n, path + ".average", FRACTION, false))
                .flatMap(f -> fraction(f, path + ".average", in));
        Optional<Integer> frameworks = in.integer(o, "frameworks", path, true);
        Optional<BandStatus> band = in.enumConstant(o, "band", path, true, BandStatus.class);
        if (o.has("average") && average.isEmpty()) {
            return Optional.empty();
        }
        return construct(path, in, () -> new BandedAverage(average, frameworks.orElseThrow(), band.orElseThrow()), frameworks, band);
    }

    private static Optional<Fraction> fraction(ObjectNode f, String path, JsonInput in) {
        Optional<Long> numerator = in.longInteger(f, "numerator", path, true);
        Optional<Long> denominator = in.longInteger(f, "denominator", path, true).filter(d -> {
            if (d <= 0) {
                in.problem(path + ".denominator", "json.value", "json.fraction.denominator", String.valueOf(d));
            }
            return d > 0;
        });
        Optional<BigDecimal> value = in.decimal(f, "value", path, false);
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        Fraction fraction = Fraction.of(numerator.get(), denominator.get());
        if (value.isPresent() && value.get().compareTo(fraction.displayValue()) != 0) {
            in.problem(path + ".value", "json.value", "json.fraction.value", value.get().toPlainString(), fraction.toString(),
                    fraction.displayValue().toPlainString());
            return Optional.empty();
        }
        return Optional.of(fraction);
    }

    private static Optional<Completeness> completeness(ObjectNode c, JsonInput in) {
        String path = "completeness";
        Optional<Integer> frameworks = in.integer(c, "frameworks", path, true);
        Optional<Integer> scored = in.integer(c, "scored", path, true);
        Optional<Integer> excluded = in.integer(c, "excluded", path, true);
        Optional<Integer> unanswered = in.integer(c, "unanswered", path, true);
        Optional<Integer> outOfScope = in.integer(c, "outOfScope", path, true);
        Optional<Boolean> partial = in.bool(c, "partial", path, false);
        Optional<Completeness> built = construct(path, in, () -> new Completeness(frameworks.orElseThrow(), scored.orElseThrow(),
                excluded.orElseThrow(), unanswered.orElseThrow(), outOfScope.orElseThrow()), frameworks, scored, excluded, unanswered, outOfScope);
        return built.filter(b -> derived(path + ".partial", partial, b.isPartial(), in));
    }

    /** Checks a derived boolean written for readers' convenience. */
    private static boolean derived(String path, Optional<Boolean> written, boolean actual, JsonInput in) {
        if (written.isPresent() && written.get() != actual) {
            in.problem(path, "json.value", "json.derived.mismatch", String.valueOf(written.get()), String.valueOf(actual));
            return false;
        }
        return true;
    }

    private static Optional<AreaResult> area(ObjectNode o, String path, JsonInput in) {
        Optional<Integer> number = in.integer(o, "area", path, true);
        Optional<String> title = in.string(o, "title", path, true);
        Optional<BandedAverage> average = average(o, path, in);
        return construct(path, in, () -> new AreaResult(number.orElseThrow(), title.orElseThrow(), average.orElseThrow()),
                number, title, average);
    }

    private static Optional<FrameworkResult> frameworkResult(ObjectNode o, String path, JsonInput in) {
        Optional<FrameworkId> id = in.string(o, "framework", path, true).flatMap(t -> AssessmentJson.frameworkId(t, path + ".framework", in));
        Optional<FrameworkStatus> status = in.enumConstant(o, "status", path, true, FrameworkStatus.class);
        Optional<Integer> level = in.integer(o, "level", path, false);
        Optional<String> reason = in.string(o, "reason", path, false);
        Optional<Integer> target = in.integer(o, "target", path, true);
        if ((o.has("level") && level.isEmpty()) || (o.has("reason") && reason.isEmpty())) {
            return Optional.empty();
        }
        return construct(path, in, () -> new FrameworkResult(id.orElseThrow(), status.orElseThrow(), level, reason, target.orElseThrow()),
                id, status, target);
    }

    private static Optional<Gap> gap(ObjectNode o, String path, FrameworkNumbering numbering, JsonInput in) {
        Optional<FrameworkId> id = in.string(o, "framework", path, true).flatMap(t -> AssessmentJson.frameworkId(t, path + ".framework", in));
        Optional<Integer> current = in.integer(o, "current", path, true);
        Optional<Integer> target = in.integer(o, "target", path, true);
        Optional<Boolean> required = in.bool(o, "requiredByFirstLevel1", path, true);
        int before = in.problems().size();
        List<RubricLevel> steps = new ArrayList<>();
        in.array(o, "steps", path, true).ifPresent(a -> steps.addAll(in.elements(a, path + ".steps",
                e -> in.object(e.node(), e.path(), STEP, false).flatMap(s -> step(s, e.path(), id, numbering, in)))));
        if (in.problems().size() > before) {
            return Optional.empty();
        }
        return construct(path, in, () -> new Gap(id.orElseThrow(), current.orElseThrow(), target.orElseThrow(), required.orElseThrow(), steps),
                id, current, target, required);
    }

    private static Optional<RubricLevel> step(ObjectNode s, String path, Optional<FrameworkId> framework, FrameworkNumbering numbering,
            JsonInput in) {
        Optional<Integer> level = in.integer(s, "level", path, true);
        Optional<String> description = in.string(s, "description", path, false);
        Optional<List<String>> texts = in.strings(s, "citations", path);
        List<Citation> citations = new ArrayList<>();
        if (texts.isPresent()) {
            for (int i = 0; i < texts.get().size(); i++) {
                String text = texts.get().get(i);
                try {
                    citations.add(Citation.parse(text, numbering));
                } catch (IllegalArgumentException e) {
                    in.problem(path + ".citations[" + i + "]", "json.value", "json.citation", text, e.getMessage());
                    return Optional.empty();
                }
            }
        }
        if (s.has("description") && description.isEmpty()) {
            return Optional.empty();
        }
        return construct(path, in, () -> new RubricLevel(framework.orElseThrow(), level.orElseThrow(), description, citations),
                framework, level);
    }

    private static Optional<Level1Assessment> level1(ObjectNode o, JsonInput in) {
        String path = "firstLevel1";
        Optional<Integer> threshold = in.integer(o, "threshold", path, true);
        Optional<Boolean> reached = in.bool(o, "reached", path, false);
        MaturityProfile profile = MaturityProfile.firstLevel1();
        int before = in.problems().size();
        List<RequirementOutcome> outcomes = in.array(o, "requirements", path, true)
                .map(a -> in.elements(a, path + ".requirements", e -> in.object(e.node(), e.path(), REQUIREMENT, false).flatMap(r -> {
                    Optional<Requirement> requirement = in.string(r, "key", e.path(), true).flatMap(k -> {
                        Optional<Requirement> found = profile.requirement(k);
                        if (found.isEmpty()) {
                            in.problem(e.path() + ".key", "json.value", "json.requirement.unknown", k);
                        }
                        return found;
                    });
                    Optional<RequirementStatus> status = in.enumConstant(r, "status", e.path(), true, RequirementStatus.class);
                    Optional<Integer> level = in.integer(r, "level", e.path(), false);
                    if (r.has("level") && level.isEmpty()) {
                        return Optional.empty();
                    }
                    return construct(e.path(), in, () -> new RequirementOutcome(requirement.orElseThrow(), status.orElseThrow(), level),
                            requirement, status);
                })))
                .orElse(List.of());
        if (in.problems().size() > before) {
            return Optional.empty();
        }
        return construct(path, in, () -> new Level1Assessment(threshold.orElseThrow(), outcomes), threshold)
                .filter(l -> derived(path + ".reached", reached, l.isReached(), in));
    }
}
