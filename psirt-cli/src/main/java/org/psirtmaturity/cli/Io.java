package org.psirtmaturity.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.RubricNotFoundException;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.Severity;
import org.psirtmaturity.scoring.ValidationProblem;
import org.psirtmaturity.spreadsheet.Questionnaires;

/**
 * Reading inputs and writing outputs for the commands; all text is UTF-8. Every failure becomes a
 * {@link CliException} with a message in the run's language: {@link ExitCodes#IO_ERROR} for a file
 * that cannot be read or written.
 */
final class Io {

    private Io() {
    }

    /**
     * The rubric of a language, from the rubrics installed. A rubric that cannot be had (a missing or
     * broken rubric provider, an invalid rubric) is an internal error of the installation, reported in
     * one line.
     */
    static Rubric rubric(Language lang, Texts t) {
        try {
            return Rubrics.installed().forLocale(lang.locale());
        } catch (RubricNotFoundException | InvalidRubricException e) {
            throw new CliException(ExitCodes.INTERNAL_ERROR, t.format("internal.rubric", lang,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
    }

    /**
     * Opens an input: standard input for {@code -}, else the file through a {@link FileInputStream},
     * which reads regular files, devices, named pipes and {@code /dev/stdin} alike (and answers
     * {@link InputStream#available()} on all of them).
     */
    static InputStream openInput(String file, InputStream stdin, Texts t) {
        if ("-".equals(file)) {
            return stdin;
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new CliException(ExitCodes.IO_ERROR, t.format("io.cannotRead", file, t.get("reason.isDirectory")));
        }
        try {
            return new FileInputStream(path.toFile());
        } catch (IOException e) {
            throw cannotRead(file, e, t);
        }
    }

    /**
     * Reads a file, or standard input for {@code -}: at most one byte more than the document limit,
     * whatever the input (a file, a pipe, a device such as {@code /dev/zero}), so that a huge or
     * endless input gets the size problem rather than exhausting memory.
     */
    static byte[] read(String file, InputStream stdin, Texts t) {
        InputStream in = openInput(file, stdin, t);
        try {
            // The larger of the two limits: a workbook may be 16 MiB; a JSON document over 4 MiB gets its
            // own size problem from AssessmentJson.
            return in.readNBytes(Math.max(AssessmentJson.MAX_DOCUMENT_BYTES, Questionnaires.MAX_WORKBOOK_BYTES) + 1);
        } catch (IOException e) {
            throw cannotRead(file, e, t);
        } finally {
            if (in != stdin) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read already
                }
            }
        }
    }

    /**
     * Reads an assessment (JSON, or a filled questionnaire workbook) and checks it against the rubric
     * and options in one round: every problem of the document's shape, of the rubric's rules and of the
     * options.
     */
    static ParseResult<Assessment> parse(String file, InputStream stdin, Rubric rubric, ScoringOptions options, Texts t) {
        byte[] bytes = read(file, stdin, t);
        // A workbook is recognised by its content (a zip or OLE2 file), never by the file's name.
        ParseResult<Assessment> read = Questionnaires.isWorkbook(bytes)
                ? Questionnaires.read(bytes, rubric, options.messagesLocale(), options.validationOptions())
                : AssessmentJson.parse(bytes, rubric, options.messagesLocale(), options.validationOptions());
        List<Problem> optionProblems = Scoring.checkOptions(rubric, options);
        if (optionProblems.isEmpty()) {
            return read;
        }
        List<ValidationProblem> all = new ArrayList<>(read.problems());
        optionProblems.forEach(p -> all.add(new ValidationProblem(p, Severity.ERROR)));
        return new ParseResult<>(Optional.empty(), all);
    }

    /** The failure to read an input, with its reason in the run's language. */
    static CliException cannotRead(String file, IOException e, Texts t) {
        return new CliException(ExitCodes.IO_ERROR, t.format("io.cannotRead", t.label(file), reason("-".equals(file) ? null : Path.of(file), e, t)));
    }

    /** The failure to write an output, with its reason in the run's language; silent after an interruption. */
    static CliException cannotWrite(String name, IOException e, Texts t) {
        if (e instanceof InterruptedIOException) {
            return new CliException(ExitCodes.IO_ERROR, null); // the shutdown hook has said what happened
        }
        return new CliException(ExitCodes.IO_ERROR, t.format("io.cannotWrite", name, reason(null, e, t)));
    }

    /**
     * Why a file could not be read or written, in the run's language where the reason is a common
     * one (no such file, a directory, no permission, a full device, a closed pipe, a read-only file
     * system), else the system's own words.
     */
    static String reason(Path path, IOException e, Texts t) {
        String message = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (e instanceof NoSuchFileException || lower.contains("no such file") || path != null && !Files.exists(path)) {
            return t.get("reason.noSuchFile");
        }
        if (lower.contains("is a directory") || path != null && Files.isDirectory(path)) {
            return t.get("reason.isDirectory");
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("access denied")) {
            return t.get("reason.accessDenied");
        }
        if (lower.contains("no space left")) {
            return t.get("reason.noSpace");
        }
        if (lower.contains("broken pipe") || lower.contains("stream closed")) {
            return t.get("reason.brokenPipe");
        }
        if (lower.contains("read-only file system")) {
            return t.get("reason.readOnly");
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return t.get("reason.notDirectory"); // a file where the path needs a directory
        }
        return e.getMessage() == null ? t.get("reason.other") : message.lines().findFirst().orElse(message);
    }

    /**
     * Writes text to a file, or to {@code out} when no file is given. A file is written through a
     * temporary file beside it and replaced only when the text is all written ({@link ReplacingOutput}).
     */
    static void write(String text, Path file, PrintWriter out, Texts t) {
        if (file == null) {
            out.print(text);
            if (!text.endsWith("\n")) {
                out.println();
            }
            out.flush();
            return;
        }
        try (ReplacingOutput output = open(file, t, () -> { })) {
            OutputStream stream = output.stream();
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            output.commit();
        } catch (IOException e) {
            throw cannotWrite(file.toString(), e, t);
        }
    }

    /** Opens a file to replace, or fails with the reason. */
    static ReplacingOutput open(Path file, Texts t, Runnable onInterrupt) {
        try {
            return ReplacingOutput.open(file, onInterrupt);
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, t.format("io.cannotWrite", file, reason(null, e, t)));
        }
    }
}
