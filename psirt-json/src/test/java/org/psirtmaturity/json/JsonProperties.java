package org.psirtmaturity.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.AveragingMethod;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ScoringOptions;
import org.psirtmaturity.scoring.TargetProfile;
import org.psirtmaturity.scoring.TestRubrics;

class JsonProperties {

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

    @Property
    void assessmentJson_roundTripIsLossless(@ForAll("assessments") Assessment a) {
        String json = AssessmentJson.write(a);
        assertThat(AssessmentJson.read(json)).isEqualTo(a);
        assertThat(AssessmentJson.read(new java.io.ByteArrayInputStream(AssessmentJson.writeBytes(a)))).isEqualTo(a);
        assertThat(AssessmentJson.write(AssessmentJson.read(json))).isEqualTo(json);
    }

    /** Per framework in scope: -3 no answer, -2 excluded, -1 unanswered, 0 to 5 a level; notes and context vary too. */
    @Provide
    Arbitrary<ScoreReport> reports() {
        List<Framework> inScope = TestRubrics.inScope();
        return Combinators.combine(
                Arbitraries.integers().between(-3, 5).list().ofSize(inScope.size()),
                texts(),
                Arbitraries.of(AveragingMethod.class),
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(java.util.Locale.ENGLISH, java.util.Locale.JAPANESE))
                .as((codes, organization, method, target, locale) -> {
                    Assessment.Builder b = Assessment.builder(TestRubrics.japanese()).organization(organization.isBlank() ? "x" : organization);
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
                    return Scoring.score(b.build(), TestRubrics.japanese(), options);
                });
    }

    @Property(tries = 50)
    void reportJson_roundTripIsLosslessAndStable(@ForAll("reports") ScoreReport r) {
        String json = ReportJson.write(r);
        assertThat(ReportJson.read(json)).isEqualTo(r);
        assertThat(ReportJson.write(ReportJson.read(json))).isEqualTo(json);
    }
}
