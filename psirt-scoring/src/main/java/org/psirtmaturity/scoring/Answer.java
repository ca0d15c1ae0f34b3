package org.psirtmaturity.scoring;

import java.util.Objects;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The answer given for one framework: a level, an exclusion, or nothing yet.
 *
 * <p>The records accept any level, so that {@link AssessmentValidator} can report every problem of an
 * assessment at once ({@code answer.level.range}); only nulls are rejected.
 */
public sealed interface Answer permits Answer.Scored, Answer.Excluded, Answer.Unanswered {

    /**
     * Returns a scored answer.
     *
     * @param level the level the organisation is closest to, 0 to 5 to be valid
     * @return the answer
     */
    static Answer scored(int level) {
        return new Scored(level);
    }

    /**
     * Returns an exclusion with a reason.
     *
     * @param reason why the framework is outside the organisation's business
     * @return the answer
     */
    static Answer excluded(String reason) {
        return new Excluded(Optional.of(reason));
    }

    /**
     * Returns an exclusion without a reason.
     *
     * @return the answer
     */
    static Answer excluded() {
        return new Excluded(Optional.empty());
    }

    /**
     * Returns the answer "not answered yet".
     *
     * @return the answer
     */
    static Answer unanswered() {
        return Unanswered.INSTANCE;
    }

    /**
     * The framework is scored at a level.
     *
     * @param level the level the organisation is closest to; valid from 0 to 5, but any value is
     *              accepted here and reported by validation
     */
    record Scored(
            @Min(value = 0, message = "{org.psirtmaturity.scoring.constraints.levelMin}")
            @Max(value = 5, message = "{org.psirtmaturity.scoring.constraints.levelMax}")
            int level) implements Answer {
    }

    /**
     * The framework is clearly outside the organisation's business and is left out of every average.
     *
     * @param reason why, if given
     */
    record Excluded(
            @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
            Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{org.psirtmaturity.scoring.constraints.blank}")
                                       @Size(max = 2000, message = "{org.psirtmaturity.scoring.constraints.textLength}") String> reason)
            implements Answer {

        /**
         * Checks for null.
         *
         * @throws NullPointerException if {@code reason} is null (use an empty {@link Optional})
         */
        public Excluded {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The framework has not been answered yet; the assessment is partial. */
    record Unanswered() implements Answer {
        private static final Unanswered INSTANCE = new Unanswered();
    }
}
