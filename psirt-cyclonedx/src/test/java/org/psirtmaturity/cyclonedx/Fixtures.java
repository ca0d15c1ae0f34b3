package org.psirtmaturity.cyclonedx;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Level1Assessment;

/** The installed rubrics and sample assessments. */
final class Fixtures {

    private static final Rubrics INSTALLED = Rubrics.installed();
    static final Rubric JAPANESE = INSTALLED.forLocale(Locale.JAPANESE);
    static final Rubric ENGLISH = INSTALLED.forLocale(Locale.ENGLISH);
    static final List<Rubric> BOTH = List.of(JAPANESE, ENGLISH);

    /** The keys of the FIRST Maturity Level 1 requirements answered yes or no, in order. */
    static final List<String> FOUNDATION_KEYS = List.copyOf(Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1()));

    private Fixtures() {
    }

    /**
     * An assessment with everything: scored (including an undefined level, a warning), excluded with
     * and without a reason, unanswered (one with a note and evidence, one on the out-of-scope
     * framework), notes, evidence, Japanese text, foundations and extensions.
     */
    static Assessment full() {
        return Assessment.builder(JAPANESE)
                .organization("株式会社サンプル PSIRT").assessor("田中 A.").date(LocalDate.of(2026, 10, 1))
                .score("2.1", 3).note("2.1", "受付窓口は Web フォームと PGP 鍵。\n\"引用\" も含む")
                .evidence("2.1", "https://example.com/security").evidence("2.1", "文書 ID: SEC-042")
                .score("1.1", 0)
                .score("1.2", 5)
                .score("4.4", 2)
                .exclude("6.4", "販売チームがない")
                .exclude("6.5")
                .unanswered("3.1").note("3.1", "次回評価予定").evidence("3.1", "ticket GRC-12")
                .unanswered("6.3")
                .foundation(FOUNDATION_KEYS.get(0), true)
                .foundation(FOUNDATION_KEYS.get(1), false)
                .extension("x-platform", Map.of("ticket", "GRC-12"))
                .build();
    }

    /** An assessment without context, with one scored framework. */
    static Assessment minimal() {
        return Assessment.builder(JAPANESE).score("2.1", 1).build();
    }

    /** An assessment with a context but no answers. */
    static Assessment empty() {
        return Assessment.builder(JAPANESE).organization("Example Corp").build();
    }

    /** The frameworks with levels the sheet leaves undefined, besides the out-of-scope 6.3. */
    static final Set<String> WITH_UNDEFINED_LEVELS = Set.of("4.4", "5.2", "5.3", "5.4", "6.2");
}
