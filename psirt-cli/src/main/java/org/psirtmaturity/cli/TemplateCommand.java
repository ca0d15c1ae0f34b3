package org.psirtmaturity.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.json.AssessmentJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code psirt template}: a blank assessment to fill in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Print a blank assessment listing every in-scope framework as unanswered, with its title under "
                + "extensions.x-title (kept as extension data when the assessment is read).",
            "Replace \"unanswered\": true by \"level\": 0..5, or by \"excluded\": true with an optional \"reason\"."})
final class TemplateCommand implements Callable<Integer> {

    /** The extension key under which the template puts each framework's title. */
    static final String TITLE_KEY = "x-title";

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the titles: ja or en (default: ja on a Japanese system, else en).")
    private Language lang;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the template to FILE instead of standard output.")
    private Path out;

    @Override
    public Integer call() {
        Rubric rubric = Io.rubric(lang != null ? lang : Language.fromDefaultLocale());
        List<FrameworkAnswer> answers = new ArrayList<>();
        for (Framework f : rubric.frameworks()) {
            if (!f.outOfScope()) {
                answers.add(new FrameworkAnswer(f.id().toString(), Answer.unanswered(), Optional.empty(), List.of(),
                        Map.of(TITLE_KEY, f.title())));
            }
        }
        Assessment blank = new Assessment(new RubricRef(rubric.id(), rubric.edition()), Optional.empty(), answers, Map.of(), Map.of());
        Io.write(AssessmentJson.write(blank), out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
