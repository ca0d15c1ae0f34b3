package org.psirtmaturity.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.report.RenderOptions;
import org.psirtmaturity.report.ReportFormat;
import org.psirtmaturity.report.Reports;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Portfolio;
import org.psirtmaturity.scoring.PortfolioBuilder;
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
 * {@code psirt portfolio}: rolls many units' assessments up into one picture. Reads files and
 * directories (recursively, in path order: {@code *.json} and filled questionnaire workbooks
 * {@code *.xlsx} one assessment each, {@code *.jsonl} one per line), scores each, and renders the
 * portfolio; an unreadable or invalid input is reported on standard error with every problem and left
 * out, and the others are still rolled up. A file named on the command line is read whatever its name
 * ({@code *.jsonl} as lines, anything else as a document: JSON or a workbook, told by its content).
 */
@Command(name = "portfolio", mixinStandardHelpOptions = true,
        description = {"Roll many units' assessments up into one picture: the group's average and bands, a heatmap of units "
                + "x frameworks, the distribution per framework, FIRST Level 1, the group roadmap and each unit's trend.",
            "A unit is an organization (context.organization); its snapshot is its latest assessment by date.",
            "Reads FILEs and DIRs (recursively, in path order): *.json and filled questionnaire workbooks (*.xlsx) one assessment "
                    + "each, *.jsonl one per line (- is standard input).",
            "Invalid inputs are reported on standard error and left out; the exit code is then 1."})
final class PortfolioCommand implements Callable<Integer> {

    @ParentCommand
    private PsirtCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "inputs",
            description = "Assessments (*.json, *.xlsx), JSON Lines of assessments (*.jsonl), or directories of them.")
    private List<String> inputs;

    @Mixin
    private ScoringMixin scoring;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the portfolio to FILE instead of standard output.")
    private Path out;

    @Option(names = "--width", defaultValue = "80", paramLabel = "COLUMNS", converter = Converters.Width.class,
            description = "Width of the text output in terminal columns, 60 to 1000 (default: ${DEFAULT-VALUE}).")
    private int width;

    private Texts t;
    private long read;
    private long rejected;

    @Override
    public Integer call() {
        Language language = scoring.language(root);
        t = root.texts(language);
        Rubric rubric = Io.rubric(language, t);
        ScoringOptions options = scoring.options(language);
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> optionProblems = Scoring.checkOptions(rubric, options);
        if (!optionProblems.isEmpty()) { // before anything is read
            optionProblems.forEach(p -> err.println("psirt: " + t.get("prefix.error") + ": " + p.message() + " [" + p.code() + "]"));
            throw new CliException(ExitCodes.INVALID_INPUT, null);
        }
        PortfolioBuilder builder = options.targetBand().map(b -> Portfolio.builder(rubric, b)).orElseGet(() -> Portfolio.builder(rubric));
        for (String input : inputs) {
            for (Path file : files(input, err)) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                    lines(file, builder, rubric, options, err);
                } else {
                    document(file.toString(), builder, rubric, options, err);
                }
            }
        }
        Portfolio portfolio = builder.build();
        err.println(t.format("portfolio.summary", read, rejected, portfolio.units().size()));
        err.flush();
        if (read == 0) {
            throw new CliException(ExitCodes.INVALID_INPUT, t.format("portfolio.nothing", String.join(t.get("separator.list"), inputs)));
        }
        Io.write(Reports.renderPortfolio(portfolio, rubric, format, new RenderOptions(width, true)), out, spec.commandLine().getOut(), t);
        return rejected == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    /** The files of an input: itself, or a directory's *.json, *.jsonl and *.xlsx files, recursively, in path order. */
    private List<Path> files(String input, PrintWriter err) {
        Path path = Path.of(input);
        if ("-".equals(input) || !Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".xlsx");
            }).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println("psirt: " + t.format("io.cannotRead", input, Io.reason(path, cause, t)));
            rejected++;
            return List.of();
        }
    }

    /** Reads one assessment document (or standard input for {@code -}) and adds its report, or reports its problems. */
    private void document(String file, PortfolioBuilder builder, Rubric rubric, ScoringOptions options, PrintWriter err) {
        ParseResult<Assessment> parsed;
        try {
            parsed = Io.parse(file, root.stdin(), rubric, options, t);
        } catch (CliException e) {
            err.println("psirt: " + e.getMessage());
            rejected++;
            return;
        }
        add(parsed, file, builder, rubric, options, err);
    }

    /** Reads JSON Lines, one assessment per non-blank line, each at most a document's size (a longer line is reported unread). */
    private void lines(Path file, PortfolioBuilder builder, Rubric rubric, ScoringOptions options, PrintWriter err) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            boolean tooLong = false;
            for (int n = in.read(buffer); ; n = in.read(buffer)) {
                int start = 0;
                for (int i = 0; i < Math.max(n, 0); i++) {
                    if (buffer[i] == '\n') {
                        tooLong |= append(line, buffer, start, i - start);
                        line(file, number++, line, tooLong, builder, rubric, options, err);
                        line.reset();
                        tooLong = false;
                        start = i + 1;
                    }
                }
                if (n < 0) {
                    line(file, number, line, tooLong, builder, rubric, options, err);
                    return;
                }
                tooLong |= append(line, buffer, start, n - start);
            }
        } catch (IOException e) {
            err.println("psirt: " + t.format("io.cannotRead", file, Io.reason(file, e, t)));
            rejected++;
        }
    }

    /** Appends up to one byte more than a document may have; tells whether bytes were dropped. */
    private static boolean append(ByteArrayOutputStream line, byte[] bytes, int offset, int length) {
        int room = AssessmentJson.MAX_DOCUMENT_BYTES + 1 - line.size();
        line.write(bytes, offset, Math.min(room, length));
        return length > room;
    }

    private void line(Path file, long number, ByteArrayOutputStream line, boolean tooLong, PortfolioBuilder builder, Rubric rubric,
            ScoringOptions options, PrintWriter err) {
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        boolean blank = true;
        for (int i = 0; i < end && blank; i++) {
            blank = bytes[i] == ' ' || bytes[i] == '\t';
        }
        if (blank && !tooLong) {
            return; // a blank line: counted, not read
        }
        String label = file + ":" + number;
        if (tooLong) {
            err.println(label + ": " + t.get("prefix.error") + ": " + t.format("portfolio.lineTooLong", AssessmentJson.MAX_DOCUMENT_BYTES));
            rejected++;
            return;
        }
        add(AssessmentJson.parse(Arrays.copyOf(bytes, end), rubric, options.messagesLocale(), options.validationOptions()), label,
                builder, rubric, options, err);
    }

    private void add(ParseResult<Assessment> parsed, String label, PortfolioBuilder builder, Rubric rubric, ScoringOptions options,
            PrintWriter err) {
        if (!parsed.isValid()) {
            Problems.printText(err, t, List.of(new Problems.Of(label, parsed.problems())));
            rejected++;
            return;
        }
        builder.add(Scoring.score(parsed.orElseThrow(), rubric, options));
        read++;
    }
}
