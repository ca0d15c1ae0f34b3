package org.psirtmaturity.scoring.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.InvalidAssessmentException;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.json.AssessmentJson;
import org.psirtmaturity.scoring.json.ParseResult;
import org.psirtmaturity.scoring.json.ReportJson;
import org.psirtmaturity.scoring.json.ReportJsonWriter;

/**
 * Scores a stream of assessments in JSON Lines, in constant memory.
 *
 * <p><b>Input.</b> UTF-8 text, one assessment document ({@code psirt-assessment/1}, see
 * {@link AssessmentJson}) per line. Lines end with {@code \n} or {@code \r\n}; the last line may lack
 * its line break. A blank line (nothing but spaces, tabs and carriage returns) is skipped and gives no
 * output, but it is counted, so that line numbers are those of an editor (the first line is 1).
 *
 * <p><b>Output.</b> One line for each non-blank input line, in input order, each ending with
 * {@code \n}, in UTF-8:
 * <ul>
 *   <li>the line's score report as compact JSON: the content of {@link ReportJson#write}, on one line
 *       ({@link ReportJson#writeLine});</li>
 *   <li>or, for a bad line, {@code {"line":<n>,"problems":[{"path":…,"code":…,"message":…}, …]}}:
 *       every problem of the line, whether it could not be read (malformed JSON, a wrong type, an
 *       unknown property, bad UTF-8 …, as {@link AssessmentJson#parse(byte[], int, int, Locale)} reports
 *       them) or was read but is invalid for the rubric and options (as
 *       {@link Scoring#score(Assessment, Rubric, ScoringOptions)} reports them). Messages are in the
 *       language of {@link ScoringOptions#messagesLocale()}.</li>
 * </ul>
 * A line longer than {@value #MAX_LINE_BYTES} bytes (without its line break) is not read: it gives a
 * problem line with the code {@value #LINE_TOO_LONG} and the path {@code ""}, and its bytes are
 * skipped up to the next line break, without being held in memory.
 *
 * <p><b>Failing fast.</b> By default a bad line does not stop the batch. With
 * {@link BatchOptions#failFast()} the batch stops right after writing the first problem line; the
 * summary then counts the lines read up to and including that line, and the rest of the input is left
 * unread.
 *
 * <p><b>Memory and streams.</b> The input is read through a fixed buffer, one line at a time; a line
 * is held only while it is scored, and at most {@value #MAX_LINE_BYTES} bytes of it. Output is buffered
 * and flushed at the end, after a fail-fast stop, and whenever the input has nothing more available
 * without blocking (so an interactive pipe sees each result without waiting for the next input).
 * Neither stream is closed. An {@link IOException} of either stream ends the batch and propagates.
 *
 * <p>Thread-safe: every call has its own state.
 */
public final class BatchScorer {

    /** The longest input line accepted, in bytes, not counting its line break: 4 MiB. */
    public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    /** The code of the problem reported for a line longer than {@link #MAX_LINE_BYTES}. */
    public static final String LINE_TOO_LONG = "batch.line.too-long";

    private static final int OUTPUT_BUFFER = 64 * 1024;

    /** Writes problem lines; neither closes nor flushes the stream it writes to. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

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
     * @return how many lines were read, scored and rejected
     * @throws IOException              if {@code in} cannot be read or {@code out} written
     * @throws IllegalArgumentException if the options' target profile names a framework the rubric does
     *                                  not have (checked before anything is read)
     * @throws NullPointerException     if an argument is null
     */
    public static BatchSummary run(InputStream in, OutputStream out, Rubric rubric, ScoringOptions options,
            BatchOptions batchOptions) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(batchOptions, "batchOptions");
        for (FrameworkId id : options.targets().targets().keySet()) {
            if (rubric.framework(id).isEmpty()) {
                throw new IllegalArgumentException("the target profile names framework " + id + ", which rubric "
                        + rubric.id() + " " + rubric.edition() + " does not have");
            }
        }
        Locale locale = options.messagesLocale();
        ReportJsonWriter reports = ReportJsonWriter.forRubric(rubric); // the rubric's texts encoded once for the batch
        BufferedOutputStream output = new BufferedOutputStream(out, OUTPUT_BUFFER);
        LineReader lines = new LineReader(in, MAX_LINE_BYTES, output);
        long read = 0;
        long scored = 0;
        long failed = 0;
        while (lines.next()) {
            read++;
            List<Problem> problems;
            if (lines.tooLong()) {
                problems = List.of(new Problem("", LINE_TOO_LONG, tooLongMessage(locale, read)));
            } else if (lines.isBlank()) {
                continue;
            } else {
                ParseResult<Assessment> parsed = AssessmentJson.parse(lines.data(), lines.start(), lines.length(), locale);
                if (parsed.isValid()) {
                    try {
                        reports.writeLine(Scoring.score(parsed.orElseThrow(), rubric, options), output);
                        scored++;
                        continue;
                    } catch (InvalidAssessmentException e) {
                        problems = e.problems();
                    }
                } else {
                    problems = parsed.problems();
                }
            }
            writeProblems(output, read, problems);
            failed++;
            if (batchOptions.failFast()) {
                break;
            }
        }
        output.flush();
        return new BatchSummary(read, scored, failed);
    }

    private static void writeProblems(OutputStream out, long line, List<Problem> problems) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("line", line);
            g.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                g.writeStartObject();
                g.writeStringField("path", p.path());
                g.writeStringField("code", p.code());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static String tooLongMessage(Locale locale, long line) {
        return "ja".equals(locale.getLanguage())
                ? line + " 行目が " + MAX_LINE_BYTES + " バイトを超えているため、読まずに次の行へ進みました。1 行の評価は "
                        + MAX_LINE_BYTES + " バイトまでです"
                : "line " + line + " is longer than " + MAX_LINE_BYTES + " bytes and was skipped unread; expected one assessment of at most "
                        + MAX_LINE_BYTES + " bytes per line";
    }

    /**
     * Splits a stream into lines through one fixed buffer. A line that lies wholly in the buffer is
     * handed out in place; one that spans buffer refills is gathered in a second buffer, which grows up
     * to the limit and no further: the bytes of a longer line are dropped as they are read.
     */
    static final class LineReader {

        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
        private static final long ONES = 0x0101010101010101L;
        private static final long HIGHS = 0x8080808080808080L;

        private final InputStream in;
        private final int max;
        private final OutputStream flushWhenIdle;
        private final byte[] buffer;
        private int position;
        private int limit;
        private boolean end;
        private byte[] gathered = new byte[8 * 1024];

        private byte[] data;
        private int start;
        private int length;
        private boolean tooLong;

        /**
         * Creates a reader.
         *
         * @param in            the stream
         * @param max           the longest line accepted, in bytes, without its line break
         * @param flushWhenIdle flushed before a read that would block, or null
         */
        LineReader(InputStream in, int max, OutputStream flushWhenIdle) {
            this(in, max, flushWhenIdle, 64 * 1024);
        }

        LineReader(InputStream in, int max, OutputStream flushWhenIdle, int bufferSize) {
            this.in = in;
            this.max = max;
            this.flushWhenIdle = flushWhenIdle;
            this.buffer = new byte[bufferSize];
        }

        /**
         * Moves to the next line.
         *
         * @return false at the end of the input
         */
        boolean next() throws IOException {
            int gatheredLength = 0;
            boolean over = false;
            boolean any = false;
            while (true) {
                if (position >= limit && !fill()) {
                    return any && finish(gathered, 0, gatheredLength, over);
                }
                any = true;
                int newline = indexOfNewline(buffer, position, limit);
                int stop = newline >= 0 ? newline : limit;
                int n = stop - position;
                if (newline >= 0 && gatheredLength == 0 && !over) {
                    int from = position;
                    position = newline + 1;
                    return finish(buffer, from, n, n > max + 1);
                }
                if (!over) {
                    if (gatheredLength + n > max + 1) {
                        over = true;
                        gatheredLength = 0;
                    } else {
                        gather(gatheredLength, n);
                        gatheredLength += n;
                    }
                }
                position = stop;
                if (newline >= 0) {
                    position = newline + 1;
                    return finish(gathered, 0, gatheredLength, over);
                }
            }
        }

        /** Sets the current line, without a final carriage return; one byte more than the limit may be a CR. */
        private boolean finish(byte[] bytes, int from, int n, boolean over) {
            int size = n;
            if (!over && size > 0 && bytes[from + size - 1] == '\r') {
                size--;
            }
            tooLong = over || size > max;
            data = bytes;
            start = from;
            length = tooLong ? 0 : size;
            return true;
        }

        private void gather(int at, int n) {
            if (at + n > gathered.length) {
                int capacity = gathered.length;
                while (capacity < at + n) {
                    capacity = (int) Math.min((long) capacity * 2, max + 1L);
                }
                gathered = Arrays.copyOf(gathered, capacity);
            }
            System.arraycopy(buffer, position, gathered, at, n);
        }

        private boolean fill() throws IOException {
            if (end) {
                return false;
            }
            if (flushWhenIdle != null && in.available() <= 0) {
                flushWhenIdle.flush();
            }
            int n = in.read(buffer, 0, buffer.length);
            while (n == 0) {
                n = in.read(buffer, 0, buffer.length);
            }
            if (n < 0) {
                end = true;
                position = 0;
                limit = 0;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        }

        /** The index of the first {@code \n} in {@code [from, to)}, or -1; eight bytes at a time. */
        static int indexOfNewline(byte[] b, int from, int to) {
            int i = from;
            for (; i + Long.BYTES <= to; i += Long.BYTES) {
                long x = (long) LONGS.get(b, i) ^ NEWLINES;
                long found = (x - ONES) & ~x & HIGHS;
                if (found != 0) {
                    return i + (Long.numberOfTrailingZeros(found) >>> 3);
                }
            }
            for (; i < to; i++) {
                if (b[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        boolean tooLong() {
            return tooLong;
        }

        /** Whether the line holds nothing but spaces, tabs and carriage returns. */
        boolean isBlank() {
            for (int i = start; i < start + length; i++) {
                byte c = data[i];
                if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        /** The current line's bytes, without its line break. */
        /** The array holding the current line (valid until the next call of {@link #next()}). */
        byte[] data() {
            return data;
        }

        /** Where the current line starts in {@link #data()}. */
        int start() {
            return start;
        }

        /** The current line's length in bytes, without its line break; 0 for a line that is too long. */
        int length() {
            return length;
        }
    }
}
