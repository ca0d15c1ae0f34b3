package org.psirtmaturity.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.internal.JsonValues;

/**
 * An assessment: the answers an organisation gave, framework by framework, against one rubric, and
 * its yes/no answers for the FIRST Maturity Level 1 requirements that no framework covers.
 *
 * <p>The record holds the input as given. Its constructor rejects only nulls (use empty
 * {@link Optional}s and collections); bad levels, malformed, unknown or duplicate framework ids and
 * unknown foundation keys are kept and reported together by {@link AssessmentValidator}. Jakarta
 * Validation constraints on the components check the shape (blank strings, lengths, levels 0 to 5)
 * for applications that validate with a Jakarta Validation provider.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder(rubric)
 *         .organization("Example Corp").assessor("A. Tanaka").date(LocalDate.of(2026, 10, 1))
 *         .score("2.1", 3).exclude("6.4", "no sales team").unanswered("1.1")
 *         .note("2.1", "web form and PGP key").evidence("2.1", "https://example.com/security")
 *         .build();
 * }</pre>
 *
 * @param rubric      the rubric the assessment was made against
 * @param context     who assessed whom, and when
 * @param answers     the answers in the order given; copied
 * @param foundations yes/no answers keyed by FIRST Maturity Level 1 requirement key (for example
 *                    {@code "executive-sponsorship"} or {@code "triage"}), for the requirements
 *                    without a framework; copied, insertion order kept
 * @param extensions  JSON-like data of other tools (String, Boolean, Long, BigInteger, BigDecimal,
 *                    List, Map, null), deeply copied into unmodifiable structures; integers are held
 *                    as {@code Long} (or {@code BigInteger} when they do not fit), other numbers as
 *                    {@code BigDecimal}; the library never interprets them
 */
public record Assessment(
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        @Valid
        RubricRef rubric,
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        Optional<@Valid AssessmentContext> context,
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        @Size(max = 1000, message = "{org.psirtmaturity.scoring.constraints.count}")
        List<@NotNull(message = "{org.psirtmaturity.scoring.constraints.required}") @Valid FrameworkAnswer> answers,
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        Map<@NotBlank(message = "{org.psirtmaturity.scoring.constraints.blank}") String,
            @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}") Boolean> foundations,
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        Map<@NotBlank(message = "{org.psirtmaturity.scoring.constraints.blank}") String, Object> extensions) {

    /**
     * Checks for nulls and copies.
     *
     * @throws NullPointerException     if an argument, an answer, a foundation key or value is null
     * @throws IllegalArgumentException if an extension value is not JSON-like
     */
    public Assessment {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(context, "context");
        answers = List.copyOf(answers);
        Map<String, Boolean> f = new LinkedHashMap<>();
        foundations.forEach((k, v) -> f.put(Objects.requireNonNull(k, "foundation key"), Objects.requireNonNull(v, "foundation " + k)));
        foundations = Collections.unmodifiableMap(f);
        extensions = JsonValues.copyObject(extensions, "extensions");
    }

    /**
     * Starts an assessment of a rubric.
     *
     * @param rubric the rubric
     * @return a builder for its id and edition
     */
    public static Builder builder(Rubric rubric) {
        return new Builder(RubricRef.of(rubric));
    }

    /**
     * Starts an assessment of a rubric named by reference.
     *
     * @param rubric the rubric's id and edition
     * @return a builder
     */
    public static Builder builder(RubricRef rubric) {
        return new Builder(Objects.requireNonNull(rubric, "rubric"));
    }

    /**
     * Returns the answers whose framework id is exactly {@code framework}, in order.
     *
     * @param framework the framework id as written, e.g. {@code "2.1"}
     * @return the answers, usually one or none
     */
    public List<FrameworkAnswer> answersFor(String framework) {
        return answers.stream().filter(a -> a.framework().equals(framework)).toList();
    }

    /**
     * Returns a copy with other answers.
     *
     * @param newAnswers the answers
     * @return the copy
     */
    public Assessment withAnswers(List<FrameworkAnswer> newAnswers) {
        return new Assessment(rubric, context, newAnswers, foundations, extensions);
    }

    /**
     * Builds an {@link Assessment} one framework at a time. Each framework appears once, in the order
     * first mentioned: a second {@code score}, {@code exclude} or {@code unanswered} for the same
     * framework replaces its answer in place, and {@code note} and {@code evidence} attach to the
     * framework's answer (creating an "unanswered" one if there is none yet). To build an assessment
     * with duplicate answers, use the record's constructor. Not thread-safe.
     */
    public static final class Builder {

        private final RubricRef rubric;
        private Optional<String> organization = Optional.empty();
        private Optional<String> assessor = Optional.empty();
        private Optional<LocalDate> date = Optional.empty();
        private final Map<String, FrameworkAnswer> answers = new LinkedHashMap<>();
        private final Map<String, Boolean> foundations = new LinkedHashMap<>();
        private final Map<String, Object> extensions = new LinkedHashMap<>();

        private Builder(RubricRef rubric) {
            this.rubric = rubric;
        }

        /**
         * Sets the organisation assessed.
         *
         * @param name the organisation
         * @return this builder
         */
        public Builder organization(String name) {
            this.organization = Optional.of(name);
            return this;
        }

        /**
         * Sets who scored.
         *
         * @param name the assessor
         * @return this builder
         */
        public Builder assessor(String name) {
            this.assessor = Optional.of(name);
            return this;
        }

        /**
         * Sets the day of the assessment.
         *
         * @param day the date
         * @return this builder
         */
        public Builder date(LocalDate day) {
            this.date = Optional.of(day);
            return this;
        }

        /**
         * Scores a framework.
         *
         * @param framework the framework id, e.g. {@code "2.1"}
         * @param level     the level, 0 to 5 to be valid
         * @return this builder
         */
        public Builder score(String framework, int level) {
            return answer(framework, Answer.scored(level));
        }

        /**
         * Excludes a framework that is clearly outside the organisation's business.
         *
         * @param framework the framework id
         * @param reason    why
         * @return this builder
         */
        public Builder exclude(String framework, String reason) {
            return answer(framework, Answer.excluded(reason));
        }

        /**
         * Excludes a framework without giving a reason.
         *
         * @param framework the framework id
         * @return this builder
         */
        public Builder exclude(String framework) {
            return answer(framework, Answer.excluded());
        }

        /**
         * Marks a framework as not answered yet.
         *
         * @param framework the framework id
         * @return this builder
         */
        public Builder unanswered(String framework) {
            return answer(framework, Answer.unanswered());
        }

        /**
         * Sets a framework's answer, keeping its note, evidence and extensions if it has some.
         *
         * @param framework the framework id
         * @param answer    the answer
         * @return this builder
         */
        public Builder answer(String framework, Answer answer) {
            Objects.requireNonNull(answer, "answer");
            answers.put(framework, current(framework).withAnswer(answer));
            return this;
        }

        /**
         * Adds or replaces a whole framework answer.
         *
         * @param answer the framework answer
         * @return this builder
         */
        public Builder answer(FrameworkAnswer answer) {
            answers.put(answer.framework(), answer);
            return this;
        }

        /**
         * Sets the note of a framework's answer.
         *
         * @param framework the framework id
         * @param note      the note
         * @return this builder
         */
        public Builder note(String framework, String note) {
            FrameworkAnswer a = current(framework);
            answers.put(framework, new FrameworkAnswer(framework, a.answer(), Optional.of(note), a.evidence(), a.extensions()));
            return this;
        }

        /**
         * Adds evidence to a framework's answer.
         *
         * @param framework the framework id
         * @param evidence  a reference to evidence, e.g. a URL
         * @return this builder
         */
        public Builder evidence(String framework, String evidence) {
            FrameworkAnswer a = current(framework);
            List<String> all = new ArrayList<>(a.evidence());
            all.add(Objects.requireNonNull(evidence, "evidence"));
            answers.put(framework, new FrameworkAnswer(framework, a.answer(), a.note(), all, a.extensions()));
            return this;
        }

        /**
         * Answers a FIRST Maturity Level 1 requirement that no framework covers.
         *
         * @param requirementKey e.g. {@code "executive-sponsorship"} or {@code "triage"}
         * @param inPlace        whether the organisation has it
         * @return this builder
         */
        public Builder foundation(String requirementKey, boolean inPlace) {
            foundations.put(Objects.requireNonNull(requirementKey, "requirementKey"), inPlace);
            return this;
        }

        /**
         * Adds a top-level extension.
         *
         * @param key   the extension's key, e.g. {@code "x-platform"}
         * @param value a JSON-like value
         * @return this builder
         */
        public Builder extension(String key, Object value) {
            extensions.put(Objects.requireNonNull(key, "key"), value);
            return this;
        }

        private FrameworkAnswer current(String framework) {
            Objects.requireNonNull(framework, "framework");
            FrameworkAnswer a = answers.get(framework);
            return a != null ? a : FrameworkAnswer.of(framework, Answer.unanswered());
        }

        /**
         * Builds the assessment. A context is present if any of organisation, assessor or date was set.
         *
         * @return the assessment
         * @throws IllegalArgumentException if an extension value is not JSON-like
         */
        public Assessment build() {
            Optional<AssessmentContext> context = organization.isPresent() || assessor.isPresent() || date.isPresent()
                    ? Optional.of(new AssessmentContext(organization, assessor, date))
                    : Optional.empty();
            return new Assessment(rubric, context, List.copyOf(answers.values()), foundations, extensions);
        }
    }
}
