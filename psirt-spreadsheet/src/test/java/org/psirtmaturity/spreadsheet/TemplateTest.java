package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.ValidationOptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What the template holds, read from its XML: sheets, drop-downs, texts, and how it prints. */
class TemplateTest {

    static Stream<Locale> languages() {
        return Stream.of(Locale.JAPANESE, Locale.ENGLISH);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void template_hasTheThreeSheetsOfItsLanguage(Locale locale) {
        Words w = Words.of(locale);
        String workbook = Workbooks.text(Workbooks.template(locale), "xl/workbook.xml");
        Document doc = Workbooks.parse(workbook.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var sheets = doc.getElementsByTagNameNS("*", "sheet");
        assertThat(sheets.getLength()).isEqualTo(3);
        assertThat(List.of(((Element) sheets.item(0)).getAttribute("name"), ((Element) sheets.item(1)).getAttribute("name"),
                ((Element) sheets.item(2)).getAttribute("name"))).containsExactly(w.startSheet(), w.answersSheet(), w.foundationsSheet());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyAnswerCell_andEveryYesNoCell_carriesItsDropDown_whichRefusesOtherValues(Locale locale) {
        Rubric rubric = Workbooks.rubric(locale);
        byte[] template = Workbooks.template(locale);

        assertThat(DropDowns.answerCellsWithout(template, rubric)).isEmpty();
        assertThat(DropDowns.of(template, Words.of(locale).answersSheet())).hasSize(27)
                .allSatisfy(v -> assertThat(v.errorStyle()).isEqualTo("stop"));
        assertThat(DropDowns.values(DropDowns.of(template, Words.of(locale).answersSheet()).get(0).formula()))
                .as("human-readable values, no codes").containsExactlyElementsOf(Words.of(locale).answerChoices());
    }

    @Test
    void dropDownValues_readAsWhatTheyName() {
        for (Words w : Words.values()) {
            for (int l = RubricLevel.MIN; l <= RubricLevel.MAX; l++) {
                assertThat(Choices.answer(new Value.Text(w.level(l)))).contains(new Choices.Level(l));
            }
            assertThat(Choices.answer(new Value.Text(w.excluded()))).contains(new Choices.Excluded());
            assertThat(Choices.answer(new Value.Text(w.unanswered()))).contains(new Choices.NoAnswer());
            assertThat(Choices.yesNo(new Value.Text(w.yes()))).contains(java.util.Optional.of(true));
            assertThat(Choices.yesNo(new Value.Text(w.no()))).contains(java.util.Optional.of(false));
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void answersSheet_showsEveryFrameworkWithItsLevels_undefinedOnesMarked_andTheOutOfScopeOneClosed(Locale locale) throws Exception {
        Rubric rubric = Workbooks.rubric(locale);
        Words w = Words.of(locale);
        byte[] bytes = Workbooks.template(locale);
        Workbooks.Edit e = Workbooks.edit(bytes);
        String sheet = new String(e.parts().get(e.sheetPart(w.answersSheet())), java.nio.charset.StandardCharsets.UTF_8);
        String strings = Workbooks.text(bytes, "xl/sharedStrings.xml");
        Document sst = Workbooks.parse(strings.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> texts = new java.util.ArrayList<>();
        var si = sst.getElementsByTagNameNS("*", "si");
        for (int i = 0; i < si.getLength(); i++) {
            texts.add(si.item(i).getTextContent());
        }

        for (Framework f : rubric.frameworks()) {
            assertThat(texts).contains(f.id().toString(), f.title());
            for (RubricLevel l : f.levels()) {
                l.description().ifPresent(d -> assertThat(texts).contains(d));
            }
        }
        assertThat(texts).contains(w.undefinedLevel(), w.outOfScope());
        assertThat(w.undefinedLevel()).isEqualTo(locale.getLanguage().equals("ja") ? "\u2500" : "\u2014");
        assertThat(sheet).contains("<pane xSplit=\"2\" ySplit=\"1\"");
        assertThat(sheet).contains("fitToWidth=\"1\"").contains("fitToHeight=\"0\"").contains("orientation=\"landscape\"");
        assertThat(sheet).as("rows sized to their text").contains("customHeight=\"1\"");
        assertThat(Workbooks.text(bytes, "xl/workbook.xml")).contains("_xlnm.Print_Titles");
    }

    @Test
    void startSheet_holdsTheGuidanceAndTheFormat() {
        String strings = Workbooks.text(Workbooks.template(Locale.JAPANESE), "xl/sharedStrings.xml");
        String shown = Workbooks.parse(strings.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getDocumentElement().getTextContent();
        assertThat(shown).contains("レベル 0 から順に", "最も近いレベル", "業務範囲外", "2.5～3.0", "6～12 か月", Questionnaires.FORMAT,
                "sisac-psirt-maturity-sheet", "経営層の支援", "トリアージ");
        String english = Workbooks.parse(Workbooks.text(Workbooks.template(Locale.ENGLISH), "xl/sharedStrings.xml")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).getDocumentElement().getTextContent();
        assertThat(english).contains("from level 0 upwards", "closest to", "clearly outside", "2.5 to 3.0", "every 6 to 12 months",
                "Executive sponsorship", "Triage");
    }

    @Test
    void write_flushesButDoesNotCloseTheStream_andRejectsNulls() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Questionnaires.write(Workbooks.rubric(Locale.ENGLISH), out);

        assertThat(closed[0]).isFalse();
        assertThat(Questionnaires.isWorkbook(bytes.toByteArray())).isTrue();
        assertThatThrownBy(() -> Questionnaires.write(null, out)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Questionnaires.read((byte[]) null, Workbooks.rubric(Locale.ENGLISH), Locale.ENGLISH, ValidationOptions.DEFAULT))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void rowHeight_growsWithTheText_andCountsWideCharactersTwice() {
        assertThat(TemplateWriter.height(11, 20, "short")).isEqualTo(TemplateWriter.height(11, 20, ""));
        assertThat(TemplateWriter.height(11, 20, "x".repeat(60))).isGreaterThan(TemplateWriter.height(11, 20, "x".repeat(10)));
        assertThat(TemplateWriter.height(11, 20, "あ".repeat(15))).isEqualTo(TemplateWriter.height(11, 20, "x".repeat(30)));
        assertThat(TemplateWriter.height(11, 20, "a\nb\nc")).isGreaterThan(TemplateWriter.height(11, 20, "abc"));
        assertThat(TemplateWriter.height(9, 10, "x".repeat(100_000))).isEqualTo(409);
    }
}
