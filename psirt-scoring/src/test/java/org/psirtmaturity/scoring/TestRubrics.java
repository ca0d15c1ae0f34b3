package org.psirtmaturity.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.AreaStructure;
import org.psirtmaturity.model.structure.FrameworkStructure;
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

    /**
     * The sheet with its areas and frameworks out of order and some missing, for code that looks
     * frameworks up by position or relies on rubric order being id order: areas 3, 2, 5, 4 and 6 (no
     * area 1), area 2 without framework 2.1, and area 4's frameworks in reverse order.
     */
    public static Rubric reordered() {
        RubricStructure s = JAPANESE.structure();
        Map<Integer, AreaStructure> byNumber = new HashMap<>();
        s.areas().forEach(a -> byNumber.put(a.number(), a));
        AreaStructure two = byNumber.get(2);
        List<FrameworkStructure> reversed = new ArrayList<>(byNumber.get(4).frameworks());
        Collections.reverse(reversed);
        List<AreaStructure> areas = List.of(byNumber.get(3),
                new AreaStructure(2, two.firstArea(), two.frameworks().subList(1, two.frameworks().size())),
                byNumber.get(5), new AreaStructure(4, byNumber.get(4).firstArea(), reversed), byNumber.get(6));
        RubricStructure reordered = new RubricStructure(s.id(), s.edition(), s.source(), s.guidance(), s.numbering(), areas);
        Map<String, String> texts = new HashMap<>();
        for (String key : reordered.textKeys()) {
            texts.put(key, JAPANESE.text(key).orElseThrow());
        }
        return Rubric.assemble(reordered, JAPANESE.locale(), texts);
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
