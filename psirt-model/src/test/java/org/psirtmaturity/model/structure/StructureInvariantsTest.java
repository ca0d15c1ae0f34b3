package org.psirtmaturity.model.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.UsageGuidance;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.model.first.FirstService;
import org.psirtmaturity.model.first.FirstServiceArea;
import org.psirtmaturity.model.first.FrameworkNumbering;

/** The structure records reject what would make a rubric inconsistent, and accept their edges. */
class StructureInvariantsTest {

    private static final RubricStructure SHEET = SoftwareIsacSheet.structure();
    private static final FrameworkId F21 = FrameworkId.parse("2.1");

    private static List<LevelStructure> levels(boolean defined) {
        List<LevelStructure> levels = new ArrayList<>();
        for (int l = 0; l <= 5; l++) {
            levels.add(new LevelStructure(l, defined, List.of()));
        }
        return levels;
    }

    private static FrameworkStructure framework21() {
        return new FrameworkStructure(F21, FirstService.S2_1, false, 0, levels(true));
    }

    @Test
    void levelStructure_checksTheLevelAndThatAnUndefinedLevelCitesNothing() {
        Citation c = Citation.parse("2.1.1", FrameworkNumbering.V1_0_DRAFT);
        assertThat(new LevelStructure(0, true, List.of(c)).citations()).containsExactly(c);
        assertThat(new LevelStructure(5, false, List.of()).defined()).isFalse();
        assertThatThrownBy(() -> new LevelStructure(-1, true, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LevelStructure(6, true, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LevelStructure(2, false, List.of(c))).hasMessage("undefined level 2 cannot cite anything");
    }

    @Test
    void frameworkStructure_needsItsOwnServiceSixLevelsInOrderAndNoDefinedLevelWhenOutOfScope() {
        assertThat(framework21().level(3).level()).isEqualTo(3);
        assertThat(new FrameworkStructure(F21, FirstService.S2_1, true, 0, levels(false)).outOfScope()).isTrue();
        assertThatThrownBy(() -> new FrameworkStructure(F21, FirstService.S2_2, false, 0, levels(true)))
                .hasMessage("framework 2.1 must map to FIRST service 2.1, not 2.2");
        assertThatThrownBy(() -> new FrameworkStructure(F21, FirstService.S1_1, false, 0, levels(true)))
                .hasMessage("framework 2.1 must map to FIRST service 2.1, not 1.1");
        assertThatThrownBy(() -> new FrameworkStructure(F21, FirstService.S3_1, false, 0, levels(true)))
                .hasMessage("framework 2.1 must map to FIRST service 2.1, not 3.1");
        assertThatThrownBy(() -> new FrameworkStructure(F21, FirstService.S2_1, false, 0, levels(true).subList(0, 5)))
                .hasMessage("framework 2.1 needs levels 0 to 5, got 5");
        List<LevelStructure> seven = new ArrayList<>(levels(true));
        seven.add(new LevelStructure(5, true, List.of()));
        assertThatThrownBy(() -> new FrameworkStructure(F21, FirstService.S2_1, false, 0, seven))
                .hasMessage("framework 2.1 needs levels 0 to 5, got 7");
        List<LevelStructure> swapped = new ArrayList<>(levels(true));
        swapped.set(4, new LevelStructure(5, true, List.of()));
        swapped.set(5, new LevelStructure(4, true, List.of()));
        assertThatThrownBy(() -> new FrameworkStructure(F21, FirstService.S2_1, false, 0, swapped))
                .hasMessage("framework 2.1: level at position 4 is 5");
        List<LevelStructure> lastDefined = new ArrayList<>(levels(false));
        lastDefined.set(5, new LevelStructure(5, true, List.of()));
        assertThatThrownBy(() -> new FrameworkStructure(F21, FirstService.S2_1, true, 0, lastDefined))
                .hasMessage("out-of-scope framework 2.1 cannot define level 5");
        assertThatThrownBy(() -> new FrameworkStructure(F21, FirstService.S2_1, false, -1, levels(true)))
                .hasMessage("negative note count for framework 2.1");
        assertThat(new FrameworkStructure(F21, FirstService.S2_1, false, 0, levels(true)).noteCount()).isZero();
    }

    @Test
    void areaStructure_needsItsOwnFirstAreaAndFrameworksOfItsOwn() {
        assertThat(new AreaStructure(2, FirstServiceArea.VULNERABILITY_DISCOVERY, List.of(framework21())).frameworks()).hasSize(1);
        assertThatThrownBy(() -> new AreaStructure(2, FirstServiceArea.REMEDIATION, List.of(framework21())))
                .hasMessage("area 2 cannot be FIRST service area 4");
        assertThatThrownBy(() -> new AreaStructure(2, FirstServiceArea.VULNERABILITY_DISCOVERY, List.of()))
                .hasMessage("area 2 has no frameworks");
        FrameworkStructure f31 = new FrameworkStructure(FrameworkId.parse("3.1"), FirstService.S3_1, false, 0, levels(true));
        assertThatThrownBy(() -> new AreaStructure(2, FirstServiceArea.VULNERABILITY_DISCOVERY, List.of(framework21(), f31)))
                .hasMessage("framework 3.1 does not belong to area 2");
    }

    @Test
    void rubricStructure_needsAWellFormedIdAnEditionAndUniqueAreasAndFrameworks() {
        AreaStructure area2 = new AreaStructure(2, FirstServiceArea.VULNERABILITY_DISCOVERY, List.of(framework21()));
        RubricStructure ok = new RubricStructure("my-sheet-2", "1", SHEET.source(), SHEET.guidance(), FrameworkNumbering.V1_1, List.of(area2));
        assertThat(ok.textKeys()).containsExactly("rubric.title", "area.2.title", "framework.2.1.title", "framework.2.1.objective",
                "framework.2.1.level.0", "framework.2.1.level.1", "framework.2.1.level.2", "framework.2.1.level.3",
                "framework.2.1.level.4", "framework.2.1.level.5");
        assertThat(ok.framework(F21)).hasValue(framework21());
        assertThat(ok.framework(FrameworkId.parse("2.2"))).isEmpty();
        for (String id : List.of("a", "0", "z", "9", "a-b", "a1-2b-c3", "az09-z9", "sisac-psirt-maturity-sheet")) {
            assertThat(new RubricStructure(id, "1", SHEET.source(), SHEET.guidance(), FrameworkNumbering.V1_1, List.of(area2)).id())
                    .isEqualTo(id);
        }
        for (String id : List.of("My-Sheet", "sheet_1", "-sheet", "sheet-", "sheet--2", "", "シート", "-", "a-", "a b", "a.b", "a-B",
                "/", ":", "`", "{", "a-{")) {
            assertThatThrownBy(() -> new RubricStructure(id, "1", SHEET.source(), SHEET.guidance(), FrameworkNumbering.V1_1, List.of(area2)))
                    .hasMessage("rubric id \"" + id + "\" must be lower-case words joined by hyphens");
        }
        assertThatThrownBy(() -> new RubricStructure("s", " ", SHEET.source(), SHEET.guidance(), FrameworkNumbering.V1_1, List.of(area2)))
                .hasMessage("rubric edition is blank");
        assertThatThrownBy(() -> new RubricStructure("s", "1", SHEET.source(), SHEET.guidance(), FrameworkNumbering.V1_1, List.of()))
                .hasMessage("a rubric needs at least one area");
        assertThatThrownBy(() -> new RubricStructure("s", "1", SHEET.source(), SHEET.guidance(), FrameworkNumbering.V1_1,
                List.of(area2, area2))).hasMessage("area 2 appears twice");
        AreaStructure area1 = new AreaStructure(1, FirstServiceArea.STAKEHOLDER_ECOSYSTEM_MANAGEMENT, List.of(
                new FrameworkStructure(FrameworkId.parse("1.1"), FirstService.S1_1, false, 0, levels(true))));
        AreaStructure area1Again = new AreaStructure(1, FirstServiceArea.STAKEHOLDER_ECOSYSTEM_MANAGEMENT, List.of(
                new FrameworkStructure(FrameworkId.parse("1.1"), FirstService.S1_1, true, 0, levels(false))));
        assertThatThrownBy(() -> new RubricStructure("s", "1", SHEET.source(), SHEET.guidance(), FrameworkNumbering.V1_1,
                List.of(area1, area2, area1Again))).hasMessage("area 1 appears twice");
    }

    @Test
    void rubricStructure_rejectsAFrameworkInTwoAreas() {
        FrameworkStructure f21 = framework21();
        AreaStructure a = new AreaStructure(2, FirstServiceArea.VULNERABILITY_DISCOVERY, List.of(f21, f21));
        assertThatThrownBy(() -> new RubricStructure("s", "1", SHEET.source(), SHEET.guidance(), FrameworkNumbering.V1_1, List.of(a)))
                .hasMessage("framework 2.1 appears twice");
    }

    @Test
    void usageGuidance_acceptsABandInside0To5AndRejectsOthers() {
        Period p = Period.ofMonths(6);
        assertThat(new UsageGuidance(BigDecimal.ZERO, new BigDecimal("5"), p, p).targetMaximum()).isEqualByComparingTo("5");
        assertThat(new UsageGuidance(new BigDecimal("2.5"), new BigDecimal("2.5"), p, p).targetMinimum()).isEqualByComparingTo("2.5");
        for (String[] band : new String[][] {{"-0.01", "3"}, {"2", "5.01"}, {"3.1", "3"}, {"-1", "-0.5"}, {"5.5", "6"}}) {
            assertThatThrownBy(() -> new UsageGuidance(new BigDecimal(band[0]), new BigDecimal(band[1]), p, p))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("target band must satisfy 0 <= minimum <= maximum <= 5, got " + band[0] + " to " + band[1]);
        }
    }

    @Test
    void framework_rejectsLevelsOfAnotherFrameworkOrADefinedLevelWhenOutOfScope() {
        List<RubricLevel> undefined = new ArrayList<>();
        for (int l = 0; l <= 5; l++) {
            undefined.add(new RubricLevel(F21, l, Optional.empty(), List.of()));
        }
        assertThat(new Framework(F21, "t", "o", FirstService.S2_1, true, List.of(), undefined).definedLevels()).isEmpty();
        List<RubricLevel> lastDefined = new ArrayList<>(undefined);
        lastDefined.set(5, new RubricLevel(F21, 5, Optional.of("text"), List.of()));
        assertThatThrownBy(() -> new Framework(F21, "t", "o", FirstService.S2_1, true, List.of(), lastDefined))
                .hasMessage("out-of-scope framework 2.1 cannot define level 5");
        assertThat(new Framework(F21, "t", "o", FirstService.S2_1, false, List.of(), lastDefined).definedLevels())
                .extracting(RubricLevel::level).containsExactly(5);
        List<RubricLevel> other = new ArrayList<>(undefined);
        other.set(2, new RubricLevel(FrameworkId.parse("2.2"), 2, Optional.empty(), List.of()));
        assertThatThrownBy(() -> new Framework(F21, "t", "o", FirstService.S2_1, false, List.of(), other))
                .hasMessage("framework 2.1: unexpected level at position 2");
        assertThatThrownBy(() -> new Framework(F21, "t", "o", FirstService.S2_1, false, List.of(), undefined.subList(0, 5)))
                .hasMessage("framework 2.1 needs levels 0 to 5");
    }
}
