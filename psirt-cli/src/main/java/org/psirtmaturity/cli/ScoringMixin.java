package org.psirtmaturity.cli;

import java.math.BigDecimal;

import org.psirtmaturity.report.RenderOptions;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetBand;

import picocli.CommandLine.Option;

/** The options shared by the commands that score: language, target band, strictness. */
final class ScoringMixin {

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the rubric, report and messages: ja or en (default: ja on a Japanese system, else en).")
    private Language lang;

    @Option(names = "--target", paramLabel = "MIN-MAX",
            description = "Target band for the averages, inclusive, e.g. 2.5-3.0 (default: the rubric's guidance, 2.5-3.0).")
    private String target;

    @Option(names = "--strict", description = "Reject answers at levels the sheet leaves undefined (default: score them and flag them).")
    private boolean strict;

    @Option(names = "--require-complete", description = "Refuse an assessment that leaves frameworks unanswered (default: report it as partial).")
    private boolean requireComplete;

    Language language() {
        return language(lang);
    }

    ScoringOptions options() {
        return options(language(), target, strict, requireComplete);
    }

    /** The language asked for, or the default locale's. */
    static Language language(Language lang) {
        return lang != null ? lang : Language.fromDefaultLocale();
    }

    /** The scoring options of the option values; a malformed {@code --target} is a usage error. */
    static ScoringOptions options(Language language, String target, boolean strict, boolean requireComplete) {
        ScoringOptions options = ScoringOptions.defaults()
                .withMessagesLocale(language.locale())
                .withStrict(strict)
                .withRequireComplete(requireComplete);
        return target == null ? options : options.withTargetBand(band(target));
    }

    private static TargetBand band(String target) {
        String[] parts = target.split("-", -1);
        try {
            if (parts.length == 2) {
                return new TargetBand(new BigDecimal(parts[0].trim()), new BigDecimal(parts[1].trim()));
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "invalid value for option '--target': " + e.getMessage());
        }
        throw new CliException(ExitCodes.USAGE,
                "invalid value for option '--target': '" + target + "'; expected MIN-MAX with 0 <= MIN <= MAX <= 5, e.g. 2.5-3.0");
    }

    static RenderOptions renderOptions(int width) {
        try {
            return new RenderOptions(width, true);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "invalid value for option '--width': " + e.getMessage());
        }
    }
}
