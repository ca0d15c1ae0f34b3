package org.psirtmaturity.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.psirtmaturity.json.BatchOptions;
import org.psirtmaturity.json.BatchScorer;
import org.psirtmaturity.json.BatchSummary;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code psirt batch}: score a JSON Lines file of assessments into JSON Lines of reports. OUT is
 * written through a temporary file ({@link ReplacingOutput}), so that it is replaced only by a run
 * that ends, and never by a half-written line.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Score a JSON Lines file of assessments (one per line) into JSON Lines of reports, in constant memory.",
            "Each output line starts with \"line\": the number of the input line it answers. A bad line produces "
                    + "{\"line\":N,\"problems\":[…]} and the batch goes on (unless --fail-fast). Blank lines give no "
                    + "output; the summary on standard error counts them.",
            "IN may be a file, a named pipe, a device or - (standard input). OUT must not be the same file as IN.",
            "OUT is written to a temporary file beside it (.OUT.<random>.tmp) and replaced only when the batch "
                    + "ends. A failed run, or one interrupted by Ctrl-C (SIGINT) or SIGTERM, leaves an existing OUT "
                    + "as it was and removes the temporary file (only SIGKILL can leave it behind). With OUT - the "
                    + "lines written so far stay on standard output.",
            "Exits 0 when every line was scored, 1 when some line failed, 3 when IN or OUT could not be read or "
                    + "written, 130 or 143 when interrupted."})
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
        Language language = scoring.language(root);
        Texts t = root.texts(language);
        Rubric rubric = Io.rubric(language, t);
        ScoringOptions options = scoring.options(language);
        List<Problem> optionProblems = Scoring.checkOptions(rubric, options);
        if (!optionProblems.isEmpty()) { // before anything is read or written
            for (Problem p : optionProblems) {
                spec.commandLine().getErr().println("psirt: " + t.get("prefix.error") + ": " + p.message() + " [" + p.code() + "]");
            }
            throw new CliException(ExitCodes.INVALID_INPUT, null);
        }
        boolean toFile = !"-".equals(out);
        if (toFile) {
            refuseSameFile(t);
        }
        PrintWriter err = spec.commandLine().getErr();
        BatchSummary summary;
        Tracked.Input input = new Tracked.Input(Io.openInput(in, root.stdin(), t));
        try {
            if (toFile) {
                String name = out;
                try (ReplacingOutput output = Io.open(Path.of(out), t,
                        () -> err.println(t.format("batch.interrupted", name)))) {
                    Tracked.Output tracked = new Tracked.Output(output.stream());
                    summary = run(input, tracked, rubric, options, out, t);
                    try {
                        output.commit();
                    } catch (IOException e) {
                        throw Io.cannotWrite(out, e, t);
                    }
                }
            } else {
                summary = run(input, new Tracked.Output(root.stdout()), rubric, options, t.get("label.stdout"), t);
            }
        } finally {
            if (!"-".equals(in)) {
                try {
                    input.close();
                } catch (IOException ignored) {
                    // read already
                }
            }
        }
        err.println(t.format(summary.lines() == 1 ? "batch.summary.one" : "batch.summary", summary.lines(), summary.scored(), summary.failed(), summary.blank()));
        err.flush();
        return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private BatchSummary run(Tracked.Input input, Tracked.Output output, Rubric rubric, ScoringOptions options, String outName, Texts t) {
        try {
            return BatchScorer.run(input, output, rubric, options, new BatchOptions(failFast));
        } catch (IOException e) {
            if (input.failure() != null) {
                throw Io.cannotRead(in, input.failure(), t);
            }
            throw Io.cannotWrite(outName, output.failure() != null ? output.failure() : e, t);
        }
    }

    /**
     * Refuses an OUT that is IN, also through links or as standard input ({@code /dev/stdin}, where
     * the system has it): the reports would overwrite the assessments being read.
     */
    private void refuseSameFile(Texts t) {
        Path target = Path.of(out);
        Path source = "-".equals(in) ? Path.of("/dev/stdin") : Path.of(in);
        try {
            if (Files.exists(target) && Files.exists(source) && Files.isSameFile(source, target)) {
                throw new CliException(ExitCodes.USAGE, t.format("batch.sameFile", t.label(in), out));
            }
        } catch (IOException | SecurityException cannotTell) {
            // then the files cannot be compared: the output still goes to a temporary file first
        }
    }
}
