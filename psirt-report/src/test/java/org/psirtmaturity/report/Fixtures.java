package org.psirtmaturity.report;

import java.time.LocalDate;
import java.util.Locale;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;

/** The installed rubrics and realistic assessments, for tests. */
final class Fixtures {

    static final Rubric JA = Rubrics.installed().forLocale(Locale.JAPANESE);
    static final Rubric EN = Rubrics.installed().forLocale(Locale.ENGLISH);

    private Fixtures() {
    }

    static Rubric rubric(String language) {
        return language.equals("ja") ? JA : EN;
    }

    /**
     * A realistic, partial assessment: most frameworks scored, two excluded, two unanswered, one
     * answer at an undefined level (4.4 at level 2, flagged), some foundations answered.
     */
    static Assessment realistic(Rubric rubric, String organization, String assessor, String exclusionReason) {
        return Assessment.builder(rubric)
                .organization(organization).assessor(assessor).date(LocalDate.of(2026, 10, 1))
                .score("1.1", 3).score("1.2", 2).score("1.3", 2).score("1.4", 1).score("1.5", 3).score("1.6", 1)
                .unanswered("1.7")
                .score("2.1", 3).score("2.2", 1).score("2.3", 2).score("2.4", 2).score("2.5", 1)
                .score("3.1", 2).score("3.2", 3).score("3.3", 4)
                .score("4.1", 3).score("4.2", 2).score("4.3", 4).score("4.4", 2)
                .score("5.1", 3).score("5.2", 2).score("5.3", 1)
                .exclude("5.4", exclusionReason)
                .score("6.1", 2).score("6.2", 1).exclude("6.4", "no sales team").unanswered("6.5")
                .foundation("executive-sponsorship", true).foundation("stakeholders", true).foundation("budget", false)
                .foundation("policy.disclosure", true).foundation("triage", true)
                .build();
    }

    static ScoreReport japaneseReport() {
        return Scoring.score(realistic(JA, "株式会社サンプル製作所 製品セキュリティ室（PSIRT）", "田中 太郎", "当社は脆弱性情報を単独で公開していないため"), JA);
    }

    static ScoreReport englishReport() {
        return Scoring.score(realistic(EN, "Example Corp Product Security", "A. Tanaka", "we publish no vulnerability metrics of our own"), EN);
    }

    /** Every framework in scope scored at one level, or excluded where the sheet leaves that level undefined: complete. */
    static ScoreReport allAt(Rubric rubric, int level) {
        Assessment.Builder b = Assessment.builder(rubric);
        rubric.frameworks().stream().filter(f -> !f.outOfScope()).forEach(f -> {
            if (f.level(level).isDefined()) {
                b.score(f.id().toString(), level);
            } else {
                b.exclude(f.id().toString(), "level " + level + " is undefined");
            }
        });
        return Scoring.score(b.build(), rubric);
    }
}
