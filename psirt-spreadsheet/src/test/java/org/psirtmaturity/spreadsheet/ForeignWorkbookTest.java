package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * Workbooks not written by the template: another program's layout (columns in another order, rows
 * moved, an extra sheet first, words of both languages mixed) and rows and cells without numbers, as
 * the file format allows. The reader finds columns by their headers and rows by their labels.
 */
class ForeignWorkbookTest {

    @Test
    void columnsAndRowsElsewhere_extraSheets_andMixedLanguages_areReadByTheirHeadersAndLabels() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook wb = new Workbook(bytes, "another program", null);
        Worksheet notes = wb.newWorksheet("Notes");
        notes.value(0, 0, "our own notes, not read");
        Worksheet start = wb.newWorksheet("はじめに");
        start.value(4, 0, "Edition");
        start.value(4, 1, "1.0");
        start.value(7, 0, "ルーブリック");
        start.value(7, 1, "sisac-psirt-maturity-sheet");
        start.value(9, 0, "  Format ");
        start.value(9, 1, Questionnaires.FORMAT);
        start.value(12, 0, "組織");
        start.value(12, 1, "Example Corp");
        Worksheet answers = wb.newWorksheet("Answers");
        String[] headers = {"Note", "回答", "ID", "Evidence (one per line)", "除外の理由"};
        for (int c = 0; c < headers.length; c++) {
            answers.value(0, c, headers[c]);
        }
        answers.value(5, 2, "2.1");
        answers.value(5, 1, 3);
        answers.value(5, 0, "moved columns");
        answers.value(9, 2, "6.4");
        answers.value(9, 1, "Excluded (outside our business)");
        answers.value(9, 4, "no sales");
        Worksheet foundations = wb.newWorksheet("Foundations");
        foundations.value(0, 0, "回答");
        foundations.value(0, 1, "Key");
        foundations.value(3, 1, "triage");
        foundations.value(3, 0, "はい");
        wb.finish();
        Rubric rubric = Workbooks.rubric(Locale.ENGLISH);

        Assessment a = Questionnaires.read(bytes.toByteArray(), rubric, Locale.ENGLISH, ValidationOptions.DEFAULT).orElseThrow();

        assertThat(a).isEqualTo(Assessment.builder(rubric).organization("Example Corp")
                .score("2.1", 3).note("2.1", "moved columns").exclude("6.4", "no sales").foundation("triage", true).build());
    }

    @Test
    void rowsAndCellsWithoutNumbers_followTheOnesBefore() {
        Locale locale = Locale.ENGLISH;
        byte[] filled = RoundTripTest.filled(locale);
        Workbooks.Edit e = Workbooks.edit(filled);
        for (String sheet : new String[] {"Start", "Answers", "Foundations"}) {
            // every row and cell of the filled template is written, so their positions follow from their order
            e.part(e.sheetPart(sheet), x -> x.replaceAll("<(row|c) r=\"[A-Z]*[0-9]+\"", "<$1"));
        }
        byte[] unnumbered = e.build();
        assertThat(Workbooks.text(unnumbered, e.sheetPart("Answers"))).doesNotContain("<c r=", "<row r=");
        Rubric rubric = Workbooks.rubric(locale);

        Assessment a = Questionnaires.read(unnumbered, rubric, locale, ValidationOptions.DEFAULT).orElseThrow();

        assertThat(a).isEqualTo(RoundTripTest.expected(rubric));
    }
}
