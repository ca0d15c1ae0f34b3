package org.psirtmaturity.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.ValidationProblem;

/** The properties every problem list must have, whatever the input. */
final class Invariants {

    /** Stable codes: lower-case words joined by dots and hyphens. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

    private Invariants() {
    }

    /**
     * Every problem has a code of the documented form, a message that is not blank, and (for the
     * scoring module, which quotes user text safely) no control character in its path or message, so
     * that a problem cannot forge a log line.
     */
    static void wellFormed(List<Problem> problems, boolean controlFree) {
        for (Problem p : problems) {
            assertNotNull(p);
            assertTrue(CODE.matcher(p.code()).matches(), () -> "code " + p.code());
            assertFalse(p.message().isBlank(), () -> "blank message for " + p.code());
            if (controlFree) {
                assertTrue(p.message().chars().noneMatch(Character::isISOControl), () -> "control character in message: " + p);
                assertTrue(p.path().chars().noneMatch(Character::isISOControl), () -> "control character in path: " + p);
                assertTrue(p.path().length() < 400, () -> "path of " + p.path().length() + " characters");
            }
        }
    }

    /** English and Japanese reports of one input name the same places and codes, in the same order. */
    static void sameProblems(List<Problem> english, List<Problem> japanese) {
        assertEquals(english.stream().map(p -> p.path() + "\t" + p.code()).toList(),
                japanese.stream().map(p -> p.path() + "\t" + p.code()).toList());
    }

    static void sameValidationProblems(List<ValidationProblem> english, List<ValidationProblem> japanese) {
        assertEquals(english.stream().map(p -> p.path() + "\t" + p.code() + "\t" + p.severity()).toList(),
                japanese.stream().map(p -> p.path() + "\t" + p.code() + "\t" + p.severity()).toList());
    }
}
