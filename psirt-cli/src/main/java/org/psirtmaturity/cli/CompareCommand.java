package org.psirtmaturity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.report.ReportFormat;
import org.psirtmaturity.report.Reports;
import org.psirtmaturity.scoring.Comparisons;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.ScoringOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt compare}: deltas between two assessments of the same rubric. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Score two assessments and print the deltas per framework, per area and overall, band changes, "
                + "and the frameworks that improved or regressed.")
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    private PsirtCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier assessment (JSON).")
    private String older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later assessment (JSON).")
    private String newer;

    @Mixin
    private ScoringMixin scoring;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the comparison to FILE instead of standard output.")
    private Path out;

    @Override
    public Integer call() {
        Rubric rubric = Io.rubric(scoring.language());
        ScoringOptions options = scoring.options();
        ScoreReport before = Io.score(older, root.stdin(), rubric, options, spec.commandLine().getErr());
        ScoreReport after = Io.score(newer, root.stdin(), rubric, options, spec.commandLine().getErr());
        ReportComparison comparison;
        try {
            comparison = Comparisons.compare(before, after);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        }
        Io.write(Reports.renderComparison(comparison, before, after, rubric, format), out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
