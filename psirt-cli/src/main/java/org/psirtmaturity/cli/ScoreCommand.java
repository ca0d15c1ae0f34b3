package org.psirtmaturity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.report.RenderOptions;
import org.psirtmaturity.report.ReportFormat;
import org.psirtmaturity.report.Reports;
import org.psirtmaturity.scoring.ScoreReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt score}: validate and score an assessment and print the report. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Validate and score an assessment and print the report. Invalid input prints every problem and exits 1.")
final class ScoreCommand implements Callable<Integer> {

    @ParentCommand
    private PsirtCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The assessment (JSON, format psirt-assessment/1), or - for standard input.")
    private String file;

    @Mixin
    private ScoringMixin scoring;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    private Path out;

    @Option(names = "--width", defaultValue = "80", paramLabel = "COLUMNS",
            description = "Width of the text report in terminal columns, at least 60 (default: ${DEFAULT-VALUE}).")
    private int width;

    @Override
    public Integer call() {
        RenderOptions render = ScoringMixin.renderOptions(width);
        Rubric rubric = Io.rubric(scoring.language());
        ScoreReport report = Io.score(file, root.stdin(), rubric, scoring.options(), spec.commandLine().getErr());
        Io.write(Reports.render(report, rubric, format, render), out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
