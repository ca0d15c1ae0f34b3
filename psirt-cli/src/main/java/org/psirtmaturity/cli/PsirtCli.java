package org.psirtmaturity.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParseResult;

/**
 * The {@code psirt} command: scores PSIRT maturity assessments against the maturity sheet.
 *
 * <p>Exit codes: {@value ExitCodes#OK} success, {@value ExitCodes#INVALID_INPUT} invalid input,
 * {@value ExitCodes#USAGE} usage error, {@value ExitCodes#IO_ERROR} I/O error,
 * {@value ExitCodes#INTERNAL_ERROR} internal error.
 */
@Command(name = "psirt",
        mixinStandardHelpOptions = true,
        versionProvider = PsirtCli.Version.class,
        description = {"Score PSIRT maturity assessments against the PSIRT maturity sheet (FIRST PSIRT Services Framework).",
            "Bundled rubrics: Japanese (ja, verbatim) and English (en)."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success (validate: no error; warnings may be printed)",
            "  1  invalid input: malformed JSON or validation errors; every problem is printed",
            "  2  usage error: unknown option, missing or bad argument",
            "  3  a file could not be read or written",
            "  4  internal error (please report it)",
            "",
            "Example: psirt score examples/within-band.json --lang en --format html --out report.html"})
public final class PsirtCli implements Runnable {

    /** The subcommands, in the order the usage help lists them. */
    static final List<String> SUBCOMMANDS = List.of("score", "validate", "compare", "template", "rubric", "batch", "export", "portfolio", "help");

    private final InputStream stdin;
    private final OutputStream stdout;

    @picocli.CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Creates the command reading standard input from {@code stdin} and writing binary output (batch)
     * to {@code stdout}.
     *
     * @param stdin  the standard input
     * @param stdout the standard output, for commands that stream bytes
     */
    public PsirtCli(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    InputStream stdin() {
        return stdin;
    }

    OutputStream stdout() {
        return stdout;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Builds the command line with UTF-8 output and error writers and the exit-code mapping.
     *
     * @param stdin  standard input
     * @param stdout standard output
     * @param out    where text output goes
     * @param err    where problems and errors go
     * @return the configured command line
     */
    public static CommandLine commandLine(InputStream stdin, OutputStream stdout, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PsirtCli(stdin, stdout));
        for (String name : SUBCOMMANDS) {
            cl.addSubcommand(subcommand(name));
        }
        // after the subcommands: these settings apply to the commands present when they are made
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ExceptionHandler());
        return cl;
    }

    private static Object subcommand(String name) {
        return switch (name) {
            case "score" -> new ScoreCommand();
            case "validate" -> new ValidateCommand();
            case "compare" -> new CompareCommand();
            case "template" -> new TemplateCommand();
            case "rubric" -> new RubricCommand();
            case "batch" -> new BatchCommand();
            case "export" -> new ExportCommand();
            case "portfolio" -> new PortfolioCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintStream utf8Out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(utf8Out, true);
        PrintWriter err = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8), true);
        int code = commandLine(System.in, utf8Out, out, err).execute(args);
        out.flush();
        err.flush();
        if (code == ExitCodes.OK && (utf8Out.checkError() || out.checkError())) {
            err.println("psirt: cannot write to standard output");
            err.flush();
            code = ExitCodes.IO_ERROR;
        }
        System.exit(code);
    }

    /**
     * Maps a {@link CliException} to its exit code and message, anything else to an internal error in
     * one line (never a stack trace).
     */
    static final class ExceptionHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
            return handle(e, commandLine.getErr());
        }

        static int handle(Exception e, PrintWriter err) {
            if (e instanceof CliException c) {
                if (c.getMessage() != null) {
                    err.println("psirt: " + c.getMessage());
                }
                err.flush();
                return c.exitCode();
            }
            err.println("psirt: internal error (please report it): " + e.getClass().getName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    /** The version shown by {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PsirtCli.class.getPackage().getImplementationVersion();
            return new String[] {"psirt " + (v == null ? "(development build)" : v), "Java " + Runtime.version()};
        }
    }
}
