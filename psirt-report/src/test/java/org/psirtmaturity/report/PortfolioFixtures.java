package org.psirtmaturity.report;

import java.time.LocalDate;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Portfolio;
import org.psirtmaturity.scoring.PortfolioBuilder;
import org.psirtmaturity.scoring.Scoring;

/** A realistic portfolio of six units, for the rendering tests. */
final class PortfolioFixtures {

    private PortfolioFixtures() {
    }

    /** Every framework in scope at one level where the sheet defines it (else the nearest defined level), some changed. */
    private static Assessment.Builder at(Rubric rubric, int level, String organization, LocalDate date) {
        Assessment.Builder b = Assessment.builder(rubric);
        if (organization != null) {
            b.organization(organization);
        }
        if (date != null) {
            b.date(date);
        }
        for (Framework f : rubric.frameworks()) {
            if (!f.outOfScope()) {
                int l = level;
                while (!f.level(l).isDefined()) {
                    l++;
                }
                b.score(f.id().toString(), l);
            }
        }
        return b;
    }

    /**
     * The realistic report's organisation (two assessments), an Acme at level 2 with 2.1 and 3.1 at 1, a
     * Sakura at 3 and 4 with exclusions, an undated Kobayashi at level 1, a unit without organisation at
     * level 3, and a unit that scored nothing.
     */
    static Portfolio portfolio(Rubric rubric, String organization) {
        PortfolioBuilder b = Portfolio.builder(rubric);
        b.add(Scoring.score(Fixtures.realistic(rubric, organization, "A. Tanaka", "no metrics of our own"), rubric));
        b.add(Scoring.score(at(rubric, 1, organization, LocalDate.of(2025, 10, 1)).build(), rubric));
        b.add(Scoring.score(at(rubric, 2, "Acme Industrial Controls", LocalDate.of(2026, 4, 1)).score("2.1", 1).score("3.1", 1)
                .foundation("triage", true).build(), rubric));
        b.add(Scoring.score(at(rubric, 3, "Sakura Embedded Software", LocalDate.of(2026, 9, 20)).score("2.1", 4).score("3.3", 4)
                .exclude("5.4", "no own disclosure").exclude("6.4", "no sales team").build(), rubric));
        b.add(Scoring.score(at(rubric, 1, "Kobayashi Devices K.K.", null).build(), rubric));
        b.add(Scoring.score(at(rubric, 3, null, LocalDate.of(2026, 1, 15)).score("1.1", 4).build(), rubric));
        b.add(Scoring.score(Assessment.builder(rubric).organization("Zeta Labs").date(LocalDate.of(2026, 5, 1)).unanswered("2.1").build(), rubric));
        return b.build();
    }

    static Portfolio japanese() {
        return portfolio(Fixtures.JA, "株式会社サンプル製作所 製品セキュリティ室（PSIRT）");
    }

    static Portfolio english() {
        return portfolio(Fixtures.EN, "Example Corp Product Security");
    }
}
