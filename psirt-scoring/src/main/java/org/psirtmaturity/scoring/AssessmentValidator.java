package org.psirtmaturity.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.scoring.internal.Messages;
import org.psirtmaturity.scoring.internal.Paths;

/**
 * Checks an {@link Assessment} against a {@link Rubric} and reports every problem at once, as values.
 *
 * <p>The rules, with their codes (stable API) and paths:
 * <table>
 *   <caption>Validation rules</caption>
 *   <tr><th>code</th><th>path</th><th>when</th></tr>
 *   <tr><td>{@code rubric.mismatch}</td><td>{@code rubric.id}, {@code rubric.edition}</td>
 *       <td>the assessment names another rubric id or edition</td></tr>
 *   <tr><td>{@code answer.framework.malformed}</td><td>{@code answers[3].framework}</td>
 *       <td>the framework id is not of the form {@code <area>.<number>} in ASCII digits; a full-width
 *       id such as 「２．１」 is rejected too (never converted), with a message suggesting the ASCII id</td></tr>
 *   <tr><td>{@code answer.framework.unknown}</td><td>{@code answers[9.9].framework}</td>
 *       <td>the rubric has no such framework</td></tr>
 *   <tr><td>{@code answer.duplicate}</td><td>{@code answers[2.1]}</td>
 *       <td>a second (third …) answer for the same framework</td></tr>
 *   <tr><td>{@code answer.level.range}</td><td>{@code answers[2.1].level}</td>
 *       <td>a level outside 0 to 5</td></tr>
 *   <tr><td>{@code answer.out-of-scope}</td><td>{@code answers[6.3]}</td>
 *       <td>a level or an exclusion for a framework the rubric marks out of scope ("unanswered" is accepted)</td></tr>
 *   <tr><td>{@code answer.level.undefined}</td><td>{@code answers[4.4].level}</td>
 *       <td>a level the rubric leaves undefined: a {@link Severity#WARNING warning} by default, an
 *       {@link Severity#ERROR error} in {@link ValidationOptions#strict() strict} mode</td></tr>
 *   <tr><td>{@code foundation.unknown}</td><td>{@code foundations[key]}</td>
 *       <td>a yes/no answer for a key that is not a FIRST Maturity Level 1 requirement without a framework</td></tr>
 *   <tr><td>{@code answer.missing}</td><td>{@code answers[1.1]}</td>
 *       <td>with {@link ValidationOptions#requireComplete()}: a framework in scope that is neither scored
 *       nor excluded</td></tr>
 * </table>
 * An answer is named by its framework id when that is well formed, otherwise by its zero-based
 * position. Problems come in input order: the rubric reference, the answers in the order given
 * (several problems of one answer in the order of the table), the foundation answers, then the
 * missing frameworks in rubric order. Messages are English or Japanese ({@code ja}), chosen by the
 * locale passed; each says where the problem is and what was expected. User text quoted in a message
 * or a path (an id, a key) is shortened to 40 characters and its control, format and surrogate
 * characters are shown as {@code \u005CuXXXX} escapes.
 *
 * <p>All methods are pure: they read the arguments only, and are thread-safe.
 */
public final class AssessmentValidator {

    /** How many code points of user text a message or a path quotes before shortening it. */
    private static final int MAX_QUOTED = 40;

    /** The keys a foundation answer may have: those of FIRST Maturity Level 1's yes/no requirements, in order. */
    private static final Set<String> FOUNDATION_KEYS = Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1());

    /** The result without problems, shared: a result is immutable. */
    private static final ValidationResult NO_PROBLEMS = new ValidationResult(List.of());

    private AssessmentValidator() {
    }

    /**
     * Validates with the default options and English messages.
     *
     * @param assessment the assessment
     * @param rubric     the rubric to check it against
     * @return every problem found
     */
    public static ValidationResult validate(Assessment assessment, Rubric rubric) {
        return validate(assessment, rubric, Locale.ENGLISH, ValidationOptions.DEFAULT);
    }

    /**
     * Validates an assessment.
     *
     * @param assessment     the assessment
     * @param rubric         the rubric to check it against
     * @param messagesLocale the language of the messages: Japanese for {@code ja}, otherwise English
     * @param options        strictness and completeness
     * @return every problem found, in input order
     */
    public static ValidationResult validate(Assessment assessment, Rubric rubric, Locale messagesLocale, ValidationOptions options) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(options, "options");
        return check(assessment, rubric, messagesLocale, options.strict(), options.requireComplete()).result();
    }

    /**
     * Validates an assessment, and keeps the answers placed at the rubric's frameworks for {@link Scoring}
     * (so that ids are parsed and found in the rubric once per call). The arguments must not be null but the locale, which
     * is checked here.
     *
     * @param assessment      the assessment
     * @param rubric          the rubric to check it against
     * @param messagesLocale  the language of the messages
     * @param strict          whether an answer at an undefined level is an error
     * @param requireComplete whether every framework in scope must be scored or excluded
     * @return the problems and the index of the answers
     */
    static Checked check(Assessment assessment, Rubric rubric, Locale messagesLocale, boolean strict, boolean requireComplete) {
        Checked out = new Checked(Objects.requireNonNull(messagesLocale, "locale"), new AnswerIndex(rubric, assessment.answers()));

        RubricRef ref = assessment.rubric();
        if (!ref.id().equals(rubric.id())) {
            out.error("rubric.id", "rubric.mismatch", "rubric.mismatch.id", quote(ref.id()), rubric.id());
        }
        if (!ref.edition().equals(rubric.edition())) {
            out.error("rubric.edition", "rubric.mismatch", "rubric.mismatch.edition", quote(ref.edition()), rubric.edition());
        }

        // The path of an answer is built only when a problem is reported: most answers have none.
        List<FrameworkAnswer> answers = assessment.answers();
        for (int i = 0; i < answers.size(); i++) {
            FrameworkAnswer fa = answers.get(i);
            Answer answer = fa.answer();
            Framework f = null;
            if (!FrameworkId.isWellFormed(fa.framework())) {
                out.add(error(Paths.answer(fa.framework(), i) + ".framework", "answer.framework.malformed",
                        malformed(out.messages(), fa.framework())));
            } else {
                FrameworkId id = FrameworkId.parse(fa.framework());
                int place = out.answers.place(id);
                int first;
                if (place < 0) {
                    out.error(Paths.answer(fa.framework(), i) + ".framework", "answer.framework.unknown", "answer.framework.unknown",
                            fa.framework(), rubric.id() + " " + rubric.edition(), knownFrameworks(rubric));
                    first = out.answers.addUnknown(id, i);
                } else {
                    f = out.answers.framework(place);
                    // Covered: an answer other than "unanswered" for a framework in scope.
                    first = out.answers.add(place, i, !f.outOfScope() && !(answer instanceof Answer.Unanswered));
                }
                if (first >= 0) {
                    out.error(Paths.answer(fa.framework(), i), "answer.duplicate", "answer.duplicate", fa.framework(), String.valueOf(first));
                }
            }
            boolean inRange = true;
            if (answer instanceof Answer.Scored s && (s.level() < RubricLevel.MIN || s.level() > RubricLevel.MAX)) {
                inRange = false;
                out.error(Paths.answer(fa.framework(), i) + ".level", "answer.level.range", "answer.level.range", String.valueOf(s.level()));
            }
            if (f == null) {
                continue;
            }
            if (f.outOfScope()) {
                if (!(answer instanceof Answer.Unanswered)) {
                    String key = answer instanceof Answer.Scored ? "answer.out-of-scope.scored" : "answer.out-of-scope.excluded";
                    out.error(Paths.answer(fa.framework(), i), "answer.out-of-scope", key, f.id().toString());
                }
                continue;
            }
            if (answer instanceof Answer.Scored s && inRange && !f.level(s.level()).isDefined()) {
                out.add(new ValidationProblem(undefinedLevel(out.messages(), f, s.level(), Paths.answer(fa.framework(), i)),
                        strict ? Severity.ERROR : Severity.WARNING));
            }
        }

        for (String key : assessment.foundations().keySet()) {
            if (!FOUNDATION_KEYS.contains(key)) {
                out.error(Paths.foundation(quote(key)), "foundation.unknown", "foundation.unknown", quote(key), String.join(", ", FOUNDATION_KEYS));
            }
        }

        if (requireComplete) {
            List<Framework> all = rubric.frameworks();
            for (int place = 0; place < all.size(); place++) {
                Framework f = all.get(place);
                if (!f.outOfScope() && !out.answers.isCovered(place)) {
                    out.error(Paths.answer(f.id()), "answer.missing", "answer.missing", f.id().toString());
                }
            }
        }
        return out;
    }

    /**
     * Validates an assessment and throws if it has errors.
     *
     * @param assessment     the assessment
     * @param rubric         the rubric to check it against
     * @param messagesLocale the language of the messages
     * @param options        strictness and completeness
     * @return the result, which may hold warnings
     * @throws InvalidAssessmentException if there is an error; it carries every error
     */
    public static ValidationResult requireValid(Assessment assessment, Rubric rubric, Locale messagesLocale, ValidationOptions options) {
        ValidationResult result = validate(assessment, rubric, messagesLocale, options);
        if (!result.isValid()) {
            throw new InvalidAssessmentException(result.errors());
        }
        return result;
    }

    /** The problem for an answer at an undefined level; the report's flags use it too. */
    static Problem undefinedLevel(Messages m, Framework f, int level, String path) {
        String defined = f.definedLevels().stream().map(l -> String.valueOf(l.level())).collect(Collectors.joining(", "));
        return new Problem(path + ".level", "answer.level.undefined",
                m.format("answer.level.undefined", String.valueOf(level), f.id().toString(), defined));
    }

    /**
     * The message for a malformed id. An id that becomes well formed under NFKC normalisation and
     * without surrounding white space (a full-width 「２．１」 or 「２.１」) is still rejected, as
     * nothing a user wrote is changed silently, but the message suggests the ASCII id.
     */
    private static String malformed(Messages m, String framework) {
        String candidate = Normalizer.normalize(framework, Normalizer.Form.NFKC).strip();
        return FrameworkId.isWellFormed(candidate)
                ? m.format("answer.framework.malformed.suggestion", quote(framework), candidate)
                : m.format("answer.framework.malformed", quote(framework));
    }

    /**
     * Makes user text safe to quote in a message or a path: at most 40 code points (then "…"), and
     * every control, format (bidirectional overrides, zero-width characters) or unpaired surrogate
     * character shown as {@code \u005CuXXXX}, so that a message cannot break a log line or hide what
     * it quotes. The JSON reader quotes the same way.
     */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (count == MAX_QUOTED) {
                return sb.append('\u2026').toString();
            }
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
            count++;
        }
        return sb.toString();
    }

    private static ValidationProblem error(String path, String code, String message) {
        return new ValidationProblem(new Problem(path, code, message), Severity.ERROR);
    }

    /**
     * What {@link #check} found: the problems, whether one is an error, and the answers placed at the
     * rubric's frameworks. The list of problems is made only when there is one.
     */
    static final class Checked {

        private final Locale locale;
        private final AnswerIndex answers;
        private Messages messages;
        private List<ValidationProblem> problems;
        private boolean errors;

        private Checked(Locale locale, AnswerIndex answers) {
            this.locale = locale;
            this.answers = answers;
        }

        /** Adds an error whose message is the one under {@code key}, formatted with {@code arguments}. */
        private void error(String path, String code, String key, Object... arguments) {
            add(AssessmentValidator.error(path, code, messages().format(key, arguments)));
        }

        private void add(ValidationProblem problem) {
            if (problems == null) {
                problems = new ArrayList<>();
            }
            problems.add(problem);
            errors |= problem.isError();
        }

        /**
         * Tells whether a problem is an error.
         *
         * @return true if the assessment cannot be scored
         */
        boolean hasErrors() {
            return errors;
        }

        /**
         * Returns the answers placed at the rubric's frameworks.
         *
         * @return the index
         */
        AnswerIndex answers() {
            return answers;
        }

        /**
         * Returns the messages in the language asked for, looked up with the first problem: a valid
         * assessment needs none.
         *
         * @return the messages
         */
        Messages messages() {
            if (messages == null) {
                messages = Messages.of(AssessmentValidator.class, locale);
            }
            return messages;
        }

        /**
         * Tells whether anything was found, an error or a warning.
         *
         * @return true if there is a problem
         */
        boolean hasProblems() {
            return problems != null;
        }

        /**
         * Returns the result.
         *
         * @return the problems, in input order
         */
        ValidationResult result() {
            return problems == null ? NO_PROBLEMS : new ValidationResult(problems);
        }
    }

    /** E.g. "1.1–1.7, 2.1–2.5, …": the first and last framework of each area. */
    private static String knownFrameworks(Rubric rubric) {
        List<String> parts = new ArrayList<>();
        for (ServiceArea a : rubric.areas()) {
            List<Framework> fs = a.frameworks();
            if (fs.isEmpty()) {
                continue;
            }
            FrameworkId first = fs.get(0).id();
            FrameworkId last = fs.get(fs.size() - 1).id();
            parts.add(first.equals(last) ? first.toString() : first + "\u2013" + last);
        }
        return String.join(", ", parts);
    }
}
