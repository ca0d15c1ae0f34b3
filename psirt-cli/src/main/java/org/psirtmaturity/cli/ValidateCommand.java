package org.psirtmaturity.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.ValidationProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt validate}: print the problems of an assessment, nothing else. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an assessment and print every problem (errors and warnings), one per line. Exits 1 if there is an error.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private PsirtCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The assessment (JSON), or - for standard input.")
    private String file;

    @Mixin
    private ScoringMixin scoring;

    @Override
    public Integer call() {
        Rubric rubric = Io.rubric(scoring.language());
        ScoringOptions options = scoring.options();
        PrintWriter out = spec.commandLine().getOut();
        ParseResult<Assessment> result = Io.read(file, root.stdin(), rubric, options);
        for (ValidationProblem p : result.problems()) {
            out.println(Io.label(file) + ": " + (p.isError() ? "error" : "warning") + ": "
                    + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message() + " [" + p.code() + "]");
        }
        if (result.isValid()) {
            int warnings = result.warnings().size();
            out.println(Io.label(file) + ": valid (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")");
        }
        out.flush();
        return result.isValid() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
