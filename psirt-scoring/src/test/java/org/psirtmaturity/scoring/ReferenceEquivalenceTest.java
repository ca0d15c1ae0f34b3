package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.first.MaturityProfile;

/**
 * Validation, scoring and the FIRST Maturity Level 1 evaluation give exactly what the plain
 * implementation before the hot-path work gives ({@link ReferenceScoring}): the same results, problems
 * (paths, codes, messages, order) and exceptions, on random assessments that break every rule now and
 * then, with random options; with the maturity sheet, and with a rubric whose areas and frameworks
 * are out of order and incomplete. Seeded, so that a failure can be replayed.
 */
class ReferenceEquivalenceTest {

    private static final Rubric REORDERED = TestRubrics.reordered();
    private static final List<String> FOUNDATIONS = List.copyOf(Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1()));
    private static final List<String> ODD_IDS = List.of("9.9", "7.1", "1.99", "x", "２．１", "2.01", "", " 2.1", "2.1.1", "10.1");
    private static final List<TargetBand> BANDS = List.of(
            new TargetBand(new BigDecimal("2.48"), new BigDecimal("2.49")),
            new TargetBand(new BigDecimal("2.5"), new BigDecimal("3.0")),
            new TargetBand(BigDecimal.ZERO, new BigDecimal("5")),
            new TargetBand(new BigDecimal("0E+1"), new BigDecimal("2.5E0")),
            new TargetBand(new BigDecimal("1.3333"), new BigDecimal("1.3334")),
            new TargetBand(new BigDecimal("2.5000000000000000000001"), new BigDecimal("3")),
            new TargetBand(new BigDecimal("2"), new BigDecimal("4.99999999999999999999999")),
            new TargetBand(new BigDecimal("2.666666666666666667"), new BigDecimal("2.666666666666666667")),
            new TargetBand(new BigDecimal("3.00"), new BigDecimal("3.000")));

    static List<Rubric> rubrics() {
        return List.of(TestRubrics.japanese(), REORDERED);
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void randomAssessmentsAndOptions_giveWhatTheReferenceGives(Rubric rubric) {
        Random random = new Random(20261122L);
        int scored = 0;
        for (int i = 0; i < 800; i++) {
            Assessment a = assessment(rubric, random, i % 2 == 0);
            ScoringOptions options = options(rubric, random);
            ValidationOptions vo = options.validationOptions();

            assertThat(AssessmentValidator.validate(a, rubric, options.messagesLocale(), vo))
                    .as("case %d", i).isEqualTo(ReferenceScoring.validate(a, rubric, options.messagesLocale(), vo));
            Object expected = outcome(() -> ReferenceScoring.score(a, rubric, options));
            assertThat(outcome(() -> Scoring.score(a, rubric, options))).as("case %d", i).isEqualTo(expected);
            scored += expected instanceof ScoreReport ? 1 : 0;

            int threshold = random.nextInt(6);
            assertThat(Level1Assessment.evaluate(a, threshold)).as("case %d", i)
                    .isEqualTo(ReferenceScoring.evaluate(MaturityProfile.firstLevel1(), a, threshold));
        }
        assertThat(scored).as("reports made, not only exceptions").isGreaterThan(250);
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void theDefaultsAndTheOtherOverloads_giveWhatTheReferenceGives(Rubric rubric) {
        Random random = new Random(7L);
        for (int i = 0; i < 100; i++) {
            Assessment a = assessment(rubric, random, true);
            assertThat(AssessmentValidator.validate(a, rubric))
                    .isEqualTo(ReferenceScoring.validate(a, rubric, Locale.ENGLISH, ValidationOptions.DEFAULT));
            assertThat(outcome(() -> Scoring.score(a, rubric)))
                    .isEqualTo(outcome(() -> ReferenceScoring.score(a, rubric, ScoringOptions.defaults())));
        }
    }

    /** The report, or the exception's class, message and (for an invalid assessment) problems. */
    private static Object outcome(Supplier<ScoreReport> scoring) {
        try {
            return scoring.get();
        } catch (InvalidAssessmentException e) {
            return List.of(e.getClass(), e.getMessage(), e.problems());
        } catch (RuntimeException e) {
            return List.of(e.getClass(), String.valueOf(e.getMessage()));
        }
    }

    /** Mostly valid when {@code valid}: every framework at most once, levels 0 to 5, nothing for 6.3 but "unanswered". */
    private static Assessment assessment(Rubric rubric, Random random, boolean valid) {
        List<Framework> all = rubric.frameworks();
        List<FrameworkAnswer> answers = new ArrayList<>();
        if (valid) {
            List<Framework> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            for (Framework f : shuffled.subList(0, random.nextInt(shuffled.size() + 1))) {
                Answer answer = f.outOfScope() ? Answer.unanswered() : answer(random, 0, 5);
                answers.add(FrameworkAnswer.of(f.id().toString(), answer));
            }
        } else {
            for (int n = random.nextInt(36); n > 0; n--) {
                String id = random.nextInt(10) == 0 ? ODD_IDS.get(random.nextInt(ODD_IDS.size())) : all.get(random.nextInt(all.size())).id().toString();
                answers.add(FrameworkAnswer.of(id, answer(random, -1, 6)));
            }
        }
        Map<String, Boolean> foundations = new LinkedHashMap<>();
        for (String key : FOUNDATIONS) {
            if (random.nextInt(3) > 0) {
                foundations.put(key, random.nextBoolean());
            }
        }
        if (!valid && random.nextInt(4) == 0) {
            foundations.put(random.nextBoolean() ? "intake" : "x\u202Eevil", true);
        }
        RubricRef ref = valid || random.nextInt(8) > 0 ? RubricRef.of(rubric)
                : random.nextBoolean() ? new RubricRef("other-sheet", rubric.edition()) : new RubricRef(rubric.id(), "9.9");
        return new Assessment(ref, Optional.empty(), answers, foundations, Map.of());
    }

    private static Answer answer(Random random, int lowest, int highest) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return random.nextBoolean() ? Answer.excluded("outside our business") : Answer.excluded();
        }
        return kind == 1 ? Answer.unanswered() : Answer.scored(lowest + random.nextInt(highest - lowest + 1));
    }

    private static ScoringOptions options(Rubric rubric, Random random) {
        ScoringOptions o = ScoringOptions.defaults()
                .withAveraging(random.nextBoolean() ? AveragingMethod.FRAMEWORK_MEAN : AveragingMethod.AREA_MEAN)
                .withDefaultTargetLevel(random.nextInt(6))
                .withLevel1Threshold(random.nextInt(6))
                .withStrict(random.nextInt(4) == 0)
                .withRequireComplete(random.nextInt(4) == 0)
                .withMessagesLocale(random.nextBoolean() ? Locale.ENGLISH : Locale.JAPANESE);
        if (random.nextBoolean()) {
            o = o.withTargetBand(BANDS.get(random.nextInt(BANDS.size())));
        }
        if (random.nextInt(3) == 0) {
            TargetProfile targets = TargetProfile.none();
            for (int n = random.nextInt(4); n > 0; n--) {
                FrameworkId id = random.nextInt(20) == 0 ? FrameworkId.parse("9.9") : rubric.frameworks().get(random.nextInt(rubric.frameworks().size())).id();
                targets = targets.with(id.toString(), random.nextInt(6));
            }
            o = o.withTargets(targets);
        }
        return o;
    }
}
