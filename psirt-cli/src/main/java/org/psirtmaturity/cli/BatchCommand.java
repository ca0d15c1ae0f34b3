package org.psirtmaturity.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.json.BatchOptions;
import org.psirtmaturity.json.BatchScorer;
import org.psirtmaturity.json.BatchSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt batch}: score a JSON Lines file of assessments into JSON Lines of reports. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Score a JSON Lines file of assessments (one per line) into JSON Lines of reports, in constant memory.",
            "A bad line produces {\"line\":N,\"problems\":[…]} in the output and the batch goes on (unless --fail-fast).",
            "Exits 0 when every line was scored, 1 when some line failed."})
final class BatchCommand implements Callable<Integer> {

    @ParentCommand
    private PsirtCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "Assessments, one JSON document per line, or - for standard input.")
    private String in;

    @Parameters(index = "1", paramLabel = "OUT", defaultValue = "-", description = "Reports, one per line, or - for standard output (default).")
    private String out;

    @Mixin
    private ScoringMixin scoring;

    @Option(names = "--fail-fast", description = "Stop at the first bad line.")
    private boolean failFast;

    @Override
    public Integer call() {
        Rubric rubric = Io.rubric(scoring.language());
        ScoringOptions options = scoring.options();
        BatchSummary summary;
        try (InputStream input = Io.openInput(in, root.stdin());
             OutputStream output = new java.io.BufferedOutputStream(Io.openOutput(out, root.stdout()), 1 << 16)) {
            summary = BatchScorer.run(input, output, rubric, options, new BatchOptions(failFast));
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO_ERROR, "batch failed: " + e.getMessage());
        }
        spec.commandLine().getErr().println("psirt batch: " + summary.lines() + " lines, " + summary.scored() + " scored, "
                + summary.failed() + " failed, " + summary.blank() + " blank");
        spec.commandLine().getErr().flush();
        return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
