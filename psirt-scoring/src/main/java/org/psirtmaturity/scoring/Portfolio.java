package org.psirtmaturity.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.psirtmaturity.model.Rubric;

/**
 * Many business units, one picture: the roll-up of score reports made by a {@link PortfolioBuilder}.
 *
 * <p><b>Units.</b> A unit is an organisation ({@link AssessmentContext#organization()}, compared exactly as written). A report
 * without an organisation is a unit of its own: nothing says two such reports are of the same unit, and none is dropped. Units
 * are ordered by organisation ({@link String#compareTo}), then those without one, by snapshot date (undated last) and content.
 *
 * <p><b>Snapshot and trend.</b> A unit's snapshot is its latest report by assessment date; a report without a date counts only
 * when the unit has no dated one ({@link PortfolioUnit#date()} is then empty). Between reports of the same date the choice
 * depends on their content, never on the input order. The trend has a point for every report of the unit, by date, undated last.
 *
 * <p><b>Figures.</b> All exact. The overall average is the mean of the units' overall averages, each unit weighing the same,
 * over the units with one; the units' averages and the group's are placed against the portfolio's target band (the rubric's
 * guidance unless the builder is given another), not the band each report was scored with. Per framework: the units at each
 * level and in each other state, the mean level over the units that scored it, the units below their target level. Per area:
 * the mean of the units' area averages (the mean of a unit's scored frameworks in the area). FIRST Maturity Level 1: how many
 * units reach it, and how many meet each requirement.
 *
 * <p><b>Group roadmap.</b> The frameworks some unit scored below its target, ranked by how many units are below target, then
 * by the total shortfall (both descending), then in rubric order. Each names the most common level among those units and the
 * next level the rubric defines above it: the step most of the lagging units take next.
 *
 * @param rubric      the portfolio's rubric; reports on other editions are mapped onto it
 * @param targetBand  the band averages are placed against
 * @param units       the units, in the order above; copied
 * @param overall     the mean of the units' overall averages
 * @param bands       how many units' overall averages are BELOW, WITHIN, ABOVE the band or have NO_DATA;
 *                    every status present; copied
 * @param frameworks  one distribution per framework, in rubric order; copied
 * @param areas       one summary per area, in rubric order; copied
 * @param firstLevel1Reached how many units reach FIRST Maturity Level 1
 * @param level1Met   per Level 1 requirement key, in the profile's order, how many units meet it; copied
 * @param roadmap     the group roadmap, in the order above; copied
 */
public record Portfolio(RubricRef rubric, TargetBand targetBand, List<PortfolioUnit> units, GroupAverage overall,
        Map<BandStatus, Integer> bands, List<FrameworkDistribution> frameworks, List<AreaSummary> areas,
        int firstLevel1Reached, Map<String, Integer> level1Met, List<RoadmapItem> roadmap) {

    /**
     * Checks for nulls and copies.
     *
     * @throws IllegalArgumentException if a band status has no count, or the counts do not add up to the units
     * @throws NullPointerException     if an argument, key or element is null
     */
    public Portfolio {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(targetBand, "targetBand");
        units = List.copyOf(units);
        Objects.requireNonNull(overall, "overall");
        bands = Collections.unmodifiableMap(new EnumMap<>(bands));
        if (bands.size() != BandStatus.values().length || bands.values().stream().mapToInt(Integer::intValue).sum() != units.size()) {
            throw new IllegalArgumentException("the band counts must cover every status and add up to " + units.size() + ", got " + bands);
        }
        frameworks = List.copyOf(frameworks);
        areas = List.copyOf(areas);
        level1Met = Collections.unmodifiableMap(new LinkedHashMap<>(level1Met));
        roadmap = List.copyOf(roadmap);
    }

    /**
     * Starts a portfolio on a rubric, with the rubric's target band.
     *
     * @param rubric the rubric the reports are (or are mapped onto)
     * @return an empty builder
     */
    public static PortfolioBuilder builder(Rubric rubric) {
        return new PortfolioBuilder(rubric, TargetBand.of(rubric.guidance()));
    }

    /**
     * Starts a portfolio on a rubric, with another target band.
     *
     * @param rubric     the rubric the reports are (or are mapped onto)
     * @param targetBand the band averages are placed against
     * @return an empty builder
     */
    public static PortfolioBuilder builder(Rubric rubric, TargetBand targetBand) {
        return new PortfolioBuilder(rubric, targetBand);
    }
}
