package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator without an Expression Language implementation on the class path: the
 * constraint messages must interpolate with {@link ParameterMessageInterpolator} alone.
 */
class BeanValidationTest {

    private static Validator validator(Locale locale) {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, context -> locale, false))
                .buildValidatorFactory();
        return factory.getValidator();
    }

    private static Assessment invalid() {
        return new Assessment(new RubricRef(" ", "1.0"), Optional.of(new AssessmentContext(Optional.of(""), Optional.empty(), Optional.empty())),
                List.of(
                        FrameworkAnswer.of("2.1", Answer.scored(7)),
                        FrameworkAnswer.of("", Answer.scored(-1)),
                        new FrameworkAnswer("3.1", Answer.excluded(" "), Optional.of("x".repeat(10_001)), List.of("", "ok"), Map.of())),
                Map.of("budget", true), Map.of());
    }

    private static List<String> pathsAndMessages(Set<ConstraintViolation<Assessment>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }

    @Test
    void hibernateValidatorWithoutEl_reportsEveryConstraintWithItsMessage() {
        assertThat(BeanValidationTest.class.getClassLoader().getResource("jakarta/el/ExpressionFactory.class")).isNull();

        Set<ConstraintViolation<Assessment>> violations = validator(Locale.ENGLISH).validate(invalid());

        assertThat(pathsAndMessages(violations)).containsExactly(
                "answers[0].answer.level: is above 5; expected an integer from 0 to 5",
                "answers[1].answer.level: is below 0; expected an integer from 0 to 5",
                "answers[1].framework: must not be blank; expected some text",
                "answers[2].answer.reason: must not be blank; expected some text",
                "answers[2].evidence[0].<list element>: must not be blank; expected some text",
                "answers[2].note: is too long; expected at most 10000 characters",
                "context.organization: must not be blank; expected some text",
                "rubric.id: must not be blank; expected some text");
        assertThat(violations).allSatisfy(v -> assertThat(v.getMessageTemplate()).startsWith("{org.psirtmaturity.scoring.constraints."));
    }

    @Test
    void hibernateValidatorWithoutEl_speaksJapanese() {
        Set<ConstraintViolation<Assessment>> violations = validator(Locale.JAPANESE).validate(invalid());
        assertThat(pathsAndMessages(violations)).contains(
                "answers[0].answer.level: 5 を超えています。0 から 5 の整数が必要です",
                "rubric.id: 空白だけにはできません。文字列が必要です");
    }

    @Test
    void hibernateValidatorWithoutEl_speaksEnglishForEnglishOnAJapaneseJvm() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            Set<ConstraintViolation<Assessment>> violations = validator(Locale.ENGLISH).validate(invalid());
            assertThat(pathsAndMessages(violations)).contains("rubric.id: must not be blank; expected some text");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aValidAssessment_hasNoViolation() {
        assertThat(validator(Locale.ENGLISH).validate(TestRubrics.allAt(3))).isEmpty();
        Set<ConstraintViolation<Assessment>> nested = validator(Locale.ENGLISH)
                .validate(Assessment.builder(TestRubrics.japanese()).score("2.1", 6).build());
        assertThat(nested).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getInvalidValue)
                .containsExactly(tuple("answers[0].answer.level", 6));
    }
}
