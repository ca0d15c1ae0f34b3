package org.psirtmaturity.spreadsheet;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.scoring.Level1Assessment;

/** Writes the questionnaire workbook of a rubric, in the rubric's language; see {@link Questionnaires#write}. */
final class TemplateWriter {

    private static final String APPLICATION = "PSIRT Maturity SDK";
    private static final String HEADER_FILL = "D9E1F2";
    private static final String AREA_FILL = "BDD7EE";
    private static final String INPUT_FILL = "FFF2CC";
    private static final String CLOSED_FILL = "E7E6E6";
    private static final String BORDER = "A6A6A6";
    private static final String QUIET = "595959";
    /** The font size of labels, titles and inputs, in points (the default). */
    private static final int BODY_FONT = 11;
    /** The font size of the objectives and the level texts, in points. */
    private static final int TEXT_FONT = 9;
    /** The start sheet's column widths, in characters: label, value, hint. */
    private static final int[] START_WIDTHS = {18, 80, 30};
    /** The answers sheet's column widths: id, title, objective, levels 0 to 5, answer, reason, note, evidence. */
    private static final int[] ANSWER_WIDTHS = {6, 18, 32, 26, 26, 26, 26, 26, 26, 20, 22, 26, 26};
    /** The foundations sheet's column widths: key (hidden), requirement, answer. */
    private static final int[] FOUNDATION_WIDTHS = {30, 60, 16};

    private final Rubric rubric;
    private final Words words;

    private TemplateWriter(Rubric rubric) {
        this.rubric = rubric;
        this.words = Words.of(rubric.locale());
    }

    static void write(Rubric rubric, OutputStream out) throws IOException {
        new TemplateWriter(rubric).write(out);
    }

    private void write(OutputStream out) throws IOException {
        Workbook wb = new Workbook(new Unclosed(out), APPLICATION, null);
        wb.properties().setTitle(rubric.title()).setSubject(words.text("start.subtitle"));
        Worksheet start = wb.newWorksheet(words.startSheet());
        Worksheet answers = wb.newWorksheet(words.answersSheet());
        Worksheet foundations = wb.newWorksheet(words.foundationsSheet());
        start(start);
        answers(answers);
        foundations(foundations);
        wb.finish();
        out.flush();
    }

    // ------------------------------------------------------------------ the start sheet

    private void start(Worksheet ws) {
        ws.width(Layout.LABEL, START_WIDTHS[Layout.LABEL]);
        ws.width(Layout.VALUE, START_WIDTHS[Layout.VALUE]);
        ws.width(Layout.HINT, START_WIDTHS[Layout.HINT]);
        ws.pageOrientation("portrait");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);

        int r = 0;
        ws.value(r, 0, rubric.title());
        ws.style(r, 0).bold().fontSize(14).set();
        r++;
        ws.value(r, 0, words.text("start.subtitle"));
        ws.style(r, 0).fontSize(12).set();
        r += 2;

        heading(ws, r++, words.text("start.howto"));
        List<String> steps = List.of(
                words.text("start.step.1"),
                words.text("start.step.2"),
                words.text("start.step.3", words.excluded()),
                words.text("start.step.4", rubric.guidance().targetMinimum().toPlainString(),
                        rubric.guidance().targetMaximum().toPlainString()),
                words.text("start.step.5", words.undefinedLevel(), words.outOfScope()),
                words.text("start.step.6"),
                words.text("start.step.7", words.yes(), words.no()),
                words.text("start.step.8", String.valueOf(rubric.guidance().shortestRescoringInterval().toTotalMonths()),
                        String.valueOf(rubric.guidance().longestRescoringInterval().toTotalMonths())),
                words.text("start.step.9"));
        for (int i = 0; i < steps.size(); i++, r++) {
            ws.value(r, Layout.LABEL, String.valueOf(i + 1));
            ws.style(r, Layout.LABEL).horizontalAlignment("right").verticalAlignment("top").set();
            ws.value(r, Layout.VALUE, steps.get(i));
            ws.style(r, Layout.VALUE).wrapText(true).verticalAlignment("top").set();
            ws.rowHeight(r, height(BODY_FONT, START_WIDTHS[Layout.VALUE], steps.get(i)));
        }
        r++;

        heading(ws, r++, words.text("start.context"));
        input(ws, r++, words.text("label.organization"));
        input(ws, r++, words.text("label.assessor"));
        ws.value(r, Layout.LABEL, words.text("label.date"));
        ws.style(r, Layout.VALUE).format("yyyy-mm-dd").fillColor(INPUT_FILL).borderStyle("thin").borderColor(BORDER)
                .horizontalAlignment("left").set();
        ws.value(r, Layout.HINT, words.text("hint.date"));
        ws.style(r, Layout.HINT).fontColor(QUIET).set();
        r += 2;

        heading(ws, r++, words.text("start.about"));
        about(ws, r++, words.text("label.format"), Questionnaires.FORMAT);
        about(ws, r++, words.text("label.rubric"), rubric.id());
        about(ws, r++, words.text("label.edition"), rubric.edition());
        about(ws, r, words.text("label.language"), words.tag());
    }

    private static void heading(Worksheet ws, int r, String text) {
        ws.value(r, 0, text);
        ws.style(r, 0).bold().set();
    }

    private static void input(Worksheet ws, int r, String label) {
        ws.value(r, Layout.LABEL, label);
        ws.style(r, Layout.VALUE).fillColor(INPUT_FILL).borderStyle("thin").borderColor(BORDER).wrapText(true).set();
    }

    private static void about(Worksheet ws, int r, String label, String value) {
        ws.value(r, Layout.LABEL, label);
        ws.style(r, Layout.LABEL).fontColor(QUIET).set();
        ws.value(r, Layout.VALUE, value);
        ws.style(r, Layout.VALUE).fontColor(QUIET).horizontalAlignment("left").set();
    }

    // ------------------------------------------------------------------ the answers sheet

    private void answers(Worksheet ws) {
        for (int c = 0; c < ANSWER_WIDTHS.length; c++) {
            ws.width(c, ANSWER_WIDTHS[c]);
        }
        ws.freezePane(Layout.TITLE + 1, Layout.HEADER_ROW);
        ws.repeatRows(0);
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A3_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);

        String[] headers = new String[Layout.EVIDENCE + 1];
        headers[Layout.ID] = words.text("header.id");
        headers[Layout.TITLE] = words.text("header.framework");
        headers[Layout.OBJECTIVE] = words.text("header.objective");
        for (int l = RubricLevel.MIN; l <= RubricLevel.MAX; l++) {
            headers[Layout.LEVEL_0 + l] = words.text("header.level", String.valueOf(l));
        }
        headers[Layout.ANSWER] = words.text("header.answer");
        headers[Layout.REASON] = words.text("header.reason");
        headers[Layout.NOTE] = words.text("header.note");
        headers[Layout.EVIDENCE] = words.text("header.evidence");
        header(ws, headers, ANSWER_WIDTHS);

        String choices = list(words.answerChoices());
        int r = Layout.HEADER_ROW;
        for (ServiceArea area : rubric.areas()) {
            for (int c = 0; c < headers.length; c++) {
                ws.style(r, c).fillColor(AREA_FILL).set();
            }
            ws.value(r, Layout.TITLE, words.text("area.row", String.valueOf(area.number()), area.title()));
            ws.style(r, Layout.TITLE).fillColor(AREA_FILL).bold().set();
            r++;
            for (Framework f : area.frameworks()) {
                framework(ws, r++, f, choices);
            }
        }
    }

    private void framework(Worksheet ws, int r, Framework f, String choices) {
        ws.value(r, Layout.ID, f.id().toString());
        cell(ws, r, Layout.ID).bold().horizontalAlignment("center").set();
        ws.value(r, Layout.TITLE, f.title());
        cell(ws, r, Layout.TITLE).bold().set();
        StringBuilder objective = new StringBuilder(f.objective());
        for (String note : f.notes()) {
            objective.append("\n\n").append(words.text("objective.note", note));
        }
        ws.value(r, Layout.OBJECTIVE, objective.toString());
        cell(ws, r, Layout.OBJECTIVE).fontSize(TEXT_FONT).set();
        double height = Math.max(height(BODY_FONT, ANSWER_WIDTHS[Layout.TITLE], f.title()),
                height(TEXT_FONT, ANSWER_WIDTHS[Layout.OBJECTIVE], objective.toString()));
        for (RubricLevel level : f.levels()) {
            int c = Layout.LEVEL_0 + level.level();
            if (level.isDefined()) {
                ws.value(r, c, level.description().orElseThrow());
                cell(ws, r, c).fontSize(TEXT_FONT).set();
                height = Math.max(height, height(TEXT_FONT, ANSWER_WIDTHS[c], level.description().orElseThrow()));
            } else {
                ws.value(r, c, words.undefinedLevel());
                cell(ws, r, c).horizontalAlignment("center").fontColor(QUIET).set();
            }
        }
        if (f.outOfScope()) {
            ws.value(r, Layout.ANSWER, words.outOfScope());
            cell(ws, r, Layout.ANSWER).fillColor(CLOSED_FILL).fontColor(QUIET).set();
            cell(ws, r, Layout.REASON).fillColor(CLOSED_FILL).set();
        } else {
            cell(ws, r, Layout.ANSWER).fillColor(INPUT_FILL).set();
            dropDown(ws, r, Layout.ANSWER, choices);
            cell(ws, r, Layout.REASON).fillColor(INPUT_FILL).set();
        }
        cell(ws, r, Layout.NOTE).fillColor(INPUT_FILL).set();
        cell(ws, r, Layout.EVIDENCE).fillColor(INPUT_FILL).set();
        ws.rowHeight(r, height);
    }

    // ------------------------------------------------------------------ the foundations sheet

    private void foundations(Worksheet ws) {
        for (int c = 0; c < FOUNDATION_WIDTHS.length; c++) {
            ws.width(c, FOUNDATION_WIDTHS[c]);
        }
        ws.hideColumn(Layout.KEY);
        ws.freezePane(0, Layout.HEADER_ROW);
        ws.pageOrientation("portrait");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);

        String[] headers = new String[Layout.YES_NO + 1];
        headers[Layout.KEY] = words.text("header.key");
        headers[Layout.REQUIREMENT] = words.text("header.requirement");
        headers[Layout.YES_NO] = words.text("header.answer");
        header(ws, headers, FOUNDATION_WIDTHS);

        String choices = list(words.yesNoChoices());
        int r = Layout.HEADER_ROW;
        for (String key : Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1())) {
            ws.value(r, Layout.KEY, key);
            cell(ws, r, Layout.KEY).fontColor(QUIET).set();
            ws.value(r, Layout.REQUIREMENT, words.text("requirement." + key));
            cell(ws, r, Layout.REQUIREMENT).set();
            ws.rowHeight(r, height(BODY_FONT, FOUNDATION_WIDTHS[Layout.REQUIREMENT], words.text("requirement." + key)));
            cell(ws, r, Layout.YES_NO).fillColor(INPUT_FILL).set();
            dropDown(ws, r, Layout.YES_NO, choices);
            r++;
        }
    }

    // ------------------------------------------------------------------ parts

    private static void header(Worksheet ws, String[] headers, int[] widths) {
        int r = Layout.HEADER_ROW - 1;
        double height = 0;
        for (int c = 0; c < headers.length; c++) {
            ws.value(r, c, headers[c]);
            cell(ws, r, c).bold().fillColor(HEADER_FILL).set();
            height = Math.max(height, height(BODY_FONT, widths[c], headers[c]));
        }
        ws.rowHeight(r, height);
    }

    /**
     * The height, in points, a row needs to show a wrapped text in full: spreadsheet programs keep the
     * height a file gives (and a file without one gets a single line), so the writer estimates it from
     * the text's width (a CJK or full-width character is two columns wide) and the column's.
     *
     * @param font  the font size, in points
     * @param width the column's width, in characters of the default 11-point font
     * @param text  the text, with line breaks
     * @return the height, at most Excel's 409 points
     */
    static double height(int font, int width, String text) {
        double perLine = Math.max(1, (width - 1) * 11.0 / font);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int columns = paragraph.codePoints().map(TemplateWriter::columns).sum();
            lines += Math.max(1, (int) Math.ceil(columns / perLine));
        }
        return Math.min(409, Math.ceil(lines * font * 1.35 + 4));
    }

    /** How many columns a character takes: two for East Asian wide and full-width forms, one otherwise. */
    private static int columns(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
        return wide ? 2 : 1;
    }

    /** A bordered, wrapped cell aligned at the top, to be styled further. */
    private static StyleSetter cell(Worksheet ws, int r, int c) {
        return ws.style(r, c).wrapText(true).verticalAlignment("top").borderStyle("thin").borderColor(BORDER);
    }

    /**
     * A drop-down on one cell: only the list's values can be typed (Excel and LibreOffice refuse others).
     * fastexcel writes the list and the error texts into the XML as they are; {@link #list} checks them.
     */
    private void dropDown(Worksheet ws, int r, int c, String choices) {
        ws.range(r, c, r, c).validateWithListByFormula(choices)
                .allowBlank(true)
                .showDropdown(true)
                .errorStyle(DataValidationErrorStyle.STOP)
                .showErrorMessage(true)
                .errorTitle(checked(words.text("dropdown.title")))
                .error(checked(words.text("dropdown.error")));
    }

    /** An inline list formula: {@code "a,b,c"}. */
    private static String list(List<String> values) {
        for (String v : values) {
            if (v.indexOf(',') >= 0) {
                throw new IllegalStateException("a drop-down value holds a comma: " + v);
            }
            checked(v);
        }
        return "\"" + String.join(",", values) + "\"";
    }

    /** A text fastexcel writes into XML unescaped: it must hold no markup character (a packaging error otherwise). */
    private static String checked(String text) {
        if (text.chars().anyMatch(ch -> ch == '"' || ch == '&' || ch == '<' || ch == '>')) {
            throw new IllegalStateException("a drop-down text holds a markup character: " + text);
        }
        return text;
    }

    /** The caller's stream, flushed but never closed by the workbook. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
