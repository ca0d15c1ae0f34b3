package org.psirtmaturity.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.rubric.Rubrics;

/** The real rubric, and variants of it, for tests. */
public final class TestRubrics {

    private static final Rubric JAPANESE = Rubrics.installed().forLocale(Locale.JAPANESE);

    private TestRubrics() {
    }

    /** The installed Japanese maturity sheet, edition 1.0. */
    public static Rubric japanese() {
        return JAPANESE;
    }

    /** The same sheet relabelled as another edition, to test comparisons across editions. */
    public static Rubric asEdition(String edition) {
        RubricStructure s = JAPANESE.structure();
        RubricStructure relabelled = new RubricStructure(s.id(), edition, s.source(), s.guidance(), s.numbering(), s.areas());
        Map<String, String> texts = new HashMap<>();
        for (String key : relabelled.textKeys()) {
            texts.put(key, JAPANESE.text(key).orElseThrow());
        }
        return Rubric.assemble(relabelled, JAPANESE.locale(), texts);
    }

    /** The frameworks that can be scored: every framework but 6.3. */
    public static List<Framework> inScope() {
        return JAPANESE.frameworks().stream().filter(f -> !f.outOfScope()).toList();
    }

    /** An assessment scoring every framework in scope at one level. */
    public static Assessment allAt(int level) {
        Assessment.Builder b = Assessment.builder(JAPANESE);
        for (Framework f : inScope()) {
            b.score(f.id().toString(), level);
        }
        return b.build();
    }
}
