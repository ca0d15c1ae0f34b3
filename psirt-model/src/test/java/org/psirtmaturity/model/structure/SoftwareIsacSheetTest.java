package org.psirtmaturity.model.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.first.FrameworkNumbering;

class SoftwareIsacSheetTest {

    private final RubricStructure sheet = SoftwareIsacSheet.structure();

    @Test
    void sheet_hasSixAreasAndTwentyEightFrameworks() {
        assertThat(sheet.areas()).extracting(AreaStructure::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(sheet.frameworks()).extracting(f -> f.id().toString()).containsExactly(
                "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7",
                "2.1", "2.2", "2.3", "2.4", "2.5",
                "3.1", "3.2", "3.3",
                "4.1", "4.2", "4.3", "4.4",
                "5.1", "5.2", "5.3", "5.4",
                "6.1", "6.2", "6.3", "6.4", "6.5");
        assertThat(sheet.frameworks()).allSatisfy(f -> assertThat(f.firstService().id().toString()).isEqualTo(f.id().toString()));
    }

    @Test
    void undefinedLevels_areExactlyTheSheetsDashCells() {
        List<String> undefined = new ArrayList<>();
        for (FrameworkStructure f : sheet.frameworks()) {
            for (LevelStructure l : f.levels()) {
                if (!l.defined()) {
                    undefined.add(f.id() + "/" + l.level());
                }
            }
        }
        assertThat(undefined).containsExactly(
                "4.4/0", "4.4/1", "4.4/2", "4.4/3",
                "5.2/5", "5.3/5",
                "5.4/0", "5.4/1", "5.4/2", "5.4/3",
                "6.2/5",
                "6.3/0", "6.3/1", "6.3/2", "6.3/3", "6.3/4", "6.3/5");
    }

    @Test
    void onlyFramework63IsOutOfScope() {
        assertThat(sheet.frameworks()).filteredOn(FrameworkStructure::outOfScope)
                .extracting(f -> f.id().toString()).containsExactly("6.3");
    }

    @Test
    void notes_belongToTheFrameworksWithFootnotes() {
        assertThat(sheet.frameworks()).filteredOn(f -> f.noteCount() > 0)
                .extracting(f -> f.id() + ":" + f.noteCount()).containsExactly("2.3:1", "2.4:3", "2.5:1", "4.1:1");
    }

    @Test
    void citations_numberTwoHundredTwentyOneInDraftNumbering() {
        long count = sheet.frameworks().stream().flatMap(f -> f.levels().stream()).mapToLong(l -> l.citations().size()).sum();
        assertThat(count).isEqualTo(221);
        long distinct = sheet.frameworks().stream().flatMap(f -> f.levels().stream()).flatMap(l -> l.citations().stream())
                .map(c -> c.text()).distinct().count();
        assertThat(distinct).isEqualTo(161);
        assertThat(sheet.numbering()).isEqualTo(FrameworkNumbering.V1_0_DRAFT);
    }

    @Test
    void textKeys_followTheDocumentOrder() {
        List<String> keys = sheet.textKeys();
        assertThat(keys).startsWith("rubric.title", "area.1.title", "framework.1.1.title", "framework.1.1.objective",
                "framework.1.1.level.0");
        assertThat(keys).contains("framework.2.4.note.3").doesNotContain("framework.4.4.level.0", "framework.6.3.level.0");
        assertThat(keys).doesNotHaveDuplicates();
        // 1 title + 6 areas + 28 × (title, objective) + 151 defined levels + 6 notes
        assertThat(keys).hasSize(1 + 6 + 56 + (28 * 6 - 17) + 6);
    }

    @Test
    void guidance_isTheSheetsTargetBandAndInterval() {
        assertThat(sheet.guidance().targetMinimum()).isEqualByComparingTo("2.5");
        assertThat(sheet.guidance().targetMaximum()).isEqualByComparingTo("3.0");
        assertThat(sheet.guidance().shortestRescoringInterval().toTotalMonths()).isEqualTo(6);
        assertThat(sheet.guidance().longestRescoringInterval().toTotalMonths()).isEqualTo(12);
    }
}
