package org.psirtmaturity.model.first;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CitationProperties {

    @Provide
    Arbitrary<List<Integer>> paths() {
        return Arbitraries.integers().between(1, 40).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property
    void firstId_parseOfToStringIsIdentity(@ForAll("paths") List<Integer> path) {
        FirstId id = new FirstId(path, FrameworkNumbering.V1_1);
        assertThat(FirstId.parse(id.toString(), FrameworkNumbering.V1_1)).isEqualTo(id);
    }

    @Provide
    Arbitrary<String> siblingRanges() {
        return Combinators.combine(paths().filter(p -> p.size() >= 2), Arbitraries.integers().between(1, 30))
                .as((path, extra) -> {
                    FirstId a = new FirstId(path, FrameworkNumbering.V1_0_DRAFT);
                    return a + "-" + (a.last() + extra);
                });
    }

    @Property
    void abbreviatedRange_expandsToConsecutiveSiblings(@ForAll("siblingRanges") String text) {
        Citation c = Citation.parse(text, FrameworkNumbering.V1_0_DRAFT);
        List<FirstId> ids = c.expand();
        assertThat(ids).first().isEqualTo(c.first());
        assertThat(ids).last().isEqualTo(c.last());
        assertThat(ids).hasSize(c.last().last() - c.first().last() + 1);
        assertThat(ids).isSorted();
        assertThat(ids).allSatisfy(id -> assertThat(id.parent()).isEqualTo(c.first().parent()));
    }

    @Property
    void parsedCitation_keepsItsTextAndFindsItselfInAText(@ForAll("siblingRanges") String text) {
        List<Citation> found = Citation.findAll("前[" + text + "]後", FrameworkNumbering.V1_0_DRAFT);
        assertThat(found).singleElement().extracting(Citation::text).isEqualTo(text);
    }

    @Property
    void firstId_orderIsConsistentWithEquals(@ForAll("paths") List<Integer> a, @ForAll("paths") List<Integer> b) {
        FirstId x = new FirstId(a, FrameworkNumbering.V1_1);
        FirstId y = new FirstId(b, FrameworkNumbering.V1_1);
        assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
    }
}
