package org.psirtmaturity.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.Severity;
import org.psirtmaturity.scoring.ValidationOptions;
import org.psirtmaturity.scoring.ValidationProblem;

/**
 * The questionnaire as an Excel workbook (.xlsx): {@link #write} makes it from a rubric, a person fills
 * it in with Excel or LibreOffice, and {@link #read} reads it back into an {@link Assessment}, with the
 * same one round of problems as the JSON format. The workbook's format is {@value #FORMAT}; the
 * module's README shows its sheets and what maps to what.
 *
 * <p><b>The workbook</b>, in the rubric's language (Japanese for {@code ja}, otherwise English): a start
 * sheet with the sheet's own usage guidance, the context (organisation, assessor, date) and the format,
 * rubric id and edition; an answers sheet with one row per framework, grouped by service area (id, title,
 * objective and footnotes, the six level texts with 「─」 or "—" where a level is undefined), an answer
 * cell with a drop-down offering the levels 0 to 5, the exclusion and "no answer" (an out-of-scope
 * framework is marked so and has none), and cells for the reason for an exclusion, a note and evidence
 * (one item per line); and a foundations sheet with a yes/no drop-down for each FIRST Maturity Level 1
 * requirement that no framework covers. The header row is frozen, text wraps, and the sheets print
 * fitted to the page width.
 *
 * <p><b>Reading</b> accepts what spreadsheet programs write: shared or inline strings, numbers stored
 * as {@code 3} or {@code 3.0}, the drop-downs' values in either language, dates as dates or as text
 * {@code YYYY-MM-DD}, extra sheets, styles, empty cells. Columns are found by their headers and the start
 * sheet's rows by their labels, in either language. Problems come in one round, like
 * {@code AssessmentJson.parse}: first those of the workbook in sheet and row order (codes
 * {@code sheet.*}), then the rubric's ({@link AssessmentValidator}'s codes), leaving out a rule's
 * problem about a cell that could not be read. A problem about a cell names it beside the framework
 * path, as its last argument and at the end of its message: {@code answers[2.1].level} with
 * {@code 回答!J5}. Messages are English, or Japanese for a {@code ja} locale, never the JVM's default.
 *
 * <p><b>Limits</b>, for workbooks from untrusted sources, each exceeded one a problem: at most
 * {@value #MAX_WORKBOOK_BYTES} bytes ({@code sheet.limit.size}; a stream is never read beyond that),
 * {@value #MAX_PARTS} parts ({@code sheet.limit.entries}), {@value #MAX_UNCOMPRESSED_BYTES} bytes
 * uncompressed in all ({@code sheet.limit.uncompressed}), {@value #MAX_RATIO} times a part's compressed
 * size once past 1 MiB ({@code sheet.limit.ratio}), {@value #MAX_CELLS} cells and
 * {@value #MAX_ARRAY_FORMULAS} array formulas per part ({@code sheet.limit.cells},
 * {@code sheet.limit.formulas}), values up to row {@value #MAX_ROWS} of each sheet read
 * ({@code sheet.limit.rows}) and {@value #MAX_TEXT_LENGTH} characters per cell ({@code sheet.limit.text}).
 * A part that declares a document type is refused ({@code sheet.xml.doctype}); no entity is expanded,
 * nothing is fetched, and no formula or macro is evaluated or run. All methods are thread-safe.
 */
public final class Questionnaires {

    /** The workbook's format, written on its start sheet and checked when it is read. */
    public static final String FORMAT = "psirt-questionnaire/1";
    /** The largest file read, in bytes: 16 MiB. */
    public static final int MAX_WORKBOOK_BYTES = Limits.MAX_WORKBOOK_BYTES;
    /** The most parts (zip entries) a workbook may hold. */
    public static final int MAX_PARTS = Limits.MAX_PARTS;
    /** The most bytes a workbook's parts may uncompress to, all together: 64 MiB. */
    public static final long MAX_UNCOMPRESSED_BYTES = Limits.MAX_UNCOMPRESSED_BYTES;
    /** The largest ratio of a part's uncompressed size to its compressed size, once past 1 MiB uncompressed. */
    public static final int MAX_RATIO = Limits.MAX_RATIO;
    /** The most cells one part may hold. */
    public static final int MAX_CELLS = Limits.MAX_CELLS;
    /** The most array formulas one part may hold. */
    public static final int MAX_ARRAY_FORMULAS = Limits.MAX_ARRAY_FORMULAS;
    /** The last row read on each sheet of the questionnaire. */
    public static final int MAX_ROWS = Limits.MAX_ROWS;
    /** The most characters a cell may hold, as in Excel. */
    public static final int MAX_TEXT_LENGTH = Limits.MAX_TEXT_LENGTH;

    private Questionnaires() {
    }

    /**
     * Writes the questionnaire of a rubric, in the rubric's language.
     *
     * @param rubric the rubric; its locale chooses the workbook's language: Japanese for {@code ja},
     *               otherwise English
     * @param out    where to write the workbook (.xlsx); flushed, not closed
     * @throws IOException if the stream cannot be written
     */
    public static void write(Rubric rubric, OutputStream out) throws IOException {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(out, "out");
        TemplateWriter.write(rubric, out);
    }

    /**
     * Reads a filled questionnaire and checks it against a rubric, in one round.
     *
     * @param workbook the workbook (.xlsx); read to its end or to one byte past
     *                 {@link #MAX_WORKBOOK_BYTES}; not closed
     * @param rubric   the rubric to check the assessment against
     * @param locale   the language of the messages: Japanese for {@code ja}, otherwise English
     * @param options  strictness and completeness of the rubric's checks
     * @return the assessment, or every problem of the workbook and of the rubric's rules; warnings (an
     *         answer at an undefined level, by default) come with the assessment
     * @throws UncheckedIOException if the stream cannot be read (not a problem of the content)
     */
    public static ParseResult<Assessment> read(InputStream workbook, Rubric rubric, Locale locale, ValidationOptions options) {
        Objects.requireNonNull(workbook, "workbook");
        byte[] bytes;
        try {
            bytes = workbook.readNBytes(MAX_WORKBOOK_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workbook", e);
        }
        return read(bytes, rubric, locale, options);
    }

    /**
     * Reads a filled questionnaire from bytes and checks it against a rubric, in one round; as
     * {@link #read(InputStream, Rubric, Locale, ValidationOptions)}. The array is neither kept nor changed.
     *
     * @param workbook the workbook's bytes
     * @param rubric   the rubric to check the assessment against
     * @param locale   the language of the messages
     * @param options  strictness and completeness of the rubric's checks
     * @return the assessment, or every problem
     */
    public static ParseResult<Assessment> read(byte[] workbook, Rubric rubric, Locale locale, ValidationOptions options) {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(options, "options");
        if (workbook.length > MAX_WORKBOOK_BYTES) {
            Problem p = new SheetMessages(locale).problem("", "sheet.limit.size", "sheet.limit.size", String.valueOf(MAX_WORKBOOK_BYTES));
            return new ParseResult<>(Optional.empty(), List.of(new ValidationProblem(p, Severity.ERROR)));
        }
        return QuestionnaireReader.read(workbook, rubric, locale, options);
    }

    /**
     * Tells whether a file is to be read as a workbook rather than as text (JSON): whether its first
     * bytes are those of a zip archive (as an .xlsx or an .ods is) or of an OLE2 compound file (as an
     * .xls or a password-protected workbook is). It looks at content, not at a file name; four bytes
     * decide a zip archive and eight an OLE2 file. {@link #read} then says exactly what a file that is
     * not a questionnaire is ({@code sheet.format}).
     *
     * @param firstBytes the file's first bytes (at least eight, or the whole file if shorter); not kept
     * @return true if the bytes begin as a spreadsheet file does; JSON never does
     */
    public static boolean isWorkbook(byte[] firstBytes) {
        Objects.requireNonNull(firstBytes, "firstBytes");
        return Container.isSpreadsheetFile(firstBytes);
    }
}
