package org.psirtmaturity.scoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who assessed whom, and when. Every part is optional; a {@link ScoreReport} keeps the context, and
 * {@link Comparisons#trend} orders reports by its date.
 *
 * <p>The optional texts are constrained with {@code @Pattern} ("holds a character other than
 * whitespace") rather than {@code @NotBlank}: an empty {@link Optional} reaches a constraint as null,
 * which {@code @NotBlank} would reject.
 *
 * @param organization the organisation assessed
 * @param assessor     who scored it
 * @param date         the day the assessment was made
 */
public record AssessmentContext(
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{org.psirtmaturity.scoring.constraints.blank}")
                                   @Size(max = 500, message = "{org.psirtmaturity.scoring.constraints.textLength}") String> organization,
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "{org.psirtmaturity.scoring.constraints.blank}")
                                   @Size(max = 500, message = "{org.psirtmaturity.scoring.constraints.textLength}") String> assessor,
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        Optional<LocalDate> date) {

    private static final AssessmentContext EMPTY = new AssessmentContext(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null (use an empty {@link Optional})
     */
    public AssessmentContext {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(date, "date");
    }

    /**
     * Returns a context with nothing known.
     *
     * @return the empty context
     */
    public static AssessmentContext empty() {
        return EMPTY;
    }
}
