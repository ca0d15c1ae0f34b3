package org.psirtmaturity.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.psirtmaturity.report.ReportFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code psirt} command: scores PSIRT maturity assessments against the maturity sheet.
 *
 * <p>Exit codes: {@value ExitCodes#OK} success, {@value ExitCodes#INVALID_INPUT} invalid input,
 * {@value ExitCodes#USAGE} usage error, {@value ExitCodes#IO_ERROR} a file or standard output could
 * not be read or written, {@value ExitCodes#INTERNAL_ERROR} internal error; 130 and 143 after SIGINT
 * and SIGTERM. Every failure prints one message on standard error, never a stack trace.
 *
 * <p>Language: {@code --lang ja} or {@code --lang en} where the command has it; otherwise the system's
 * ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}, then the JVM's locale: see
 * {@link Language#ofSystem}). Every text the command prints is in that language, usage help included.
 */
@Command(name = "psirt",
        mixinStandardHelpOptions = true,
        versionProvider = PsirtCli.Version.class,
        description = {"Score PSIRT maturity assessments against the PSIRT maturity sheet (FIRST PSIRT Services Framework).",
            "Bundled rubrics: Japanese (ja, verbatim) and English (en)."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success (validate: no error; warnings may be printed)",
            "  1  invalid input: malformed JSON or validation errors; every problem is",
            "     printed (with --format json, as JSON on standard output)",
            "  2  usage error: unknown option, missing or bad argument",
            "  3  a file, or standard output, could not be read or written",
            "  4  internal error (please report it)",
            "  130, 143  interrupted by SIGINT (Ctrl-C) or SIGTERM",
            "",
            "Output files (--out FILE, the OUT of batch) are written to a temporary file",
            "beside them that replaces the file only when the run succeeds: a failed or",
            "interrupted run leaves an existing file as it was and removes the temporary",
            "file.",
            "",
            "Language: --lang, else LC_ALL, LC_MESSAGES or LANG (ja_JP.UTF-8: Japanese),",
            "else Java's default locale.",
            "",
            "Example: psirt score examples/within-band.json --lang en --format html",
            "           --out report.html"})
public final class PsirtCli implements Runnable {

    /** The subcommands, in the order the usage help lists them. */
    static final List<String> SUBCOMMANDS = List.of("score", "validate", "compare", "template", "rubric", "batch", "export", "portfolio", "help");

    private final InputStream stdin;
    private final OutputStream stdout;
    private final Language system;
    private final Texts texts;

    @picocli.CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private PsirtCli(InputStream stdin, OutputStream stdout, Language system, Texts texts) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.system = system;
        this.texts = texts;
    }

    InputStream stdin() {
        return stdin;
    }

    /** Standard output for the commands that stream bytes ({@code batch}); unbuffered. */
    OutputStream stdout() {
        return stdout;
    }

    /** The language asked for with {@code --lang}, or the system's when none was. */
    Language language(Language asked) {
        return asked != null ? asked : system;
    }

    /** The texts in a language. */
    Texts texts(Language language) {
        return language == texts.language() ? texts : Texts.of(language);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
                System.getenv()));
    }

    /**
     * Runs the command once: parses the arguments, executes the command, and checks that standard
     * output took everything written to it.
     *
     * @param args        the command-line arguments
     * @param stdin       standard input
     * @param stdout      standard output (text in UTF-8, and the bytes of {@code batch})
     * @param stderr      standard error (messages in UTF-8)
     * @param environment the environment variables (for the system's language)
     * @return the exit code, one of {@link ExitCodes}
     */
    static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr, Map<String, String> environment) {
        Language system = Language.ofSystem(environment, Locale.getDefault());
        Texts texts = Texts.of(languageOfArguments(args).orElse(system));
        Tracked.Output out = new Tracked.Output(stdout);
        PrintWriter outText = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = commandLine(stdin, out, outText, err, system, texts).execute(args);
        } catch (Throwable e) { // an Error from a command (out of memory), or a fault of the command line's set-up
            code = ExceptionHandler.handle(e, err, texts);
        }
        outText.flush();
        if ((outText.checkError() || out.failure() != null) && code != ExitCodes.IO_ERROR && code != ExitCodes.INTERNAL_ERROR) {
            String reason = out.failure() != null ? Io.reason(null, out.failure(), texts) : texts.get("reason.writeFailed");
            err.println("psirt: " + texts.format("io.cannotWrite", texts.get("label.stdout"), reason));
            code = ExitCodes.IO_ERROR;
        }
        err.flush();
        return code;
    }

    /**
     * The language of {@code --lang} among the arguments (before {@code --}), if one names a language:
     * the language of every message of the run, usage errors included.
     */
    static Optional<Language> languageOfArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            Optional<Language> l = Optional.empty();
            if (args[i].equals("--lang") && i + 1 < args.length) {
                l = Language.parse(args[i + 1]);
            } else if (args[i].startsWith("--lang=")) {
                l = Language.parse(args[i].substring("--lang=".length()));
            }
            if (l.isPresent()) {
                return l;
            }
        }
        return Optional.empty();
    }

    /** Builds the command line: the subcommands, the writers, the handlers, and the usage help's language. */
    static CommandLine commandLine(InputStream stdin, OutputStream stdout, PrintWriter out, PrintWriter err, Language system, Texts texts) {
        CommandLine cl = new CommandLine(new PsirtCli(stdin, stdout, system, texts));
        for (String name : SUBCOMMANDS) {
            cl.addSubcommand(subcommand(name));
        }
        // after the subcommands: these settings apply to the commands present when they are made
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ExceptionHandler(texts));
        cl.setParameterExceptionHandler(new UsageHandler(texts));
        if (texts.language() == Language.ja) {
            cl.setResourceBundle(Help.JAPANESE);
        }
        return cl;
    }

    /** The usage help in Japanese, read on first use. */
    private static final class Help {
        static final ResourceBundle JAPANESE = Texts.read("help_ja.properties");
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
     * Maps a {@link CliException} to its exit code and message, anything else to an internal error in
     * one line (never a stack trace).
     */
    static final class ExceptionHandler implements IExecutionExceptionHandler {
        private final Texts texts;

        ExceptionHandler(Texts texts) {
            this.texts = texts;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
            return handle(e, commandLine.getErr(), texts);
        }

        static int handle(Throwable e, PrintWriter err, Texts texts) {
            if (e instanceof CliException c) {
                if (c.getMessage() != null) {
                    err.println("psirt: " + c.getMessage());
                }
                err.flush();
                return c.exitCode();
            }
            String what = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
            err.println("psirt: " + texts.format(e instanceof OutOfMemoryError ? "internal.outOfMemory" : "internal.error", what));
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    /**
     * Words a usage error in the run's language: what is wrong and, for a value, what was expected;
     * never picocli's or Java's own text for a known kind of error. Exit code {@value ExitCodes#USAGE}.
     */
    static final class UsageHandler implements IParameterExceptionHandler {
        private final Texts t;

        UsageHandler(Texts texts) {
            this.t = texts;
        }

        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("psirt: " + message(ex));
            err.println(t.format("usage.tryHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
            err.flush();
            return ExitCodes.USAGE;
        }

        String message(ParameterException ex) {
            if (ex instanceof UnmatchedArgumentException u) {
                return t.format("usage.unknown", String.join(" ", u.getUnmatched()));
            }
            if (ex instanceof MissingParameterException m) {
                List<String> missing = new ArrayList<>();
                for (ArgSpec a : m.getMissing()) {
                    missing.add(a instanceof OptionSpec o ? t.format("usage.missingValue", o.longestName(), expected(o))
                            : t.format("usage.missingArgument", a.paramLabel()));
                }
                return String.join(t.get("separator.list"), missing);
            }
            if (ex instanceof OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
                return t.format("usage.repeated", option.longestName());
            }
            if (ex.getArgSpec() instanceof OptionSpec o && ex.getValue() != null) {
                if (o.longestName().equals("--target") && ex.getValue().contains(",")) {
                    return t.format("usage.invalidValueWithHint", o.longestName(), ex.getValue(), expected(o), t.get("usage.decimalComma"));
                }
                return t.format("usage.invalidValue", o.longestName(), ex.getValue(), expected(o));
            }
            return t.format("usage.other", ex.getMessage());
        }

        /** What an option's value must be, in the run's language. */
        private String expected(OptionSpec o) {
            String name = o.longestName().replaceFirst("^-+", "");
            String key = name.equals("format") && o.type() != ReportFormat.class ? "expected.format.text-json" : "expected." + name;
            if (t.has(key)) {
                return t.get(key);
            }
            if (o.type().isEnum()) {
                return String.join(", ", Arrays.stream(o.type().getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList());
            }
            return o.paramLabel();
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
