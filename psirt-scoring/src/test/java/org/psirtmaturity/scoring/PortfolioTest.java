package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;

class PortfolioTest {

    private static final Rubric RUBRIC = TestRubrics.japanese();

    private static Assessment.Builder unit(String organization, LocalDate date) {
        Assessment.Builder b = Assessment.builder(RUBRIC);
        if (organization != null) {
            b.organization(organization);
        }
        return date == null ? b : b.date(date);
    }

    private static ScoreReport score(Assessment.Builder b) {
        return Scoring.score(b.build(), RUBRIC);
    }

    /** A: 2.1 at 3, 3.1 at 2 (5/2, WITHIN), and an older report; B: 2.1 at 1, 3.1 at 1, 5.4 excluded (1, BELOW); C: nothing scored. */
    static List<ScoreReport> threeUnits() {
        return List.of(
                score(unit("B", LocalDate.of(2026, 2, 1)).score("2.1", 1).score("3.1", 1).exclude("5.4", "no metrics")),
                score(unit("A", LocalDate.of(2026, 1, 1)).score("2.1", 3).score("3.1", 2).foundation("budget", true)),
                score(unit("C", LocalDate.of(2026, 3, 1))),
                score(unit("A", LocalDate.of(2025, 1, 1)).score("2.1", 1)));
    }

    private static FrameworkDistribution framework(Portfolio p, String id) {
        return p.frameworks().stream().filter(f -> f.framework().equals(FrameworkId.parse(id))).findFirst().orElseThrow();
    }

    @Test
    void portfolio_countsUnitsAndAveragesTheirOverallAveragesExactly() {
        PortfolioBuilder b = Portfolio.builder(RUBRIC);
        threeUnits().forEach(b::add);
        Portfolio p = b.build();

        assertThat(p.rubric()).isEqualTo(new RubricRef(RUBRIC.id(), RUBRIC.edition()));
        assertThat(p.units()).extracting(u -> u.organization().orElseThrow()).containsExactly("A", "B", "C");
        assertThat(p.overall()).isEqualTo(new GroupAverage(Optional.of(Fraction.of(7, 4)), 2, BandStatus.BELOW)); // (5/2 + 1) / 2
        assertThat(p.bands()).containsExactly(Map.entry(BandStatus.BELOW, 1), Map.entry(BandStatus.WITHIN, 1),
                Map.entry(BandStatus.ABOVE, 0), Map.entry(BandStatus.NO_DATA, 1));

        FrameworkDistribution intake = framework(p, "2.1");
        assertThat(intake.levels()).containsExactly(0, 1, 0, 1, 0, 0);
        assertThat(intake.unanswered()).isEqualTo(1);
        assertThat(intake.average()).isEqualTo(new GroupAverage(Optional.of(Fraction.of(2)), 2, BandStatus.BELOW));
        assertThat(intake.belowTarget()).isEqualTo(1);
        assertThat(intake.shortfall()).isEqualTo(2);
        FrameworkDistribution qualification = framework(p, "3.1");
        assertThat(qualification.average().average()).contains(Fraction.of(3, 2));
        assertThat(qualification.belowTarget()).isEqualTo(2);
        assertThat(framework(p, "5.4").excluded()).isEqualTo(1);
        assertThat(framework(p, "5.4").unanswered()).isEqualTo(2);
        assertThat(framework(p, "6.3").outOfScope()).isEqualTo(3);
        assertThat(framework(p, "1.1").average()).isEqualTo(new GroupAverage(Optional.empty(), 0, BandStatus.NO_DATA));
        for (FrameworkDistribution f : p.frameworks()) {
            assertThat(f.levels().stream().mapToInt(Integer::intValue).sum() + f.excluded() + f.unanswered() + f.outOfScope())
                    .as("every unit counted once for %s", f.framework()).isEqualTo(3);
        }

        assertThat(p.areas()).extracting(AreaSummary::area).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(p.areas().get(0).average().band()).isEqualTo(BandStatus.NO_DATA);
        assertThat(p.areas().get(1).average()).isEqualTo(new GroupAverage(Optional.of(Fraction.of(2)), 2, BandStatus.BELOW));
        assertThat(p.areas().get(2).average().average()).contains(Fraction.of(3, 2));
        assertThat(p.areas().get(1).title()).isEqualTo(RUBRIC.area(2).orElseThrow().title());

        assertThat(p.firstLevel1Reached()).isZero();
        assertThat(p.level1Met()).containsEntry("intake", 1).containsEntry("qualification", 0).containsEntry("budget", 1)
                .hasSize(14);
        assertThat(p.level1Met().keySet()).startsWith("executive-sponsorship");
    }

    @Test
    void roadmap_ranksByUnitsBelowTargetThenShortfall_withTheNextLevelAboveTheCommonLevel() {
        PortfolioBuilder b = Portfolio.builder(RUBRIC);
        threeUnits().forEach(b::add);
        List<RoadmapItem> roadmap = b.build().roadmap();

        assertThat(roadmap).extracting(r -> r.framework().toString()).containsExactly("3.1", "2.1");
        RoadmapItem first = roadmap.get(0);
        assertThat(first.belowTarget()).isEqualTo(2);
        assertThat(first.shortfall()).isEqualTo(3);
        assertThat(first.commonLevel()).isEqualTo(1); // levels 1 and 2, one unit each: the lower
        assertThat(first.next()).contains(RUBRIC.level(FrameworkId.parse("3.1"), 2).orElseThrow());
        assertThat(roadmap.get(1).next()).contains(RUBRIC.level(FrameworkId.parse("2.1"), 2).orElseThrow());
    }

    @Test
    void roadmap_breaksTiesOnShortfallThenRubricOrder() {
        PortfolioBuilder b = Portfolio.builder(RUBRIC);
        b.add(score(unit("A", null).score("1.1", 2).score("1.2", 0).score("2.2", 2)));
        List<RoadmapItem> roadmap = b.build().roadmap();
        assertThat(roadmap).extracting(r -> r.framework().toString()).containsExactly("1.2", "1.1", "2.2");
        assertThat(roadmap.get(0).commonLevel()).isZero();
    }

    @Test
    void snapshot_isTheLatestDatedReport_andTheTrendKeepsEveryReport_undatedLast() {
        PortfolioBuilder b = Portfolio.builder(RUBRIC);
        b.add(score(unit("D", null).score("2.1", 5)));
        b.add(score(unit("D", LocalDate.of(2026, 1, 1)).score("2.1", 2)));
        b.add(score(unit("D", LocalDate.of(2025, 1, 1)).score("2.1", 1)));
        b.add(score(unit("E", null).score("2.1", 4)));
        Portfolio p = b.build();

        PortfolioUnit d = p.units().get(0);
        assertThat(d.date()).contains(LocalDate.of(2026, 1, 1));
        assertThat(d.overall().average()).contains(Fraction.of(2));
        assertThat(d.trend()).extracting(TrendPoint::date)
                .containsExactly(Optional.of(LocalDate.of(2025, 1, 1)), Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty());
        assertThat(d.trend()).extracting(t -> t.overall().average().orElseThrow()).containsExactly(Fraction.of(1), Fraction.of(2), Fraction.of(5));

        PortfolioUnit e = p.units().get(1);
        assertThat(e.date()).isEmpty();
        assertThat(e.overall().average()).contains(Fraction.of(4));
        assertThat(e.trend()).hasSize(1);
    }

    @Test
    void reportsWithoutAnOrganisation_areUnitsOfTheirOwn_afterTheNamedOnes() {
        PortfolioBuilder b = Portfolio.builder(RUBRIC);
        b.add(score(unit(null, null).score("2.1", 1)));
        b.add(score(unit(null, LocalDate.of(2026, 1, 1)).score("2.1", 2)));
        b.add(score(unit("Z", null).score("2.1", 3)));
        b.add(score(unit(null, null).score("2.1", 1)));
        Portfolio p = b.build();
        assertThat(p.units()).hasSize(4);
        assertThat(p.units()).extracting(PortfolioUnit::organization)
                .containsExactly(Optional.of("Z"), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(p.units().get(1).date()).contains(LocalDate.of(2026, 1, 1)); // the dated one first
        assertThat(framework(p, "2.1").levels()).containsExactly(0, 2, 1, 1, 0, 0);
    }

    @Test
    void reportsOfTheSameDay_chooseBySnapshotContent_whateverTheOrder() {
        ScoreReport low = score(unit("A", LocalDate.of(2026, 1, 1)).score("2.1", 1));
        ScoreReport high = score(unit("A", LocalDate.of(2026, 1, 1)).score("2.1", 4));
        Portfolio one = Portfolio.builder(RUBRIC).add(low).add(high).build();
        Portfolio other = Portfolio.builder(RUBRIC).add(high).add(low).build();
        assertThat(one).isEqualTo(other);
        assertThat(one.units().get(0).trend()).hasSize(2);
    }

    @Test
    void reportsOfTheSameDay_differingOnlyInAReasonOrAFoundation_giveOnePortfolioWhateverTheOrder() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        List<List<ScoreReport>> pairs = List.of(
                List.of(score(unit("A", day).score("2.1", 2).exclude("5.4", "no metrics")),
                        score(unit("A", day).score("2.1", 2).exclude("5.4", "none"))),
                List.of(score(unit("A", day).score("2.1", 2).foundation("budget", true)),
                        score(unit("A", day).score("2.1", 2).foundation("budget", false))));
        for (List<ScoreReport> pair : pairs) {
            assertThat(Portfolio.builder(RUBRIC).add(pair.get(0)).add(pair.get(1)).build())
                    .isEqualTo(Portfolio.builder(RUBRIC).add(pair.get(1)).add(pair.get(0)).build());
        }
    }

    @Test
    void firstLevel1_countsTheUnitsThatReachIt() {
        Assessment.Builder reaching = unit("L1", null);
        List.of("2.1", "3.1", "3.3", "4.2", "5.3").forEach(id -> reaching.score(id, 3));
        List.of("executive-sponsorship", "stakeholders", "budget", "policy.vulnerability-management", "policy.information-handling",
                "policy.scoring-prioritisation", "policy.remediation-sla", "policy.disclosure", "triage").forEach(k -> reaching.foundation(k, true));
        PortfolioBuilder b = Portfolio.builder(RUBRIC).add(score(reaching));
        threeUnits().forEach(b::add);
        Portfolio p = b.build();
        assertThat(p.firstLevel1Reached()).isEqualTo(1);
        assertThat(p.units().get(3).firstLevel1().isReached()).isTrue();
        assertThat(p.level1Met()).containsEntry("triage", 1).containsEntry("intake", 2).containsEntry("budget", 2);
    }

    @Test
    void aMappedEditionWithoutAFramework_leavesItUnanswered_orOutOfScopeWhereTheRubricSaysSo() {
        Rubric edition2 = TestRubrics.asEdition("2.0");
        ScoreReport onEdition2 = Scoring.score(Assessment.builder(edition2).organization("New").score("2.1", 4).score("2.2", 1).build(), edition2);
        RubricRef to = new RubricRef(RUBRIC.id(), RUBRIC.edition());
        Portfolio p = Portfolio.builder(RUBRIC).withMapping(new EditionMapping(onEdition2.rubric(), to,
                Map.of(FrameworkId.parse("2.1"), FrameworkId.parse("9.9"), FrameworkId.parse("6.3"), FrameworkId.parse("9.8"))))
                .add(onEdition2).build();
        FrameworkResult intake = p.units().get(0).frameworks().get(7);
        assertThat(intake.framework()).isEqualTo(FrameworkId.parse("2.1"));
        assertThat(intake.status()).isEqualTo(FrameworkStatus.UNANSWERED);
        assertThat(intake.target()).isEqualTo(3);
        assertThat(framework(p, "6.3").outOfScope()).isEqualTo(1);
        assertThat(framework(p, "2.2").levels()).containsExactly(0, 1, 0, 0, 0, 0);
        assertThat(p.units().get(0).overall().average()).contains(Fraction.of(5, 2)); // the report's own: (4 + 1) / 2
    }

    @Test
    void targetBand_isTheRubricsUnlessGiven_andPlacesEveryUnit() {
        ScoreReport report = score(unit("A", null).score("2.1", 3).score("3.1", 2)); // 5/2
        assertThat(Portfolio.builder(RUBRIC).add(report).build().units().get(0).overall().band()).isEqualTo(BandStatus.WITHIN);
        TargetBand higher = new TargetBand(new java.math.BigDecimal("3.0"), new java.math.BigDecimal("4.0"));
        Portfolio p = Portfolio.builder(RUBRIC, higher).add(report).build();
        assertThat(p.targetBand()).isEqualTo(higher);
        assertThat(p.units().get(0).overall().band()).isEqualTo(BandStatus.BELOW);
        assertThat(p.units().get(0).trend().get(0).overall().band()).isEqualTo(BandStatus.BELOW);
        assertThat(p.bands()).containsEntry(BandStatus.BELOW, 1).containsEntry(BandStatus.WITHIN, 0);
    }

    @Test
    void anotherEdition_isRefusedWithoutAMapping_andMappedWithOne() {
        Rubric edition2 = TestRubrics.asEdition("2.0");
        ScoreReport onEdition2 = Scoring.score(Assessment.builder(edition2).organization("New").date(LocalDate.of(2027, 1, 1))
                .score("2.1", 4).score("2.2", 1).build(), edition2);
        PortfolioBuilder b = Portfolio.builder(RUBRIC).add(score(unit("Old", null).score("2.1", 2)));
        assertThatThrownBy(() -> b.add(onEdition2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sisac-psirt-maturity-sheet 2.0").hasMessageContaining("EditionMapping").hasMessageContaining(" of New");
        assertThat(b.build().units()).hasSize(1);

        RubricRef from = onEdition2.rubric();
        RubricRef to = new RubricRef(RUBRIC.id(), RUBRIC.edition());
        assertThatThrownBy(() -> b.withMapping(EditionMapping.identity(to, from))).isInstanceOf(IllegalArgumentException.class);
        Portfolio p = b.withMapping(new EditionMapping(from, to, Map.of(FrameworkId.parse("2.1"), FrameworkId.parse("2.2"),
                FrameworkId.parse("2.2"), FrameworkId.parse("2.1")))).add(onEdition2).build();
        PortfolioUnit mapped = p.units().get(0);
        assertThat(mapped.organization()).contains("New");
        assertThat(mapped.rubric()).isEqualTo(from);
        assertThat(mapped.frameworks().get(7).framework()).isEqualTo(FrameworkId.parse("2.1"));
        assertThat(mapped.frameworks().get(7).level()).contains(1);
        assertThat(mapped.frameworks().get(8).level()).contains(4);
        assertThat(mapped.trend().get(0).rubric()).isEqualTo(from);
        assertThat(framework(p, "2.1").levels()).containsExactly(0, 1, 1, 0, 0, 0);
    }

    @Test
    void snapshots_shareTheirFrameworkResults_soThatManyUnitsStaySmall() {
        PortfolioBuilder b = Portfolio.builder(RUBRIC);
        b.add(score(unit("A", null).score("2.1", 3))).add(score(unit("B", null).score("2.1", 3)));
        Portfolio p = b.build();
        assertThat(p.units().get(0).frameworks().get(7)).isSameAs(p.units().get(1).frameworks().get(7));
        assertThat(p.units().get(0).firstLevel1().requirements().get(0)).isSameAs(p.units().get(1).firstLevel1().requirements().get(0));
    }

    @Test
    void anEmptyPortfolio_hasNoUnitsAndNoData() {
        Portfolio p = Portfolio.builder(RUBRIC).build();
        assertThat(p.units()).isEmpty();
        assertThat(p.overall()).isEqualTo(new GroupAverage(Optional.empty(), 0, BandStatus.NO_DATA));
        assertThat(p.bands().values()).containsOnly(0);
        assertThat(p.frameworks()).hasSize(RUBRIC.frameworks().size());
        assertThat(p.roadmap()).isEmpty();
    }

    @Test
    void build_leavesTheBuilderUsable() {
        PortfolioBuilder b = Portfolio.builder(RUBRIC);
        List<ScoreReport> reports = threeUnits();
        b.add(reports.get(0));
        assertThat(b.build().units()).hasSize(1);
        reports.subList(1, reports.size()).forEach(b::add);
        assertThat(b.build().units()).hasSize(3);
    }

    @Test
    void values_checkTheirInvariants() {
        assertThatThrownBy(() -> new GroupAverage(Optional.of(Fraction.of(1)), 0, BandStatus.BELOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GroupAverage(Optional.empty(), 0, BandStatus.BELOW)).isInstanceOf(IllegalArgumentException.class);
        GroupAverage none = new GroupAverage(Optional.empty(), 0, BandStatus.NO_DATA);
        FrameworkId id = FrameworkId.parse("2.1");
        assertThatThrownBy(() -> new FrameworkDistribution(id, List.of(0, 0, 0), 0, 0, 0, none, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrameworkDistribution(id, List.of(0, 0, 0, 0, 0, 0), -1, 0, 0, none, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoadmapItem(id, 0, 0, 1, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoadmapItem(id, 1, 1, 5, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Portfolio(new RubricRef("x", "1"), TargetBand.of(RUBRIC.guidance()), List.of(), none,
                Map.of(BandStatus.BELOW, 0), List.of(), List.of(), 0, Map.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
