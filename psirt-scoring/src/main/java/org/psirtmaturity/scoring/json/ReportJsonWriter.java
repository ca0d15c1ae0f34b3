package org.psirtmaturity.scoring.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.ScoreReport;

/**
 * Writes score reports as JSON ({@value ReportJson#FORMAT}), with the texts of one rubric (area titles
 * and level descriptions, most of a report's text) escaped and encoded once, when the writer is made,
 * rather than in every report. Make one per rubric and keep it where reports scored against that rubric
 * are written many times: in a request path, a batch.
 *
 * <p>The output is exactly that of {@link ReportJson}'s methods of the same names, for every report,
 * whatever rubric it was scored against: only the time differs. A report scored against this writer's
 * rubric holds the rubric's own strings, which the writer recognises by identity; any other text (a
 * report read from JSON, or scored against another rubric) is escaped as it is written, as
 * {@code ReportJson} does.
 *
 * <pre>{@code
 * ReportJsonWriter reports = ReportJsonWriter.forRubric(rubric);   // once
 * String json = reports.write(Scoring.score(assessment, rubric));  // per report
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportJsonWriter {

    /** The writer {@link ReportJson} uses: no texts encoded beforehand. Immutable. */
    static final ReportJsonWriter PLAIN = new ReportJsonWriter(EncodedTexts.NONE);

    private final EncodedTexts texts;

    /** A writer with the given texts encoded beforehand; for tests, which give it texts of their own. */
    ReportJsonWriter(EncodedTexts texts) {
        this.texts = texts;
    }

    /**
     * Makes a writer for reports scored against a rubric. This escapes and encodes the rubric's texts:
     * for the Japanese sheet, about half a millisecond, as long as writing some fifteen reports (see
     * BENCHMARKS.md), and about 75 KB (52 KB of UTF-8, 10,000 escaped characters) that the writer keeps
     * for as long as it is kept.
     *
     * @param rubric the rubric the reports are scored against
     * @return the writer
     */
    public static ReportJsonWriter forRubric(Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        return new ReportJsonWriter(EncodedTexts.of(rubric));
    }

    /**
     * Writes a report, pretty-printed, as {@link ReportJson#write(ScoreReport)}.
     *
     * @param report the report
     * @return the document, ending with a line break
     */
    public String write(ScoreReport report) {
        return toString(report, true);
    }

    /**
     * Writes a report on one line, as {@link ReportJson#writeLine(ScoreReport)}.
     *
     * @param report the report
     * @return the compact document, ending with one line break ({@code \n})
     */
    public String writeLine(ScoreReport report) {
        return toString(report, false);
    }

    /**
     * Writes a report on one line to a stream, as UTF-8, as {@link ReportJson#writeLine(ScoreReport, OutputStream)}.
     * The stream is neither flushed nor closed; give a buffered stream when writing many reports.
     *
     * @param report the report
     * @param out    where to write
     * @throws IOException              if the stream cannot be written
     * @throws IllegalArgumentException if a title or level description holds an unpaired surrogate,
     *                                  which UTF-8 cannot encode (the line is then left incomplete)
     */
    public void writeLine(ScoreReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Utf8Output output = new Utf8Output(out, false, texts);
        ReportWriter.write(report, output);
        output.finish();
    }

    /** Writes a report into a string (see {@link StringOutput}). */
    private String toString(ScoreReport report, boolean pretty) {
        Objects.requireNonNull(report, "report");
        StringOutput output = new StringOutput(pretty, texts);
        try {
            ReportWriter.write(report, output);
            return output.finish();
        } catch (IOException e) {
            throw new IllegalStateException("a report could not be written", e); // a string output does no I/O
        }
    }

    /** The texts this writer holds, for tests. */
    EncodedTexts texts() {
        return texts;
    }
}
