package org.psirtmaturity.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.internal.Messages;

/**
 * The problem messages of this module in one language, and the problems made with them. Immutable.
 *
 * <p>A problem located in a cell (or a row, a column, a sheet) carries that place as its last argument,
 * and its message ends with it: {@code … (Answers!J7)}, {@code …（回答!J7）}. This holds for this
 * module's own codes and for the rubric's problems ({@code answer.*}, {@code rubric.mismatch},
 * {@code foundation.unknown}), whose documented arguments come first.
 */
final class SheetMessages {

    /** The bundles of this package, read on first use. */
    private static final class Bundle {
        static final Messages MESSAGES = new Messages(SheetMessages.class::getResourceAsStream);
    }

    private final Locale locale;

    SheetMessages(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** A problem of the workbook as a whole (no place), with the message under {@code key}. */
    Problem problem(String path, String code, String key, String... arguments) {
        return Bundle.MESSAGES.problem(locale, path, code, key, arguments);
    }

    /** A problem at a place: {@code arguments} then the place, and the message followed by the place. */
    Problem located(String path, String code, String key, String place, String... arguments) {
        Problem p = problem(path, code, key, arguments);
        return at(p, place);
    }

    /** Adds a place to a problem: as its last argument and at the end of its message. */
    Problem at(Problem p, String place) {
        List<String> arguments = new ArrayList<>(p.arguments());
        arguments.add(place);
        return new Problem(p.path(), p.code(), arguments, Bundle.MESSAGES.format(locale, "location", List.of(p.message(), place)));
    }
}
