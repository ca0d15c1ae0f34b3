package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;

class PortfolioProperties {

    private static final Rubric RUBRIC = TestRubrics.japanese();
    private static final List<Framework> IN_SCOPE = TestRubrics.inScope();
    private static final List<String> ORGANIZATIONS = List.of("", "Alpha", "Beta", "Gamma");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 1));

    /** Reports of a few units (or none), on a few dates (or none), with a few frameworks answered: ties and undated reports are common. */
    @Provide
    Arbitrary<List<ScoreReport>> reports() {
        Arbitrary<ScoreReport> report = Combinators.combine(Arbitraries.of(ORGANIZATIONS), Arbitraries.integers().between(-1, DATES.size() - 1),
                Arbitraries.integers().between(-2, 5).list().ofSize(6), Arbitraries.integers().between(0, IN_SCOPE.size() - 6),
                Arbitraries.of(true, false)).as((organization, date, codes, offset, triage) -> {
                    Assessment.Builder b = Assessment.builder(RUBRIC).foundation("triage", triage);
                    if (!organization.isEmpty()) {
                        b.organization(organization);
                    }
                    if (date >= 0) {
                        b.date(DATES.get(date));
                    }
                    for (int i = 0; i < codes.size(); i++) {
                        String id = IN_SCOPE.get(offset + i).id().toString();
                        int code = codes.get(i);
                        if (code == -2) {
                            b.exclude(id, "reason " + (offset % 2));
                        } else if (code >= 0) {
                            b.score(id, code);
                        }
                    }
                    return Scoring.score(b.build(), RUBRIC);
                });
        return report.list().ofMinSize(0).ofMaxSize(14);
    }

    private static Portfolio rollUp(List<ScoreReport> reports) {
        PortfolioBuilder b = Portfolio.builder(RUBRIC);
        reports.forEach(b::add);
        return b.build();
    }

    @Property(tries = 300)
    void order_neverChangesThePortfolio(@ForAll("reports") List<ScoreReport> reports, @ForAll Random random) {
        List<ScoreReport> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, random);
        assertThat(rollUp(shuffled)).isEqualTo(rollUp(reports));
    }

    @Property
    void figures_addUpAndAgreeWithAPlainRecount(@ForAll("reports") List<ScoreReport> reports) {
        Portfolio p = rollUp(reports);
        long unnamed = reports.stream().filter(r -> r.context().flatMap(AssessmentContext::organization).isEmpty()).count();
        long named = reports.stream().map(r -> r.context().flatMap(AssessmentContext::organization)).filter(o -> o.isPresent()).distinct().count();
        assertThat(p.units()).hasSize((int) (named + unnamed));
        assertThat(p.units().stream().mapToInt(u -> u.trend().size()).sum()).isEqualTo(reports.size());
        assertThat(p.bands().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(p.units().size());

        Fraction sum = Fraction.ZERO;
        int withData = 0;
        for (PortfolioUnit u : p.units()) {
            if (u.overall().average().isPresent()) {
                sum = sum.plus(u.overall().average().get());
                withData++;
            }
            // the snapshot is the latest dated report when there is one
            u.trend().stream().filter(t -> t.date().isPresent()).reduce((a, b) -> b)
                    .ifPresent(last -> assertThat(u.date()).isEqualTo(last.date()));
        }
        assertThat(p.overall().units()).isEqualTo(withData);
        assertThat(p.overall().average()).isEqualTo(withData == 0 ? java.util.Optional.empty() : java.util.Optional.of(sum.dividedBy(withData)));
        for (FrameworkDistribution f : p.frameworks()) {
            int scored = f.levels().stream().mapToInt(Integer::intValue).sum();
            assertThat(scored + f.excluded() + f.unanswered() + f.outOfScope()).isEqualTo(p.units().size());
            assertThat(f.average().units()).isEqualTo(scored);
        }
        assertThat(p.roadmap()).allSatisfy(r -> assertThat(r.next()).hasValueSatisfying(l -> assertThat(l.level()).isGreaterThan(r.commonLevel())));
        assertThat(p.firstLevel1Reached()).isZero(); // no unit answers every Level 1 requirement here
    }
}
