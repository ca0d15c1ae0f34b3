package org.psirtmaturity.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.psirtmaturity.cisoassistant.CisoAssistantLibrary;
import org.psirtmaturity.cyclonedx.CycloneDx;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.ScoringOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt export}: the rubric, and an assessment, in the formats of other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the rubric (and an assessment) in the format of another tool.",
        subcommands = {ExportCommand.CycloneDxCommand.class, ExportCommand.CisoAssistantCommand.class})
final class ExportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PsirtCli root;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code psirt export cyclonedx}: a CycloneDX 1.6 standard, with the attestation of an assessment. */
    @Command(name = "cyclonedx", mixinStandardHelpOptions = true,
            description = {"Write the maturity sheet as a CycloneDX 1.6 standard (definitions.standards), in JSON.",
                "With an assessment, the same document also holds its attestation (declarations): the organisation as "
                        + "target, one claim per answered framework, each framework's level as conformance = level / 5.",
                "The standard's bom-refs are the same in both languages."})
    static final class CycloneDxCommand implements Callable<Integer> {

        @ParentCommand
        private ExportCommand export;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "ASSESSMENT",
                description = "An assessment (JSON) to attest, or - for standard input; without it, the standard alone.")
        private String assessment;

        @Option(names = "--lang", paramLabel = "LANG", description = "Language of the texts: ja or en (default: the system's).")
        private Language lang;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        private Path out;

        @Override
        public Integer call() {
            Language language = export.root.language(lang);
            Texts t = export.root.texts(language);
            Rubric rubric = Io.rubric(language, t);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                if (assessment == null) {
                    CycloneDx.writeStandard(rubric, bytes);
                } else {
                    ScoringOptions options = ScoringOptions.defaults().withMessagesLocale(language.locale());
                    ParseResult<Assessment> read = Io.parse(assessment, export.root.stdin(), rubric, options, t);
                    if (!read.isValid()) {
                        Invalid.report(List.of(new Problems.Of(assessment, read.problems())), false, spec, t);
                    }
                    CycloneDx.writeAttestation(read.orElseThrow(), rubric, bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e); // in memory: not expected
            }
            Io.write(bytes.toString(StandardCharsets.UTF_8), out, spec.commandLine().getOut(), t);
            return ExitCodes.OK;
        }
    }

    /** {@code psirt export ciso-assistant}: a CISO Assistant framework library. */
    @Command(name = "ciso-assistant", mixinStandardHelpOptions = true,
            description = {"Write the maturity sheet as a CISO Assistant framework library (YAML), with the other "
                    + "language as its translation.",
                "Import it in CISO Assistant under Libraries: upload the file (named *.yaml)."})
    static final class CisoAssistantCommand implements Callable<Integer> {

        @ParentCommand
        private ExportCommand export;

        @Spec
        private CommandSpec spec;

        @Option(names = "--lang", paramLabel = "LANG", description = "Language of the library: ja or en (default: the system's).")
        private Language lang;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (e.g. psirt.yaml) instead of standard output.")
        private Path out;

        @Override
        public Integer call() {
            Language language = export.root.language(lang);
            Texts t = export.root.texts(language);
            Language other = language == Language.ja ? Language.en : Language.ja;
            Rubric primary = Io.rubric(language, t);
            Io.write(CisoAssistantLibrary.toYaml(primary, Optional.of(Io.rubric(other, t))), out, spec.commandLine().getOut(), t);
            return ExitCodes.OK;
        }
    }
}
