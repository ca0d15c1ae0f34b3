package org.psirtmaturity.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.spreadsheet.Questionnaires;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.report.Reports;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.Level1Assessment;
import org.psirtmaturity.scoring.RubricRef;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt template}: a complete assessment to fill in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Print a complete assessment to fill in; as it is, it reads back as a valid assessment.",
            "context: placeholders for the organisation and the assessor, and today's date. answers: every in-scope "
                    + "framework, unanswered, with its title under extensions.x-title. foundations: every FIRST Maturity "
                    + "Level 1 requirement answered yes or no, set to false, with its name under extensions.x-foundations.",
            "Replace \"unanswered\": true by \"level\": 0..5, or by \"excluded\": true with an optional \"reason\"; set a "
                    + "foundation to true where it is in place. The extensions are kept as extension data when read.",
            "With --format xlsx, write the questionnaire as an Excel workbook instead (-o FILE): one row per framework with "
                    + "its level texts and a drop-down on every answer; score, validate and compare read it back."})
final class TemplateCommand implements Callable<Integer> {

    /** The extension key under which the template puts each framework's title. */
    static final String TITLE_KEY = "x-title";
    /** The top-level extension key under which the template names each foundation. */
    static final String FOUNDATIONS_KEY = "x-foundations";

    @ParentCommand
    private PsirtCli root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the titles and placeholders: ja or en (default: the system's).")
    private Language lang;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the template to FILE instead of standard output.")
    private Path out;

    /** The template's formats. */
    enum Format { json, xlsx }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default): a blank assessment; xlsx: a questionnaire workbook to fill in with Excel or LibreOffice (needs -o FILE).")
    private Format format;

    @Override
    public Integer call() {
        Language language = root.language(lang);
        Texts t = root.texts(language);
        Rubric rubric = Io.rubric(language, t);
        if (format == Format.xlsx) {
            if (out == null) {
                throw new CliException(ExitCodes.USAGE, t.get("template.xlsxNeedsOut"));
            }
            try (ReplacingOutput output = Io.open(out, t, () -> { })) {
                Questionnaires.write(rubric, output.stream());
                output.commit();
            } catch (IOException e) {
                throw Io.cannotWrite(out.toString(), e, t);
            }
            return ExitCodes.OK;
        }
        Io.write(AssessmentJson.write(template(rubric, t, LocalDate.now(Clock.systemDefaultZone()))), out, spec.commandLine().getOut(), t);
        return ExitCodes.OK;
    }

    /** The template of a rubric, dated {@code today}, with placeholders in the texts' language. */
    static Assessment template(Rubric rubric, Texts t, LocalDate today) {
        AssessmentContext context = new AssessmentContext(Optional.of(t.get("template.organization")),
                Optional.of(t.get("template.assessor")), Optional.of(today));
        List<FrameworkAnswer> answers = new ArrayList<>();
        for (Framework f : rubric.frameworks()) {
            if (!f.outOfScope()) {
                answers.add(new FrameworkAnswer(f.id().toString(), Answer.unanswered(), Optional.empty(), List.of(),
                        Map.of(TITLE_KEY, f.title())));
            }
        }
        MaturityProfile level1 = MaturityProfile.firstLevel1();
        Map<String, Boolean> foundations = new LinkedHashMap<>();
        Map<String, Object> names = new LinkedHashMap<>();
        for (String key : Level1Assessment.yesNoKeys(level1)) {
            foundations.put(key, false);
            Requirement r = level1.requirements().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
            names.put(key, Reports.requirementName(r, rubric.locale()));
        }
        return new Assessment(new RubricRef(rubric.id(), rubric.edition()), Optional.of(context), answers, foundations,
                Map.of(FOUNDATIONS_KEY, names));
    }
}
