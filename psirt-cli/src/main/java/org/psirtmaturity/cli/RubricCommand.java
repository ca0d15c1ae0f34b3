package org.psirtmaturity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.psirtmaturity.json.RubricJson;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.report.RenderOptions;
import org.psirtmaturity.report.Reports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt rubric}: the rubric itself. */
@Command(name = "rubric", mixinStandardHelpOptions = true,
        description = "Print the rubric: every area, framework, objective, level (with its FIRST citations) and note.")
final class RubricCommand implements Callable<Integer> {

    /** Output formats of this command. */
    enum Format { text, json }

    @ParentCommand
    private PsirtCli root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja or en (default: the system's).")
    private Language lang;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (readable in a terminal) or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--width", defaultValue = "80", paramLabel = "COLUMNS", converter = Converters.Width.class,
            description = "Width of the text output in terminal columns, 60 to 1000 (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path out;

    @Override
    public Integer call() {
        Language language = root.language(lang);
        Texts t = root.texts(language);
        Rubric rubric = Io.rubric(language, t);
        Io.write(format == Format.json ? RubricJson.write(rubric) : Reports.renderRubric(rubric, new RenderOptions(width, true)), out,
                spec.commandLine().getOut(), t);
        return ExitCodes.OK;
    }
}
