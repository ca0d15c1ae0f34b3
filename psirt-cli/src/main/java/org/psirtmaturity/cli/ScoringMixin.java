package org.psirtmaturity.cli;

import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetBand;

import picocli.CommandLine.Option;

/** The options shared by the commands that score: language, target band, strictness. */
final class ScoringMixin {

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the rubric, report and messages: ja or en (default: the system's, from LC_ALL, "
                    + "LC_MESSAGES or LANG).")
    private Language lang;

    @Option(names = "--target", paramLabel = "MIN-MAX", converter = Converters.Target.class,
            description = "Target band for the averages, inclusive, e.g. 2.5-3.0 (default: the rubric's guidance, 2.5-3.0).")
    private TargetBand target;

    @Option(names = "--strict", description = "Reject answers at levels the sheet leaves undefined (default: score them and flag them).")
    private boolean strict;

    @Option(names = "--require-complete", description = "Refuse an assessment that leaves frameworks unanswered (default: report it as partial).")
    private boolean requireComplete;

    /** The language asked for with {@code --lang}, or the system's. */
    Language language(PsirtCli root) {
        return root.language(lang);
    }

    /** The scoring options of the option values, with messages in the given language. */
    ScoringOptions options(Language language) {
        ScoringOptions options = ScoringOptions.defaults()
                .withMessagesLocale(language.locale())
                .withStrict(strict)
                .withRequireComplete(requireComplete);
        return target == null ? options : options.withTargetBand(target);
    }
}
