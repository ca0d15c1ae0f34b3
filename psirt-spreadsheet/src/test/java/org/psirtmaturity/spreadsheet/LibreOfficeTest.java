package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * A workbook saved by a real spreadsheet program reads back: the filled templates of both languages,
 * opened and saved again by LibreOffice Calc (shared strings, its own styles and numbers), give the
 * assessment filled in, and keep their drop-downs. Skipped where {@code soffice} is not installed; the
 * committed {@code valid-libreoffice-*.xlsx} workbooks of the catalogue are read in any case.
 */
class LibreOfficeTest {

    @Test
    void filledTemplates_savedAgainByLibreOffice_readAsTheAssessmentFilledIn(@TempDir Path work) throws Exception {
        assumeTrue(LibreOffice.soffice().isPresent(), "LibreOffice (soffice) is not installed");
        Path ja = Files.write(work.resolve("filled-ja.xlsx"), RoundTripTest.filled(Locale.JAPANESE));
        Path en = Files.write(work.resolve("filled-en.xlsx"), RoundTripTest.filled(Locale.ENGLISH));

        List<byte[]> saved = LibreOffice.resave(work, List.of(ja, en));

        for (int i = 0; i < 2; i++) {
            Locale locale = i == 0 ? Locale.JAPANESE : Locale.ENGLISH;
            Rubric rubric = Workbooks.rubric(locale);
            byte[] workbook = saved.get(i);
            assertThat(Workbooks.unzip(workbook)).as("LibreOffice writes shared strings").containsKey("xl/sharedStrings.xml");
            ParseResult<Assessment> read = Questionnaires.read(workbook, rubric, locale, ValidationOptions.DEFAULT);
            assertThat(read.problems()).isEmpty();
            assertThat(read.orElseThrow()).isEqualTo(RoundTripTest.expected(rubric));
            assertThat(Scoring.score(read.orElseThrow(), rubric)).isEqualTo(Scoring.score(RoundTripTest.expected(rubric), rubric));
            assertThat(DropDowns.answerCellsWithout(workbook, rubric)).as("every answer cell keeps its drop-down").isEmpty();
        }
    }
}
