package org.psirtmaturity.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.json.ReportJson;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.AveragingMethod;
import org.psirtmaturity.scoring.Completeness;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.InvalidAssessmentException;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetBand;
import org.psirtmaturity.scoring.TargetProfile;
import org.psirtmaturity.scoring.ValidationOptions;
import org.psirtmaturity.scoring.ValidationResult;

/**
 * Fuzz targets for assessments from untrusted bytes: reading and validating, and the whole path to a
 * score report. The only documented outcomes are a {@link ParseResult} (value or problems), a
 * {@link ValidationResult}, a {@link ScoreReport} and {@link InvalidAssessmentException}; any other
 * exception, a hang or an exhausted heap is a finding. Seeds and past findings are under
 * {@code AssessmentFuzzTestInputs/<method>/} and run as regression tests with every {@code mvn test}.
 */
class AssessmentFuzzTest {

    private static final Rubric RUBRIC = Rubrics.installed().forLocale(Locale.JAPANESE);

    private static final List<ValidationOptions> VALIDATION = List.of(ValidationOptions.DEFAULT,
            ValidationOptions.STRICT.withRequireComplete(true));

    private static final List<ScoringOptions> SCORING = List.of(
            ScoringOptions.defaults(),
            ScoringOptions.defaults().withAveraging(AveragingMethod.AREA_MEAN)
                    .withTargetBand(new TargetBand(new java.math.BigDecimal("1.5"), new java.math.BigDecimal("4")))
                    .withTargets(TargetProfile.none().with("2.1", 5).with("6.4", 0))
                    .withDefaultTargetLevel(5).withLevel1Threshold(1).withMessagesLocale(Locale.JAPANESE),
            ScoringOptions.defaults().withStrict(true).withRequireComplete(true).withDefaultTargetLevel(0));

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"format\"", "\"psirt-assessment/1\"", "\"rubric\"", "\"id\"", "\"edition\"", "\"sisac-psirt-maturity-sheet\"",
            "\"1.0\"", "\"context\"", "\"organization\"", "\"assessor\"", "\"date\"", "\"2026-10-01\"", "\"answers\"", "\"framework\"",
            "\"level\"", "\"excluded\"", "\"reason\"", "\"unanswered\"", "\"note\"", "\"evidence\"", "\"extensions\"", "\"foundations\"",
            "\"triage\"", "\"budget\"", "\"2.1\"", "\"6.3\"", "\"4.4\"", "\"\uFF12\uFF0E\uFF11\"", "true", "false", "null", "\\uD800",
            "\\uDC00", "1e1001", "1E-2147483648", "-0", "\uFEFF"})
    void readAndValidate(byte[] input) {
        ParseResult<Assessment> english = AssessmentJson.parse(new ByteArrayInputStream(input), Locale.ENGLISH);
        ParseResult<Assessment> japanese = AssessmentJson.parse(new ByteArrayInputStream(input), Locale.JAPANESE);
        Invariants.wellFormed(english.errors(), true);
        Invariants.wellFormed(japanese.errors(), true);
        Invariants.sameProblems(english.errors(), japanese.errors());
        assertEquals(english.value(), japanese.value());
        Optional<String> utf8 = strictUtf8(input);
        if (utf8.isPresent() && !startsLikeUtf16Or32(input)) {
            // The String entry point reads what the stream entry point reads, once the bytes are text.
            ParseResult<Assessment> fromText = AssessmentJson.parse(utf8.get(), Locale.ENGLISH);
            assertEquals(english.value(), fromText.value());
            Invariants.sameProblems(english.errors(), fromText.errors());
        }
        for (ValidationOptions options : VALIDATION) {
            // One round: reading and the rubric's rules together.
            ParseResult<Assessment> en = AssessmentJson.parse(input, RUBRIC, Locale.ENGLISH, options);
            ParseResult<Assessment> ja = AssessmentJson.parse(input, RUBRIC, Locale.JAPANESE, options);
            Invariants.wellFormed(en.problems().stream().map(p -> p.problem()).toList(), true);
            Invariants.sameValidationProblems(en.problems(), ja.problems());
            // Every problem of the shape is in the one round too, first and in the same order.
            assertEquals(english.errors(), en.problems().subList(0, english.errors().size()).stream().map(p -> p.problem()).toList());
            english.value().ifPresent(a -> {
                ValidationResult check = AssessmentValidator.validate(a, RUBRIC, Locale.ENGLISH, options);
                assertEquals(check.problems(), en.problems());
                assertEquals(check.isValid() ? Optional.of(a) : Optional.empty(), en.value());
            });
        }
        english.value().ifPresent(AssessmentFuzzTest::roundTrip);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"format\"", "\"psirt-assessment/1\"", "\"rubric\"", "\"id\"", "\"edition\"", "\"sisac-psirt-maturity-sheet\"",
            "\"1.0\"", "\"answers\"", "\"framework\"", "\"level\"", "\"excluded\"", "\"reason\"", "\"unanswered\"", "\"foundations\"",
            "\"triage\"", "\"budget\"", "\"executive-sponsorship\"", "\"1.1\"", "\"2.1\"", "\"3.3\"", "\"4.4\"", "\"5.2\"", "\"6.3\"",
            "\"6.4\"", "true", "false", "0", "5", "6", "-1"})
    void readValidateAndScore(byte[] input) {
        ParseResult<Assessment> read = AssessmentJson.parse(new ByteArrayInputStream(input), Locale.ENGLISH);
        Invariants.wellFormed(read.errors(), true);
        if (read.value().isEmpty()) {
            return;
        }
        Assessment a = read.value().get();
        for (ScoringOptions options : SCORING) {
            ValidationResult check = AssessmentValidator.validate(a, RUBRIC, options.messagesLocale(), options.validationOptions());
            if (check.isValid()) {
                ScoreReport report = Scoring.score(a, RUBRIC, options);
                // The flags are the warnings of validation, in rubric order (validation reports in input order).
                assertEquals(Set.copyOf(check.warnings()), Set.copyOf(report.flags()));
                assertEquals(check.warnings().size(), report.flags().size());
                List<FrameworkId> flagged = report.flags().stream()
                        .map(p -> FrameworkId.parse(p.path().substring("answers[".length(), p.path().indexOf(']')))).toList();
                assertEquals(flagged.stream().sorted().toList(), flagged);
                Completeness c = report.completeness();
                assertEquals(RUBRIC.frameworks().size(), c.scored() + c.excluded() + c.unanswered() + c.outOfScope());
                report.overall().average().ifPresent(f -> {
                    assertTrue(f.signum() >= 0, "average below 0");
                    assertTrue(f.compareTo(org.psirtmaturity.scoring.Fraction.of(5)) <= 0, "average above 5");
                });
                String json = ReportJson.write(report);
                assertEquals(json, ReportJson.write(report));
                assertFalse(ReportJson.writeLine(report).strip().contains("\n"), "a report line holds a line break");
                // The order of the answers does not matter.
                List<FrameworkAnswer> reversed = new ArrayList<>(a.answers());
                Collections.reverse(reversed);
                assertEquals(report, Scoring.score(a.withAnswers(reversed), RUBRIC, options));
            } else {
                InvalidAssessmentException e = assertThrows(InvalidAssessmentException.class, () -> Scoring.score(a, RUBRIC, options));
                assertEquals(check.errors(), e.problems());
            }
        }
    }

    /** Written and read again, an assessment is unchanged, and writing is stable. */
    private static void roundTrip(Assessment a) {
        String written = AssessmentJson.write(a);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AssessmentJson.write(a, out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        byte[] bytes = out.toByteArray();
        assertEquals(written, new String(bytes, StandardCharsets.UTF_8));
        if (bytes.length > AssessmentJson.MAX_DOCUMENT_BYTES) {
            return; // indentation can take a compact document over the size limit
        }
        Assessment again = AssessmentJson.read(written);
        assertEquals(a, again);
        assertEquals(written, AssessmentJson.write(again));
        assertEquals(Optional.of(a), AssessmentJson.parse(new ByteArrayInputStream(bytes), Locale.ENGLISH).value());
    }

    private static Optional<String> strictUtf8(byte[] input) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Zero bytes among the first four (or a UTF-16/32 byte-order mark) make the stream reader detect UTF-16 or UTF-32. */
    private static boolean startsLikeUtf16Or32(byte[] b) {
        for (int i = 0; i < Math.min(4, b.length); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return b.length >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE);
    }

    static {
        assertFalse(RUBRIC.frameworks().isEmpty());
    }
}
