package org.psirtmaturity.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.ValidationResult;
import org.psirtmaturity.scoring.json.AssessmentJson;
import org.psirtmaturity.scoring.json.ParseResult;

/** Reading inputs and writing outputs for the commands; all text is UTF-8. */
final class Io {

    /** The bundled rubrics, found once per run. */
    private static final Rubrics RUBRICS = Rubrics.installed();

    private Io() {
    }

    static Rubric rubric(Language lang) {
        return RUBRICS.forLocale(lang.locale());
    }

    /** Reads a file, or standard input for {@code -}. */
    static byte[] read(String file, InputStream stdin) {
        try {
            if ("-".equals(file)) {
                return stdin.readAllBytes();
            }
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.IO_ERROR, "cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Reads an assessment, printing every problem to {@code err} (prefixed with the file name) when
     * it cannot be read.
     */
    static Assessment assessment(String file, InputStream stdin, Locale messages, PrintWriter err) {
        ParseResult<Assessment> parsed = AssessmentJson.parse(new java.io.ByteArrayInputStream(read(file, stdin)), messages);
        if (!parsed.isValid()) {
            printProblems(err, label(file), parsed.problems());
            throw new CliException(ExitCodes.INVALID_INPUT, null);
        }
        return parsed.orElseThrow();
    }

    /**
     * Reads, validates and scores an assessment; on invalid input prints every error to {@code err}
     * (prefixed with the file name) and fails with {@link ExitCodes#INVALID_INPUT}.
     */
    static ScoreReport score(String file, InputStream stdin, Rubric rubric, ScoringOptions options, PrintWriter err) {
        Assessment assessment = assessment(file, stdin, options.messagesLocale(), err);
        ValidationResult check = AssessmentValidator.validate(assessment, rubric, options.messagesLocale(), options.validationOptions());
        if (!check.isValid()) {
            printProblems(err, label(file), check.errors());
            throw new CliException(ExitCodes.INVALID_INPUT, null);
        }
        return Scoring.score(assessment, rubric, options);
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
