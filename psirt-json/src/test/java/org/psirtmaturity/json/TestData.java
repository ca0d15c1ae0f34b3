package org.psirtmaturity.json;

import java.util.List;
import java.util.Locale;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;

/** The installed rubrics, and assessments made from them, for tests. */
final class TestData {

    /** The Japanese maturity sheet, edition 1.0. */
    static final Rubric JAPANESE = Rubrics.installed().forLocale(Locale.JAPANESE);

    private TestData() {
    }

    /** The frameworks that can be scored: every framework but 6.3. */
    static List<Framework> inScope() {
        return JAPANESE.frameworks().stream().filter(f -> !f.outOfScope()).toList();
    }

    /** An assessment scoring every framework in scope at one level. */
    static Assessment allAt(int level) {
        Assessment.Builder b = Assessment.builder(JAPANESE);
        for (Framework f : inScope()) {
            b.score(f.id().toString(), level);
        }
        return b.build();
    }
}
