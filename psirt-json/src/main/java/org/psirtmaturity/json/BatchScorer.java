package org.psirtmaturity.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.InvalidAssessmentException;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * Scores a stream of assessments in JSON Lines, in constant memory.
 *
 * <p><b>Input.</b> UTF-8 text, one assessment document ({@code psirt-assessment/1}, see
 * {@link AssessmentJson}) per line. Lines end with {@code \n} or {@code \r\n}; the last line may lack
 * its line break. A blank line (nothing but spaces and tabs) is skipped and gives no output, but it is
 * counted, so that line numbers are those of an editor (the first line is 1).
 *
 * <p><b>Output.</b> One line for each non-blank input line, in input order, each ending with
 * {@code \n}, in UTF-8, each starting with the property {@code "line"}, the number of the input line
 * it answers:
 * <ul>
 *   <li>the line's score report as compact JSON ({@link ReportJson#writeLine}), with {@code "line"}
 *       before its other properties;</li>
 *   <li>or, for a bad line, {@code {"line":<n>,"problems":[{"path":…,"code":…,"arguments":[…],"message":…}, …]}}:
 *       every problem of the line, of its shape and against the rubric and options, in one round (as
 *       {@link AssessmentJson#parse(byte[], Rubric, Locale, ValidationOptions)} and
 *       {@link Scoring#score} report them), in the language of {@link ScoringOptions#messagesLocale()}.</li>
 * </ul>
 * A line longer than {@value #MAX_LINE_BYTES} bytes (without its line break) is not read: it gives a
 * problem line with the code {@value #LINE_TOO_LONG}, and its bytes are skipped up to the next line
 * break without being held in memory.
 *
 * <p><b>Failing fast.</b> With {@link BatchOptions#failFast()} the batch stops right after writing
 * the first problem line; the rest of the input is left unread.
 *
 * <p><b>Streams.</b> Any stream: files, pipes, standard input. Output is buffered and flushed at the
 * end, after a fail-fast stop, and whenever the input has nothing more available without blocking.
 * Neither stream is closed. An {@link IOException} of either stream ends the batch and propagates.
 * Thread-safe: every call has its own state.
 */
public final class BatchScorer {

    /** The longest input line accepted, in bytes, not counting its line break: 4 MiB. */
    public static final int MAX_LINE_BYTES = Limits.MAX_DOCUMENT_BYTES;

    /** The code of the problem reported for a line longer than {@link #MAX_LINE_BYTES}. */
    public static final String LINE_TOO_LONG = "batch.line.too-long";

    private BatchScorer() {
    }

    /**
     * Reads JSON Lines of assessments from {@code in} and writes one JSON line per non-blank input line
     * to {@code out}: the report, or the line's problems.
     *
     * @param in           the assessments, one per line, UTF-8; read to its end (or, with
     *                     {@code failFast}, up to the first bad line); not closed
     * @param out          where the reports and problem lines go, UTF-8; flushed, not closed
     * @param rubric       the rubric every assessment is scored against
     * @param options      how to score; also the language of the problem messages
     * @param batchOptions whether to stop at the first bad line
     * @return how many lines were read, scored, rejected and blank
     * @throws IOException                if {@code in} cannot be read or {@code out} written
     * @throws InvalidAssessmentException if the options do not fit the rubric ({@link Scoring#checkOptions}),
     *                                    checked before anything is read
     */
    public static BatchSummary run(InputStream in, OutputStream out, Rubric rubric, ScoringOptions options, BatchOptions batchOptions)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(batchOptions, "batchOptions");
        List<Problem> optionProblems = Scoring.checkOptions(rubric, options);
        if (!optionProblems.isEmpty()) {
            throw new InvalidAssessmentException(optionProblems);
        }
        Locale locale = options.messagesLocale();
        JsonMessages messages = new JsonMessages(locale);
        BufferedOutputStream output = new BufferedOutputStream(out, 64 * 1024);
        LineReader lines = new LineReader(in, MAX_LINE_BYTES, output);
        long read = 0;
        long scored = 0;
        long failed = 0;
        while (lines.next()) {
            read++;
            List<Problem> problems;
            if (lines.tooLong()) {
                problems = List.of(messages.problem("", LINE_TOO_LONG, LINE_TOO_LONG, String.valueOf(read), String.valueOf(MAX_LINE_BYTES)));
            } else if (lines.isBlank()) {
                continue;
            } else {
                ParseResult<Assessment> parsed = AssessmentJson.read(lines.data(), 0, lines.length(), rubric, locale,
                        options.validationOptions());
                if (parsed.isValid()) {
                    ReportJson.writeLine(Scoring.score(parsed.orElseThrow(), rubric, options), read, output);
                    scored++;
                    continue;
                }
                problems = parsed.errors();
            }
            long line = read;
            Output.toStream(g -> {
                g.writeStartObject();
                g.writeNumberField("line", line);
                g.writeArrayFieldStart("problems");
                for (Problem p : problems) {
                    ReportJson.problem(p, g);
                }
                g.writeEndArray();
                g.writeEndObject();
            }, false, output);
            failed++;
            if (batchOptions.failFast()) {
                break;
            }
        }
        output.flush();
        return new BatchSummary(read, scored, failed);
    }
}
