package org.psirtmaturity.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.RubricNotFoundException;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.Severity;
import org.psirtmaturity.scoring.ValidationProblem;

/** Reading inputs and writing outputs for the commands; all text is UTF-8. */
final class Io {

    private Io() {
    }

    /**
     * The rubric of a language, from the rubrics installed. A rubric that cannot be had (a missing or
     * broken rubric provider, an invalid rubric) is an internal error of the installation, reported in
     * one line.
     */
    static Rubric rubric(Language lang) {
        try {
            return Rubrics.installed().forLocale(lang.locale());
        } catch (RubricNotFoundException | InvalidRubricException e) {
            throw new CliException(ExitCodes.INTERNAL_ERROR, "cannot load the " + lang + " rubric: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Reads a file, or standard input for {@code -}: at most one byte more than the document limit,
     * whatever the input (a file, a pipe, a device), so that a huge or endless input gets the size
     * problem rather than exhausting memory.
     */
    static byte[] read(String file, InputStream stdin) {
        try (InputStream in = "-".equals(file) ? null : Files.newInputStream(Path.of(file))) {
            return (in == null ? stdin : in).readNBytes(AssessmentJson.MAX_DOCUMENT_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.IO_ERROR, "cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Reads an assessment and checks it against the rubric and options in one round: every problem of
     * the document's shape, of the rubric's rules and of the options.
     */
    static ParseResult<Assessment> read(String file, InputStream stdin, Rubric rubric, ScoringOptions options) {
        ParseResult<Assessment> read = AssessmentJson.parse(read(file, stdin), rubric, options.messagesLocale(),
                options.validationOptions());
        List<Problem> optionProblems = Scoring.checkOptions(rubric, options);
        if (optionProblems.isEmpty()) {
            return read;
        }
        List<ValidationProblem> all = new ArrayList<>(read.problems());
        optionProblems.forEach(p -> all.add(new ValidationProblem(p, Severity.ERROR)));
        return new ParseResult<>(Optional.empty(), all);
    }

    /**
     * Reads, validates and scores an assessment; on invalid input prints every error to {@code err}
     * (prefixed with the file name) and fails with {@link ExitCodes#INVALID_INPUT}.
     */
    static ScoreReport score(String file, InputStream stdin, Rubric rubric, ScoringOptions options, PrintWriter err) {
        return Scoring.score(valid(file, stdin, rubric, options, err), rubric, options);
    }

    /**
     * Reads a valid assessment; on invalid input prints every error to {@code err} (prefixed with the
     * file name) and fails with {@link ExitCodes#INVALID_INPUT}.
     */
    static Assessment valid(String file, InputStream stdin, Rubric rubric, ScoringOptions options, PrintWriter err) {
        ParseResult<Assessment> read = read(file, stdin, rubric, options);
        if (!read.isValid()) {
            printProblems(err, label(file), read.errors());
            throw new CliException(ExitCodes.INVALID_INPUT, null);
        }
        return read.orElseThrow();
    }

    static String label(String file) {
        return "-".equals(file) ? "<stdin>" : file;
    }

    static void printProblems(PrintWriter err, String file, List<Problem> problems) {
        for (Problem p : problems) {
            err.println(file + ": " + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message() + " [" + p.code() + "]");
        }
        err.flush();
    }

    /** Writes text to a file, or to {@code out} when no file is given. */
    static void write(String text, Path file, PrintWriter out) {
        if (file == null) {
            out.print(text);
            if (!text.endsWith("\n")) {
                out.println();
            }
            out.flush();
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, "cannot write " + file + ": " + e.getMessage());
        }
    }

    static OutputStream openOutput(String file, OutputStream stdout) {
        if ("-".equals(file)) {
            return stdout;
        }
        try {
            return Files.newOutputStream(Path.of(file));
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, "cannot write " + file + ": " + e.getMessage());
        }
    }

    static InputStream openInput(String file, InputStream stdin) {
        if ("-".equals(file)) {
            return stdin;
        }
        try {
            return Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.IO_ERROR, "cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
