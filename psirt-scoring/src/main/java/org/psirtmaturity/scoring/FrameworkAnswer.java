package org.psirtmaturity.scoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.psirtmaturity.scoring.internal.JsonValues;

/**
 * The answer for one framework, with the assessor's note and evidence.
 *
 * <p>The framework id is kept as the text the user wrote (e.g. {@code "2.1"}); a malformed or unknown
 * id is reported by {@link AssessmentValidator}, never dropped or corrected here. Only nulls are
 * rejected.
 *
 * @param framework  the framework id as written, e.g. {@code "2.1"}
 * @param answer     the level, exclusion or "unanswered"
 * @param note       the assessor's note
 * @param evidence   references to evidence (URLs, document ids …), in order; copied
 * @param extensions JSON-like data of other tools, kept as given (see {@link Assessment#extensions()}); deeply copied
 */
public record FrameworkAnswer(
        @NotBlank(message = "{org.psirtmaturity.scoring.constraints.blank}")
        @Size(max = 16, message = "{org.psirtmaturity.scoring.constraints.textLength}")
        String framework,
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        @Valid
        Answer answer,
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        Optional<@Size(max = 10000, message = "{org.psirtmaturity.scoring.constraints.textLength}") String> note,
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        @Size(max = 100, message = "{org.psirtmaturity.scoring.constraints.count}")
        List<@NotBlank(message = "{org.psirtmaturity.scoring.constraints.blank}")
             @Size(max = 2000, message = "{org.psirtmaturity.scoring.constraints.textLength}") String> evidence,
        @NotNull(message = "{org.psirtmaturity.scoring.constraints.required}")
        Map<@NotBlank(message = "{org.psirtmaturity.scoring.constraints.blank}") String, Object> extensions) {

    /**
     * Checks for nulls and copies.
     *
     * @throws NullPointerException     if an argument or an evidence element is null
     * @throws IllegalArgumentException if an extension value is not JSON-like
     */
    public FrameworkAnswer {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(note, "note");
        evidence = List.copyOf(evidence);
        extensions = JsonValues.copyObject(extensions, "extensions");
    }

    /**
     * Returns an answer without note, evidence or extensions.
     *
     * @param framework the framework id as written
     * @param answer    the answer
     * @return the framework answer
     */
    public static FrameworkAnswer of(String framework, Answer answer) {
        return new FrameworkAnswer(framework, answer, Optional.empty(), List.of(), Map.of());
    }

    /**
     * Returns a copy with another answer, keeping note, evidence and extensions.
     *
     * @param newAnswer the answer
     * @return the copy
     */
    public FrameworkAnswer withAnswer(Answer newAnswer) {
        return new FrameworkAnswer(framework, newAnswer, note, evidence, extensions);
    }
}
