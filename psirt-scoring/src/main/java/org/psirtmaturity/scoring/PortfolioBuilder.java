package org.psirtmaturity.scoring;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.MaturityProfile;

/**
 * Rolls score reports up into a {@link Portfolio}, one at a time and in any order: the portfolio does
 * not depend on the order. Streaming: per unit it keeps the current snapshot (framework results and
 * Level 1 outcomes shared between units) and one trend point per report, never a report. Not
 * thread-safe; {@link #build()} may be called at any time and leaves the builder usable.
 *
 * <p>Reports on the portfolio's rubric (same id and edition) are taken as they are. A report on
 * another edition needs an {@link EditionMapping} onto the portfolio's rubric ({@link #withMapping}):
 * its framework ids are mapped, a framework of the portfolio's rubric it does not have counts as
 * unanswered (out of scope where the rubric says so), and its overall average stays its own.
 */
public final class PortfolioBuilder {

    /** By date, undated before every date: the later compares greater. */
    private static final Comparator<Optional<LocalDate>> LATER = Comparator.comparing(d -> d.orElse(LocalDate.MIN));
    /** Trend order: by date, undated last, then by content, so that reports of one date have one order. */
    private static final Comparator<TrendPoint> TREND = Comparator.comparing(p -> p.date().map(LocalDate::toString).orElse("~") + '\n'
            + p.rubric() + '\n' + p.overall().average().orElse(null) + '/' + p.overall().frameworks());

    private final Rubric rubric;
    private final RubricRef ref;
    private final TargetBand band;
    private final Map<FrameworkId, Integer> index = new HashMap<>();
    private final Map<RubricRef, EditionMapping> mappings = new HashMap<>();
    private final Map<String, Unit> named = new HashMap<>();
    private final List<Unit> unnamed = new ArrayList<>();
    /** One instance of each framework result and requirement outcome held: snapshots share them. */
    private final Map<Object, Object> shared = new HashMap<>();

    /** A unit while reports come in: its latest report so far (without a trend), and its trend. */
    private static final class Unit {
        final List<TrendPoint> trend = new ArrayList<>(2);
        PortfolioUnit latest;
    }

    PortfolioBuilder(Rubric rubric, TargetBand band) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.band = Objects.requireNonNull(band, "targetBand");
        this.ref = new RubricRef(rubric.id(), rubric.edition());
        rubric.frameworks().forEach(f -> index.put(f.id(), index.size()));
    }

    /**
     * Accepts reports on another edition, mapped onto the portfolio's rubric.
     *
     * @param mapping from the other edition to the portfolio's rubric; replaces one from the same edition
     * @return this builder
     * @throws IllegalArgumentException if the mapping does not go from another edition to the portfolio's rubric
     */
    public PortfolioBuilder withMapping(EditionMapping mapping) {
        if (!mapping.to().equals(ref) || mapping.from().equals(ref)) {
            throw new IllegalArgumentException("a mapping for a portfolio on rubric " + ref + " goes from another edition to " + ref
                    + ", got " + mapping.from() + " to " + mapping.to());
        }
        mappings.put(mapping.from(), mapping);
        return this;
    }

    /**
     * Adds a report: a new point of its unit's trend, and its snapshot if it is the latest.
     *
     * @param report the report
     * @return this builder
     * @throws IllegalArgumentException if the report is on another rubric id or edition and no mapping
     *                                  from it was given; the builder is unchanged
     */
    public PortfolioBuilder add(ScoreReport report) {
        RubricRef on = report.rubric();
        EditionMapping mapping = on.equals(ref) ? null : mappings.get(on);
        Optional<String> organization = report.context().flatMap(AssessmentContext::organization);
        if (mapping == null && !on.equals(ref)) {
            throw new IllegalArgumentException("a report" + organization.map(o -> " of " + o).orElse("") + " was scored against rubric "
                    + on + ", but the portfolio is on rubric " + ref + ": their frameworks may not correspond; give an EditionMapping from "
                    + on + " to " + ref + " (withMapping)");
        }
        Optional<LocalDate> date = report.context().flatMap(AssessmentContext::date);
        Optional<Fraction> average = report.overall().average();
        BandedAverage overall = new BandedAverage(average, report.overall().frameworks(), band.status(average));
        Unit unit = organization.isPresent() ? named.computeIfAbsent(organization.get(), k -> new Unit()) : new Unit();
        if (organization.isEmpty()) {
            unnamed.add(unit);
        }
        unit.trend.add(new TrendPoint(date, mapping == null ? ref : mapping.from(), overall));
        int later = unit.latest == null ? 1 : LATER.compare(date, unit.latest.date());
        if (later >= 0) {
            PortfolioUnit s = snapshot(report, mapping, organization, date, overall);
            if (later > 0 || key(s).compareTo(key(unit.latest)) > 0) {
                unit.latest = s;
            }
        }
        return this;
    }

    private PortfolioUnit snapshot(ScoreReport report, EditionMapping mapping, Optional<String> organization, Optional<LocalDate> date,
            BandedAverage overall) {
        FrameworkResult[] row = new FrameworkResult[index.size()];
        for (FrameworkResult f : report.frameworks()) {
            FrameworkId id = mapping == null ? f.framework() : mapping.map(f.framework());
            Integer i = index.get(id);
            if (i != null) {
                row[i] = id.equals(f.framework()) ? f : new FrameworkResult(id, f.status(), f.level(), f.exclusionReason(), f.target());
            }
        }
        ScoringOptions options = report.provenance().options();
        for (int i = 0; i < row.length; i++) {
            Framework f = rubric.frameworks().get(i);
            if (row[i] == null) {
                row[i] = new FrameworkResult(f.id(), f.outOfScope() ? FrameworkStatus.OUT_OF_SCOPE : FrameworkStatus.UNANSWERED,
                        Optional.empty(), Optional.empty(), options.targets().targetOr(f.id(), options.defaultTargetLevel()));
            }
            row[i] = row[i].exclusionReason().isEmpty() ? share(row[i]) : row[i];
        }
        List<RequirementOutcome> outcomes = new ArrayList<>();
        report.firstLevel1().requirements().forEach(o -> outcomes.add(share(o)));
        return new PortfolioUnit(organization, date, mapping == null ? ref : mapping.from(), overall, List.of(row),
                new Level1Assessment(report.firstLevel1().threshold(), outcomes), List.of());
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        Object known = shared.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }

    /** The snapshot's date (ISO, {@code ~} when undated) and content as text: orders reports of one date and unnamed units. */
    private static String key(PortfolioUnit s) {
        StringBuilder k = new StringBuilder(200).append(s.date().map(LocalDate::toString).orElse("~")).append('\n').append(s.rubric().id())
                .append('\n').append(s.rubric().edition()).append('\n').append(s.overall().average().orElse(null)).append('/')
                .append(s.overall().frameworks()).append('/').append(s.firstLevel1().threshold());
        for (FrameworkResult f : s.frameworks()) {
            k.append(' ').append(f.status().ordinal()).append(f.level().orElse(9)).append(f.target());
            f.exclusionReason().ifPresent(r -> k.append(r.length()).append(':').append(r));
        }
        s.firstLevel1().requirements().forEach(o -> k.append(' ').append(o.status().ordinal()).append(o.level().orElse(9)));
        return k.toString();
    }

    /**
     * Rolls up the reports added so far.
     *
     * @return the portfolio; with no report, no unit and no data
     * @throws ArithmeticException if an exact mean does not fit {@link Fraction}'s {@code long}s
     */
    public Portfolio build() {
        List<Unit> ordered = new ArrayList<>();
        named.keySet().stream().sorted().forEach(k -> ordered.add(named.get(k)));
        unnamed.stream().sorted(Comparator.comparing(u -> key(u.latest))).forEach(ordered::add);
        List<PortfolioUnit> units = new ArrayList<>();
        Map<BandStatus, Integer> bands = new EnumMap<>(BandStatus.class);
        List.of(BandStatus.values()).forEach(b -> bands.put(b, 0));
        Map<String, Integer> met = new LinkedHashMap<>();
        MaturityProfile.firstLevel1().requirements().forEach(r -> met.put(r.key(), 0));
        List<Fraction> overalls = new ArrayList<>();
        Map<Integer, List<Fraction>> areaMeans = new HashMap<>();
        int reached = 0;
        for (Unit u : ordered) {
            List<TrendPoint> trend = new ArrayList<>(u.trend);
            trend.sort(TREND);
            PortfolioUnit s = u.latest;
            units.add(new PortfolioUnit(s.organization(), s.date(), s.rubric(), s.overall(), s.frameworks(), s.firstLevel1(), trend));
            bands.merge(s.overall().band(), 1, Integer::sum);
            s.overall().average().ifPresent(overalls::add);
            reached += s.firstLevel1().isReached() ? 1 : 0;
            s.firstLevel1().met().forEach(r -> met.merge(r.key(), 1, Integer::sum));
            Map<Integer, long[]> sums = new HashMap<>();
            s.frameworks().forEach(r -> r.level().ifPresent(l -> {
                long[] sum = sums.computeIfAbsent(r.framework().area(), k -> new long[2]);
                sum[0] += l;
                sum[1]++;
            }));
            sums.forEach((area, sum) -> areaMeans.computeIfAbsent(area, k -> new ArrayList<>()).add(Fraction.of(sum[0], sum[1])));
        }

        List<FrameworkDistribution> frameworks = new ArrayList<>();
        List<RoadmapItem> roadmap = new ArrayList<>();
        for (Framework f : rubric.frameworks()) {
            int i = index.get(f.id());
            int[] levels = new int[RubricLevel.MAX + 1];
            int[] belowAt = new int[RubricLevel.MAX + 1];
            int[] n = new int[FrameworkStatus.values().length]; // units per status
            int shortfall = 0;
            for (PortfolioUnit u : units) {
                FrameworkResult r = u.frameworks().get(i);
                n[r.status().ordinal()]++;
                r.level().ifPresent(level -> levels[level]++);
                if (r.level().isPresent() && r.level().get() < r.target()) {
                    belowAt[r.level().get()]++;
                    shortfall += r.target() - r.level().get();
                }
            }
            int scored = n[FrameworkStatus.SCORED.ordinal()];
            int below = IntStream.of(belowAt).sum();
            Optional<Fraction> mean = scored == 0 ? Optional.empty()
                    : Optional.of(Fraction.of(IntStream.range(0, levels.length).map(l -> l * levels[l]).sum(), scored));
            frameworks.add(new FrameworkDistribution(f.id(), IntStream.of(levels).boxed().toList(), n[FrameworkStatus.EXCLUDED.ordinal()],
                    n[FrameworkStatus.UNANSWERED.ordinal()], n[FrameworkStatus.OUT_OF_SCOPE.ordinal()],
                    new GroupAverage(mean, scored, band.status(mean)), below, shortfall));
            if (below > 0) {
                int common = 0;
                for (int level = 1; level < belowAt.length; level++) {
                    common = belowAt[level] > belowAt[common] ? level : common;
                }
                roadmap.add(new RoadmapItem(f.id(), below, shortfall, common,
                        f.levels().subList(common + 1, RubricLevel.MAX + 1).stream().filter(RubricLevel::isDefined).findFirst()));
            }
        }
        // a stable sort of a list in rubric order: ties stay in rubric order
        roadmap.sort(Comparator.comparingInt(RoadmapItem::belowTarget).thenComparingInt(RoadmapItem::shortfall).reversed());
        List<AreaSummary> areas = new ArrayList<>();
        for (ServiceArea a : rubric.areas()) {
            areas.add(new AreaSummary(a.number(), a.title(), average(areaMeans.getOrDefault(a.number(), List.of()))));
        }
        return new Portfolio(ref, band, units, average(overalls), bands, frameworks, areas, reached, met, roadmap);
    }

    /** The exact mean of the values, summed in {@link BigInteger}s (no overflow however many), placed against the band. */
    private GroupAverage average(List<Fraction> values) {
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ONE;
        for (Fraction f : values) {
            BigInteger d = BigInteger.valueOf(f.denominator());
            numerator = numerator.multiply(d).add(BigInteger.valueOf(f.numerator()).multiply(denominator));
            denominator = denominator.multiply(d);
            BigInteger g = numerator.gcd(denominator);
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        Optional<Fraction> mean = Optional.empty();
        if (!values.isEmpty()) {
            denominator = denominator.multiply(BigInteger.valueOf(values.size()));
            BigInteger g = numerator.gcd(denominator);
            mean = Optional.of(Fraction.of(numerator.divide(g).longValueExact(), denominator.divide(g).longValueExact()));
        }
        return new GroupAverage(mean, values.size(), band.status(mean));
    }
}
