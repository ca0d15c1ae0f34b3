package org.psirtmaturity.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ScoringOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt validate}: print the problems of an assessment, nothing else. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check an assessment and print every problem (errors and warnings), one per line, then whether it "
                + "is valid. Exits 1 if there is an error.",
            "With --format json: {\"valid\":…,\"problems\":[{\"file\",\"path\",\"code\",\"arguments\",\"message\",\"severity\"}, …]}."})
final class ValidateCommand implements Callable<Integer> {

    /** Output formats of this command. */
    enum Format { text, json }

    @ParentCommand
    private PsirtCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The assessment: JSON or a filled questionnaire workbook (.xlsx), or - for standard input.")
    private String file;

    @Mixin
    private ScoringMixin scoring;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one problem per line) or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        Language language = scoring.language(root);
        Texts t = root.texts(language);
        Rubric rubric = Io.rubric(language, t);
        ScoringOptions options = scoring.options(language);
        PrintWriter out = spec.commandLine().getOut();
        ParseResult<Assessment> result = Io.parse(file, root.stdin(), rubric, options, t);
        List<Problems.Of> problems = List.of(new Problems.Of(file, result.problems()));
        if (format == Format.json) {
            out.print(Problems.json(problems));
        } else {
            Problems.printText(out, t, problems);
            if (result.isValid()) {
                int warnings = result.warnings().size();
                out.println(t.format(warnings == 1 ? "validate.valid.one" : "validate.valid.other", t.label(file), warnings));
            }
        }
        out.flush();
        return result.isValid() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
