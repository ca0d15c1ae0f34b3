package org.psirtmaturity.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.report.ReportFormat;
import org.psirtmaturity.report.Reports;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.ScoringOptions;

/**
 * What {@code psirt score} is asked to do, however its arguments were read: by picocli
 * ({@link ScoreCommand}) or by {@link ScoreShortcut}.
 *
 * @param file            the assessment, or {@code -} for standard input
 * @param lang            {@code --lang}, or null for the default locale's language
 * @param target          {@code --target} as given, or null
 * @param strict          {@code --strict}
 * @param requireComplete {@code --require-complete}
 * @param format          {@code --format}
 * @param outFile         {@code --out}, or null for standard output
 * @param width           {@code --width}
 */
record ScoreRequest(String file, Language lang, String target, boolean strict, boolean requireComplete, ReportFormat format,
        Path outFile, int width) {

    /**
     * Validates and scores the assessment and writes the report.
     *
     * @return {@link ExitCodes#OK}
     * @throws CliException for invalid input, a usage error found late (target band, width) or an I/O error
     */
    int run(InputStream stdin, PrintWriter out, PrintWriter err) {
        Language language = ScoringMixin.language(lang);
        Rubric rubric = Io.rubric(language);
        ScoringOptions options = ScoringMixin.options(language, target, strict, requireComplete);
        ScoreReport report = Io.score(file, stdin, rubric, options, err);
        Io.write(Reports.render(report, rubric, format, ScoringMixin.renderOptions(width)), outFile, out);
        return ExitCodes.OK;
    }
}
