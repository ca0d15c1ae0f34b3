package org.psirtmaturity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.report.ReportFormat;
import org.psirtmaturity.report.Reports;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.Comparisons;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
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
        description = {"Score two assessments and print the deltas per framework, per area and overall, band changes, "
                + "and the frameworks that improved or regressed.",
            "Warns on standard error when OLD is dated after NEW, or when the two name different organisations.",
            "Invalid input prints the problems of both files and exits 1 (with --format json, as JSON on standard output)."})
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    private PsirtCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier assessment (JSON), or - for standard input.")
    private String older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later assessment (JSON), or - for standard input.")
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
        Language language = scoring.language(root);
        Texts t = root.texts(language);
        Rubric rubric = Io.rubric(language, t);
        ScoringOptions options = scoring.options(language);
        ParseResult<Assessment> first = Io.parse(older, root.stdin(), rubric, options, t);
        ParseResult<Assessment> second = Io.parse(newer, root.stdin(), rubric, options, t);
        if (!first.isValid() || !second.isValid()) {
            List<Problems.Of> problems = new ArrayList<>();
            problems.add(new Problems.Of(older, first.problems()));
            problems.add(new Problems.Of(newer, second.problems()));
            Invalid.report(problems, format == ReportFormat.JSON, spec, t);
        }
        warnAboutOrder(first.orElseThrow(), second.orElseThrow(), spec.commandLine().getErr(), t);
        ScoreReport before = Scoring.score(first.orElseThrow(), rubric, options);
        ScoreReport after = Scoring.score(second.orElseThrow(), rubric, options);
        ReportComparison comparison;
        try {
            comparison = Comparisons.compare(before, after);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        }
        Io.write(Reports.renderComparison(comparison, before, after, rubric, format), out, spec.commandLine().getOut(), t);
        return ExitCodes.OK;
    }

    /**
     * Warns when the older assessment is dated after the newer one (the files are likely swapped), or
     * when the two name different organisations (the comparison may be of two teams).
     */
    private void warnAboutOrder(Assessment a, Assessment b, PrintWriter err, Texts t) {
        AssessmentContext c1 = a.context().orElse(AssessmentContext.empty());
        AssessmentContext c2 = b.context().orElse(AssessmentContext.empty());
        Optional<LocalDate> d1 = c1.date();
        Optional<LocalDate> d2 = c2.date();
        if (d1.isPresent() && d2.isPresent() && d1.get().isAfter(d2.get())) {
            err.println("psirt: " + t.get("prefix.warning") + ": "
                    + t.format("compare.laterFirst", t.label(older), d1.get(), t.label(newer), d2.get()));
        }
        Optional<String> o1 = c1.organization().map(String::strip);
        Optional<String> o2 = c2.organization().map(String::strip);
        if (o1.isPresent() && o2.isPresent() && !o1.get().equals(o2.get())) {
            err.println("psirt: " + t.get("prefix.warning") + ": "
                    + t.format("compare.organizations", o1.get(), t.label(older), o2.get(), t.label(newer)));
        }
        err.flush();
    }
}
