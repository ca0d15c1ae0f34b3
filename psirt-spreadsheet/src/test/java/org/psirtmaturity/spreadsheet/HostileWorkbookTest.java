package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * Hostile workbooks, built here with java.util.zip, each fail with one clear problem. The module's tests
 * run in a 256 MiB heap (see the pom), so every one of them is read in bounded memory; none is expanded
 * past its limit, and nothing in them is fetched.
 */
class HostileWorkbookTest {

    private static final Locale EN = Locale.ENGLISH;

    private static ParseResult<Assessment> read(byte[] workbook) {
        return Questionnaires.read(workbook, Workbooks.rubric(EN), EN, ValidationOptions.DEFAULT);
    }

    /** The only problem of a workbook, which must not read. */
    private static Problem onlyProblem(byte[] workbook) {
        ParseResult<Assessment> r = read(workbook);
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors()).hasSize(1);
        return r.errors().get(0);
    }

    /** The English template with parts added or replaced. */
    private static byte[] template(Map<String, byte[]> parts) {
        Workbooks.Edit e = Workbooks.edit(Workbooks.template(EN));
        parts.forEach(e::put);
        return e.build();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String answersPart() {
        Workbooks.Edit e = Workbooks.edit(Workbooks.template(EN));
        return e.sheetPart(Words.ENGLISH.answersSheet());
    }

    /** A worksheet whose sheetData holds the given rows (XML), under the template's header row. */
    private static String worksheet(String rows) {
        String template = Workbooks.text(Workbooks.template(EN), answersPart());
        int start = template.indexOf("<sheetData>") + "<sheetData>".length();
        int firstRowEnd = template.indexOf("</row>", start) + "</row>".length();
        int end = template.indexOf("</sheetData>");
        return template.substring(0, firstRowEnd) + rows + template.substring(end);
    }

    // ------------------------------------------------------------------ zip bombs and sizes

    @Test
    void zipBomb_aPartThatUncompressesAThousandFold_isRefusedOnceItPassesTheRatio() {
        byte[] zeros = new byte[64 * 1024 * 1024];
        byte[] workbook = template(Map.of("xl/media/image1.png", zeros));
        assertThat(workbook.length).isLessThan(200_000);

        Problem p = onlyProblem(workbook);

        assertThat(p.code()).isEqualTo("sheet.limit.ratio");
        assertThat(p.arguments()).containsExactly("xl/media/image1.png", "100");
    }

    @Test
    void zipBomb_manyPartsWithinTheRatio_isRefusedAtTheTotalLimit() {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        byte[] megabyte = new byte[Limits.RATIO_GRACE_BYTES];
        for (int i = 0; i < 70; i++) {
            parts.put("xl/media/image" + i + ".png", megabyte);
        }
        byte[] workbook = template(parts);

        Problem p = onlyProblem(workbook);

        assertThat(p.code()).isEqualTo("sheet.limit.uncompressed");
        assertThat(p.arguments()).containsExactly(String.valueOf(Questionnaires.MAX_UNCOMPRESSED_BYTES));
    }

    @Test
    void aWorksheetBombOfWhiteSpace_isRefusedWhileItIsParsed() {
        String part = answersPart();
        byte[] xml = utf8(worksheet("") .replace("<sheetData>", "<sheetData>" + " ".repeat(40 * 1024 * 1024)));

        Problem p = onlyProblem(template(Map.of(part, xml)));

        assertThat(p.code()).isEqualTo("sheet.limit.ratio");
        assertThat(p.arguments()).containsExactly(part, "100");
    }

    @Test
    void aFileBeyondTheSizeLimit_isRefused_andAStreamIsNotReadBeyondIt() {
        byte[] big = new byte[Questionnaires.MAX_WORKBOOK_BYTES + 10_000];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        long[] read = {0};
        InputStream counting = new FilterInputStream(new java.io.ByteArrayInputStream(big)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read[0] += Math.max(n, 0);
                return n;
            }
        };

        ParseResult<Assessment> r = Questionnaires.read(counting, Workbooks.rubric(EN), EN, ValidationOptions.DEFAULT);

        assertThat(r.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("sheet.limit.size");
            assertThat(p.arguments()).containsExactly(String.valueOf(Questionnaires.MAX_WORKBOOK_BYTES));
        });
        assertThat(read[0]).isEqualTo(Questionnaires.MAX_WORKBOOK_BYTES + 1L);
        assertThat(read(big).errors()).extracting(Problem::code).containsExactly("sheet.limit.size");
    }

    @Test
    void aZipOfMoreThanAThousandEntries_isRefusedBeforeItIsOpened() {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 1_001; i++) {
            parts.put("xl/media/p" + i + ".bin", new byte[0]);
        }

        Problem p = onlyProblem(template(parts));

        assertThat(p.code()).isEqualTo("sheet.limit.entries");
        assertThat(p.arguments()).containsExactly("1000");
    }

    // ------------------------------------------------------------------ rows, cells, formulas

    @Test
    void aSheetOfNearlyAMillionRowsOfValues_stopsAtTheRowLimit() {
        // 990,000 rows of one cell each: within the cell limit, so that reading reaches the row limit.
        StringBuilder rows = new StringBuilder();
        for (int r = 2; r <= 990_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"N").append(r).append("\" t=\"b\"><v>1</v></c></row>");
        }
        byte[] workbook = template(Map.of(answersPart(), utf8(worksheet(rows.toString()))));

        Problem p = onlyProblem(workbook);

        assertThat(p.code()).isEqualTo("sheet.limit.rows");
        assertThat(p.path()).isEqualTo("answers");
        assertThat(p.arguments()).containsExactly("Answers", "1000", "Answers!N1001");
        assertThat(p.message()).endsWith("(Answers!N1001)");
    }

    @Test
    void aMillionEmptyRowsBeforeAValue_areStreamedPast_andTheValueIsReported() {
        StringBuilder rows = new StringBuilder();
        for (int r = 2; r < 1_000_000; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        rows.append("<row r=\"1000000\"><c r=\"J1000000\" t=\"inlineStr\"><is><t>Level 3</t></is></c></row>");
        byte[] workbook = template(Map.of(answersPart(), utf8(worksheet(rows.toString()))));

        Problem p = onlyProblem(workbook);

        assertThat(p.code()).isEqualTo("sheet.limit.rows");
        assertThat(p.arguments()).containsExactly("Answers", "1000", "Answers!J1000000");
    }

    @Test
    void aPartOfMoreThanAMillionCells_isRefused() {
        // Cells holding random numbers, so that the part compresses less than the ratio limit.
        java.util.Random random = new java.util.Random(1);
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < 1_000; r++) {
            rows.append("<row r=\"").append(2000 + r).append("\">");
            for (int c = 0; c < 1_001; c++) {
                rows.append("<c><v>").append(random.nextInt(1_000_000)).append("</v></c>");
            }
            rows.append("</row>");
        }
        Problem p = onlyProblem(template(Map.of("xl/worksheets/sheet9.xml", utf8("<worksheet><sheetData>" + rows + "</sheetData></worksheet>"))));

        assertThat(p.code()).isEqualTo("sheet.limit.cells");
        assertThat(p.arguments()).containsExactly("xl/worksheets/sheet9.xml", "1000000");
    }

    @Test
    void aPartOfMoreThanAHundredArrayFormulas_isRefused() {
        StringBuilder rows = new StringBuilder("<row r=\"2000\">");
        for (int c = 0; c < 101; c++) {
            rows.append("<c><f t=\"array\" ref=\"A1:XFD1048576\">1</f><v>1</v></c>");
        }
        rows.append("</row>");

        Problem p = onlyProblem(template(Map.of(answersPart(), utf8(worksheet(rows.toString())))));

        assertThat(p.code()).isEqualTo("sheet.limit.formulas");
        assertThat(p.arguments()).containsExactly(answersPart(), "100");
    }

    @Test
    void aCellReferenceBeyondTheLastColumn_isRefusedAsDamaged_beforeTheReaderSizesARowByIt() {
        String rows = "<row r=\"5\"><c r=\"ZZZZZZ5\" t=\"inlineStr\"><is><t>x</t></is></c></row>";

        Problem p = onlyProblem(template(Map.of(answersPart(), utf8(worksheet(rows)))));

        assertThat(p.code()).isEqualTo("sheet.damaged");
        assertThat(p.arguments()).containsExactly(answersPart());
    }

    @Test
    void aSharedStringIndexBeyondTheTable_isRefusedAsDamaged_beforeTheReaderLooksItUp() {
        String rows = "<row r=\"5\"><c r=\"J5\" t=\"s\"><v>2147483647</v></c></row>";

        Problem p = onlyProblem(template(Map.of(answersPart(), utf8(worksheet(rows)))));

        assertThat(p.code()).isEqualTo("sheet.damaged");
        assertThat(p.arguments()).containsExactly(answersPart());
    }

    @Test
    void aWorkbookWithoutItsRelationships_isDamaged() {
        byte[] workbook = Workbooks.edit(Workbooks.template(EN)).remove("xl/_rels/workbook.xml.rels").build();

        Problem p = onlyProblem(workbook);

        assertThat(p.code()).isEqualTo("sheet.damaged");
        assertThat(p.arguments()).containsExactly("xl/workbook.xml");
    }

    @Test
    void aSheetTheReaderCannotRead_isDamaged_andNamed() {
        String rows = "<row r=\"5\"><c r=\"J5\" t=\"unknown\"><v>1</v></c></row>";

        Problem p = onlyProblem(template(Map.of(answersPart(), utf8(worksheet(rows)))));

        assertThat(p.code()).isEqualTo("sheet.damaged");
        assertThat(p.path()).isEqualTo("answers");
        assertThat(p.arguments()).containsExactly("Answers");
    }

    // ------------------------------------------------------------------ XML entity tricks

    @Test
    void billionLaughs_isRefusedAtItsDoctype_andNothingIsExpanded() {
        String lol = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol9;</t></si></sst>";

        Problem p = onlyProblem(template(Map.of("xl/sharedStrings.xml", utf8(lol))));

        assertThat(p.code()).isEqualTo("sheet.xml.doctype");
        assertThat(p.arguments()).containsExactly("xl/sharedStrings.xml");
    }

    @Test
    void externalEntity_isRefusedAtItsDoctype_andNothingIsFetched() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/x\">"
                + "<!ENTITY file SYSTEM \"file:///etc/passwd\">]>" + Workbooks.text(Workbooks.template(EN), "xl/workbook.xml")
                .replaceFirst("<\\?xml[^>]*\\?>", "").replace("<sheets>", "<sheets>&xxe;&file;");

        Problem p = onlyProblem(template(Map.of("xl/workbook.xml", utf8(xxe))));

        assertThat(p.code()).isEqualTo("sheet.xml.doctype");
        assertThat(p.arguments()).containsExactly("xl/workbook.xml");
    }

    @Test
    void aDoctypeInUtf16_isRefusedToo() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE sst [<!ENTITY a \"b\">]><sst><si><t>&a;</t></si></sst>";
        byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16); // with a byte-order mark

        Problem p = onlyProblem(template(Map.of("xl/sharedStrings.xml", utf16)));

        assertThat(p.code()).isEqualTo("sheet.xml.doctype");
    }

    @Test
    void anUndeclaredEntity_isNotWellFormed() {
        Problem p = onlyProblem(template(Map.of("xl/styles.xml", utf8("<styleSheet>&undeclared;</styleSheet>"))));

        assertThat(p.code()).isEqualTo("sheet.xml");
        assertThat(p.arguments()).containsExactly("xl/styles.xml");
    }

    @Test
    void aLooseVmlDrawing_asExcelWritesThem_doesNotStopReading() {
        byte[] vml = utf8("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:shape><div>a<br>b</div></v:shape></xml>");

        ParseResult<Assessment> r = read(template(Map.of("xl/drawings/vmlDrawing1.vml", vml)));

        assertThat(r.problems()).isEmpty();
    }

    // ------------------------------------------------------------------ other formats

    @Test
    void otherFormats_areNamed() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        byte[] ods = zip(Map.of("mimetype", utf8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml", utf8("<a/>")));
        byte[] docx = zip(Map.of("[Content_Types].xml", utf8("<Types/>"), "word/document.xml", utf8("<w/>")));
        byte[] template = Workbooks.template(EN);
        byte[] truncated = java.util.Arrays.copyOf(template, template.length / 2);

        assertThat(List.of(new byte[0], ole2, ods, docx, truncated, utf8("{\"format\": \"psirt-assessment/1\"}")))
                .map(b -> onlyProblem(b))
                .allSatisfy(p -> assertThat(p.code()).isEqualTo("sheet.format"))
                .extracting(Problem::message)
                .containsExactly(
                        "the file is empty; expected an Excel workbook (.xlsx) made from the questionnaire template",
                        "the file is an Excel 97-2003 workbook (.xls) or a password-protected workbook; expected an Excel workbook (.xlsx) without a password: save it again as one",
                        "the file is an OpenDocument spreadsheet (.ods); expected an Excel workbook (.xlsx): save it again as one",
                        "the file is a zip archive but not an Excel workbook; expected an Excel workbook (.xlsx)",
                        "the file starts as a zip archive does but is damaged or cut short; expected a whole Excel workbook (.xlsx)",
                        "the file is not a spreadsheet; expected an Excel workbook (.xlsx)");
    }

    @Test
    void isWorkbook_looksAtContent() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(Questionnaires.isWorkbook(Workbooks.template(EN))).isTrue();
        assertThat(Questionnaires.isWorkbook(java.util.Arrays.copyOf(Workbooks.template(EN), 8))).isTrue();
        assertThat(Questionnaires.isWorkbook(ole2)).isTrue();
        assertThat(Questionnaires.isWorkbook(utf8("{\"format\": \"psirt-assessment/1\"}"))).isFalse();
        assertThat(Questionnaires.isWorkbook(utf8("PK"))).isFalse();
        assertThat(Questionnaires.isWorkbook(new byte[0])).isFalse();
    }

    private static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(p.getKey()));
                out.write(p.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
