package org.psirtmaturity.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * locale passed; each says where the problem is and what was expected, and each problem carries the
 * values its message shows ({@link Problem#arguments()}), so that a platform can render it in a
 * language of its own. User text quoted in a message or a path (an id, a key) is shortened to 40
 * characters and its control, format and surrogate characters are shown as {@code \u005CuXXXX}
 * escapes.
 *
 * <p>All methods are pure: they read the arguments only, and are thread-safe.
 */
public final class AssessmentValidator {

    /** The keys a foundation answer may have: those of FIRST Maturity Level 1's yes/no requirements, in order. */
    private static final Set<String> FOUNDATION_KEYS = Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1());

    private AssessmentValidator() {
    }

    /** The messages of this package, read on first use. */
    private static final class Bundle {
        static final Messages MESSAGES = new Messages(AssessmentValidator.class::getResourceAsStream);
    }

    /**
     * Returns the messages of this package.
     *
     * @return the messages
     */
    static Messages messages() {
        return Bundle.MESSAGES;
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
        Objects.requireNonNull(messagesLocale, "messagesLocale");
        Objects.requireNonNull(options, "options");
        Problems out = new Problems(messagesLocale);

        RubricRef ref = assessment.rubric();
        if (!ref.id().equals(rubric.id())) {
            out.error("rubric.id", "rubric.mismatch", "rubric.mismatch.id", Paths.quote(ref.id()), rubric.id());
        }
        if (!ref.edition().equals(rubric.edition())) {
            out.error("rubric.edition", "rubric.mismatch", "rubric.mismatch.edition", Paths.quote(ref.edition()), rubric.edition());
        }

        List<FrameworkAnswer> answers = assessment.answers();
        Map<FrameworkId, Integer> firstIndex = new HashMap<>(2 * answers.size());
        Set<FrameworkId> covered = new HashSet<>(2 * answers.size());
        for (int i = 0; i < answers.size(); i++) {
            FrameworkAnswer fa = answers.get(i);
            String path = Paths.answer(fa.framework(), i);
            Answer answer = fa.answer();
            Optional<Framework> framework = Optional.empty();
            if (!FrameworkId.isWellFormed(fa.framework())) {
                String candidate = Normalizer.normalize(fa.framework(), Normalizer.Form.NFKC).strip();
                if (FrameworkId.isWellFormed(candidate)) {
                    out.error(path + ".framework", "answer.framework.malformed", "answer.framework.malformed.suggestion",
                            Paths.quote(fa.framework()), candidate);
                } else {
                    out.error(path + ".framework", "answer.framework.malformed", "answer.framework.malformed", Paths.quote(fa.framework()));
                }
            } else {
                FrameworkId id = FrameworkId.parse(fa.framework());
                framework = rubric.framework(id);
                if (framework.isEmpty()) {
                    out.error(path + ".framework", "answer.framework.unknown", "answer.framework.unknown",
                            fa.framework(), rubric.id() + " " + rubric.edition(), knownFrameworks(rubric));
                }
                Integer first = firstIndex.putIfAbsent(id, i);
                if (first != null) {
                    out.error(path, "answer.duplicate", "answer.duplicate", fa.framework(), String.valueOf(first));
                }
            }
            boolean inRange = true;
            if (answer instanceof Answer.Scored s && (s.level() < RubricLevel.MIN || s.level() > RubricLevel.MAX)) {
                inRange = false;
                out.error(path + ".level", "answer.level.range", "answer.level.range", String.valueOf(s.level()));
            }
            if (framework.isEmpty()) {
                continue;
            }
            Framework f = framework.get();
            if (f.outOfScope()) {
                if (!(answer instanceof Answer.Unanswered)) {
                    String key = answer instanceof Answer.Scored ? "answer.out-of-scope.scored" : "answer.out-of-scope.excluded";
                    out.error(path, "answer.out-of-scope", key, f.id().toString());
                }
                continue;
            }
            if (answer instanceof Answer.Scored s && inRange && !f.level(s.level()).isDefined()) {
                out.add(new ValidationProblem(undefinedLevel(messagesLocale, f, s.level(), path),
                        options.strict() ? Severity.ERROR : Severity.WARNING));
            }
            if (!(answer instanceof Answer.Unanswered)) {
                covered.add(f.id());
            }
        }

        for (String key : assessment.foundations().keySet()) {
            if (!FOUNDATION_KEYS.contains(key)) {
                out.error(Paths.foundation(Paths.quote(key)), "foundation.unknown", "foundation.unknown", Paths.quote(key),
                        String.join(", ", FOUNDATION_KEYS));
            }
        }

        if (options.requireComplete()) {
            for (Framework f : rubric.frameworks()) {
                if (!f.outOfScope() && !covered.contains(f.id())) {
                    out.error(Paths.answer(f.id()), "answer.missing", "answer.missing", f.id().toString());
                }
            }
        }
        return new ValidationResult(out.problems);
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

    /**
     * The problem for an answer at an undefined level; the report's flags use it too. Arguments: the
     * level, the framework id, the defined levels.
     */
    static Problem undefinedLevel(Locale locale, Framework f, int level, String path) {
        String defined = f.definedLevels().stream().map(l -> String.valueOf(l.level())).collect(Collectors.joining(", "));
        return messages().problem(locale, path + ".level", "answer.level.undefined", "answer.level.undefined",
                String.valueOf(level), f.id().toString(), defined);
    }

    /** The problems found so far, in order, with their messages in one language. */
    static final class Problems {

        private final Locale locale;
        private final List<ValidationProblem> problems = new ArrayList<>();

        Problems(Locale locale) {
            this.locale = locale;
        }

        /** Adds an error whose message is the one under {@code key}, showing {@code arguments}. */
        void error(String path, String code, String key, String... arguments) {
            add(new ValidationProblem(messages().problem(locale, path, code, key, arguments), Severity.ERROR));
        }

        void add(ValidationProblem problem) {
            problems.add(problem);
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
