package org.psirtmaturity.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.report.RenderOptions;
import org.psirtmaturity.report.ReportFormat;
import org.psirtmaturity.report.Reports;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt score}: validate and score an assessment and print the report. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Validate and score an assessment and print the report.",
            "Invalid input prints every problem and exits 1: as lines on standard error, or with --format json as "
                    + "{\"valid\":false,\"problems\":[…]} on standard output."})
final class ScoreCommand implements Callable<Integer> {

    @ParentCommand
    private PsirtCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The assessment: JSON (format psirt-assessment/1) or a filled questionnaire workbook (.xlsx), or - for standard input.")
    private String file;

    @Mixin
    private ScoringMixin scoring;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    private Path out;

    @Option(names = "--width", defaultValue = "80", paramLabel = "COLUMNS", converter = Converters.Width.class,
            description = "Width of the text report in terminal columns, 60 to 1000 (default: ${DEFAULT-VALUE}).")
    private int width;

    @Override
    public Integer call() {
        Language language = scoring.language(root);
        Texts t = root.texts(language);
        Rubric rubric = Io.rubric(language, t);
        ScoringOptions options = scoring.options(language);
        ParseResult<Assessment> read = Io.parse(file, root.stdin(), rubric, options, t);
        if (!read.isValid()) {
            Invalid.report(List.of(new Problems.Of(file, read.problems())), format == ReportFormat.JSON, spec, t);
        }
        ScoreReport report = Scoring.score(read.orElseThrow(), rubric, options);
        Io.write(Reports.render(report, rubric, format, new RenderOptions(width, true)), out, spec.commandLine().getOut(), t);
        return ExitCodes.OK;
    }
}
