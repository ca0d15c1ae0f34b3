package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.AveragingMethod;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetProfile;
import org.psirtmaturity.scoring.ValidationOptions;
import org.psirtmaturity.scoring.ValidationResult;

class JsonProperties {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Any Unicode text: every code point but the surrogates, including controls, astral characters and quotes. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 0x1F)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xE000, 0x10FFFF)));
        return codePoints.list().ofMaxSize(12).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    Arbitrary<Object> jsonValues(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                texts().map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20), BigInteger.TEN.pow(30)).map(b -> (Object) b),
                Arbitraries.bigDecimals().ofScale(3).map(d -> (Object) d),
                Arbitraries.just((Object) new BigDecimal("1E+5")),
                Arbitraries.just((Object) null));
        if (depth == 0) {
            return leaf;
        }
        return Arbitraries.oneOf(leaf,
                jsonValues(depth - 1).list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l)),
                objects(depth - 1).map(m -> (Object) m));
    }

    Arbitrary<Map<String, Object>> objects(int depth) {
        return Arbitraries.maps(texts(), jsonValues(depth)).ofMaxSize(3).map(LinkedHashMap::new);
    }

    Arbitrary<Answer> answers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(Answer::scored),
                texts().optional().map(Answer.Excluded::new),
                Arbitraries.just(Answer.unanswered()));
    }

    Arbitrary<FrameworkAnswer> frameworkAnswers() {
        return Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of("1.1", "2.1", "6.3", "9.9"), texts()),
                answers(), texts().optional(), texts().list().ofMaxSize(3), objects(2))
                .as(FrameworkAnswer::new);
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        Arbitrary<Optional<AssessmentContext>> contexts = Combinators.combine(texts().optional(), texts().optional(),
                        Arbitraries.integers().between(-3000, 300_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d)).optional())
                .as(AssessmentContext::new).optional();
        return Combinators.combine(
                        Combinators.combine(texts(), texts()).as(RubricRef::new),
                        contexts,
                        frameworkAnswers().list().ofMaxSize(6),
                        Arbitraries.maps(texts(), Arbitraries.of(true, false)).ofMaxSize(3),
                        objects(3))
                .as(Assessment::new);
    }

    @Property(tries = 60)
    void assessmentJson_roundTripIsLossless(@ForAll("assessments") Assessment a) throws IOException {
        String json = AssessmentJson.write(a);
        assertThat(AssessmentJson.read(json)).isEqualTo(a);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AssessmentJson.write(a, bytes);
        assertThat(AssessmentJson.parse(new ByteArrayInputStream(bytes.toByteArray()), Locale.ENGLISH).orElseThrow()).isEqualTo(a);
        assertThat(AssessmentJson.write(AssessmentJson.read(json))).isEqualTo(json);
    }

    /**
     * Reading against a rubric in one round finds what reading and then validating find: the same
     * assessment, or the same problems. (A written assessment always has a valid shape, so every problem
     * here is the rubric's.)
     */
    @Property(tries = 60)
    void oneRound_findsWhatReadingThenValidatingFind(@ForAll("assessments") Assessment a, @ForAll boolean strict,
            @ForAll boolean complete) {
        ValidationOptions options = new ValidationOptions(strict, complete);
        String json = AssessmentJson.write(a);
        ParseResult<Assessment> oneRound = AssessmentJson.parse(json, TestData.JAPANESE, Locale.JAPANESE, options);
        ValidationResult validated = AssessmentValidator.validate(AssessmentJson.read(json), TestData.JAPANESE, Locale.JAPANESE, options);
        assertThat(oneRound.problems()).isEqualTo(validated.problems());
        assertThat(oneRound.value()).isEqualTo(validated.isValid() ? Optional.of(a) : Optional.empty());
    }

    /** Per framework in scope: -3 no answer, -2 excluded, -1 unanswered, 0 to 5 a level; notes and context vary too. */
    @Provide
    Arbitrary<ScoreReport> reports() {
        List<Framework> inScope = TestData.inScope();
        return Combinators.combine(
                Arbitraries.integers().between(-3, 5).list().ofSize(inScope.size()),
                texts(),
                Arbitraries.of(AveragingMethod.class),
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(Locale.ENGLISH, Locale.JAPANESE))
                .as((codes, organization, method, target, locale) -> {
                    Assessment.Builder b = Assessment.builder(TestData.JAPANESE).organization(organization.isBlank() ? "x" : organization);
                    for (int i = 0; i < codes.size(); i++) {
                        String id = inScope.get(i).id().toString();
                        int code = codes.get(i);
                        if (code == -2) {
                            b.exclude(id, organization);
                        } else if (code == -1) {
                            b.unanswered(id);
                        } else if (code >= 0) {
                            b.score(id, code);
                        }
                    }
                    ScoringOptions options = ScoringOptions.defaults().withAveraging(method).withDefaultTargetLevel(target)
                            .withTargets(TargetProfile.none().with("2.1", 5)).withMessagesLocale(locale);
                    return Scoring.score(b.build(), TestData.JAPANESE, options);
                });
    }

    /**
     * A scored report written and read by a general JSON parser holds the report's values: its gaps with
     * their defined steps, its flags with their arguments, its averages exactly; the compact line and the
     * stream say the same.
     */
    @Property(tries = 20)
    void reportJson_holdsTheReportsValues(@ForAll("reports") ScoreReport r) throws IOException {
        JsonNode tree = JSON.readTree(ReportJson.write(r));
        assertThat(JSON.readTree(ReportJson.writeLine(r))).isEqualTo(tree);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportJson.writeLine(r, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(ReportJson.writeLine(r));

        assertThat(tree.path("context").path("organization").asText()).isEqualTo(r.context().orElseThrow().organization().orElseThrow());
        r.overall().average().ifPresent(f -> {
            assertThat(tree.path("overall").path("average").path("numerator").asLong()).isEqualTo(f.numerator());
            assertThat(tree.path("overall").path("average").path("denominator").asLong()).isEqualTo(f.denominator());
            assertThat(tree.path("overall").path("average").path("value").decimalValue()).isEqualByComparingTo(f.displayValue());
        });
        assertThat(tree.path("gaps")).hasSize(r.gaps().size());
        for (int i = 0; i < r.gaps().size(); i++) {
            Gap g = r.gaps().get(i);
            JsonNode written = tree.path("gaps").get(i);
            assertThat(written.path("framework").asText()).isEqualTo(g.framework().toString());
            assertThat(written.path("target").asInt()).isEqualTo(g.target());
            assertThat(written.path("requestedTarget").asInt(g.target())).isEqualTo(g.requestedTarget());
            assertThat(written.path("steps")).extracting(s -> s.path("level").asInt())
                    .containsExactlyElementsOf(g.steps().stream().map(RubricLevel::level).toList());
        }
        assertThat(tree.path("flags")).hasSize(r.flags().size());
        for (int i = 0; i < r.flags().size(); i++) {
            assertThat(tree.path("flags").get(i).path("arguments")).extracting(JsonNode::asText)
                    .containsExactlyElementsOf(r.flags().get(i).arguments());
        }
    }
}
