package org.psirtmaturity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.first.FirstId;
import org.psirtmaturity.model.first.FrameworkNumbering;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;

/** A rubric's accessors and lookups, and how its text check names and orders what it finds. */
class RubricLookupsTest {

    private static final RubricStructure SHEET = SoftwareIsacSheet.structure();
    private static final Rubric JA = Rubric.assemble(SHEET, Locale.JAPANESE, RubricAssemblyTest.placeholderTexts());

    @Test
    void accessors_returnTheStructuresParts() {
        assertThat(JA.title()).isEqualTo("text of rubric.title");
        assertThat(JA.guidance()).isEqualTo(SHEET.guidance());
        assertThat(JA.source()).isEqualTo(SHEET.source());
        assertThat(JA.numbering()).isEqualTo(FrameworkNumbering.V1_0_DRAFT);
        assertThat(JA.structure()).isSameAs(SHEET);
        assertThat(JA.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(JA).hasToString("Rubric[sisac-psirt-maturity-sheet 1.0 ja]");
    }

    @Test
    void area_findsAnAreaByNumberOnly() {
        assertThat(JA.area(1)).hasValueSatisfying(a -> assertThat(a.number()).isEqualTo(1));
        assertThat(JA.area(6)).hasValueSatisfying(a -> assertThat(a.title()).isEqualTo("text of area.6.title"));
        assertThat(JA.area(0)).isEmpty();
        assertThat(JA.area(7)).isEmpty();
    }

    @Test
    void text_givesTheRawTextOfAKeyOfTheStructure() {
        assertThat(JA.text("area.2.title")).hasValue("text of area.2.title");
        assertThat(JA.text("area.9.title")).isEmpty();
    }

    @Test
    void equalRubrics_haveEqualHashCodesAndOthersDiffer() {
        Rubric again = Rubric.assemble(SHEET, Locale.JAPANESE, RubricAssemblyTest.placeholderTexts());
        Rubric english = Rubric.assemble(SHEET, Locale.ENGLISH, RubricAssemblyTest.placeholderTexts());
        assertThat(again).isEqualTo(JA).hasSameHashCodeAs(JA);
        assertThat(english).isNotEqualTo(JA);
        assertThat(english.hashCode()).isNotEqualTo(JA.hashCode());
    }

    @Test
    void levelsCitingWithin_returnsEachLevelOnceInRubricOrder() {
        List<RubricLevel> levels = JA.levelsCitingWithin(FirstId.parse("3", FrameworkNumbering.V1_0_DRAFT));
        assertThat(levels).isNotEmpty().doesNotHaveDuplicates();
        for (int i = 1; i < levels.size(); i++) {
            RubricLevel before = levels.get(i - 1);
            RubricLevel after = levels.get(i);
            int byFramework = before.framework().compareTo(after.framework());
            assertThat(byFramework < 0 || byFramework == 0 && before.level() < after.level())
                    .as("%s/%d before %s/%d", before.framework(), before.level(), after.framework(), after.level()).isTrue();
        }
        assertThat(levels).extracting(RubricLevel::framework).extracting(FrameworkId::area).contains(3);
    }

    @Test
    void check_namesUnexpectedKeysInSortedOrderWithTheRightCode() {
        Map<String, String> texts = RubricAssemblyTest.placeholderTexts();
        texts.put("zzz.last", "x");
        texts.put("framework.2.1.summary", "x");
        texts.put("framework.x.1.title", "x");
        texts.put("framework.4.4.level.1", "x");
        texts.put("framework.4.4.level.9", "x");
        texts.put("framework.2.4.note.4", "x");
        texts.put("framework.2.1", "x");
        texts.put("framework.7.1.title", "x");
        texts.put("aaa.first", "x");
        assertThat(Rubric.check(SHEET, texts)).extracting(Problem::path, Problem::code).containsExactly(
                tuple("aaa.first", "text.unexpected"),
                tuple("framework.2.1", "text.unexpected"),
                tuple("framework.2.1.summary", "text.unexpected"),
                tuple("framework.2.4.note.4", "text.unexpected"),
                tuple("framework.4.4.level.1", "text.undefined-level"),
                tuple("framework.4.4.level.9", "text.unexpected"),
                tuple("framework.7.1.title", "text.unknown-framework"),
                tuple("framework.x.1.title", "text.unknown-framework"),
                tuple("zzz.last", "text.unexpected"));
        assertThat(Rubric.check(SHEET, texts)).filteredOn(p -> p.path().equals("framework.2.4.note.4")).singleElement()
                .extracting(Problem::message).isEqualTo("framework 2.4 has 3 notes; no text is expected under this key");
    }

    @Test
    void check_quotesTheKeyOfAMissingOrBlankText() {
        Map<String, String> texts = RubricAssemblyTest.placeholderTexts();
        texts.remove("area.3.title");
        texts.put("area.4.title", " ");
        assertThat(Rubric.check(SHEET, texts)).extracting(Problem::message).containsExactly(
                "no text for \"area.3.title\"; every key of the structure needs a text",
                "the text of \"area.4.title\" is blank");
    }
}
