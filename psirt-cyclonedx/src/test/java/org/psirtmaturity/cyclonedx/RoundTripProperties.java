package org.psirtmaturity.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.RubricRef;

/** Writing an attestation and reading it back gives the same assessment, for any valid assessment. */
class RoundTripProperties {

    /** Any Unicode text: every code point but the surrogates, including controls, astral characters, quotes and Japanese. */
    Arbitrary<String> texts() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(1, Arbitraries.integers().between(0, 0x1F)),
                Tuple.of(2, Arbitraries.integers().between(0x3040, 0x30FF)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0x10FFFF)));
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
                Arbitraries.of(new BigDecimal("1E+5"), new BigDecimal("1.50"), new BigDecimal("-0.0")).map(d -> (Object) d),
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

    /** An answer that validation accepts for the framework: any level (undefined ones are warnings), an exclusion, or none. */
    Arbitrary<Answer> answers(Framework f) {
        if (f.outOfScope()) {
            return Arbitraries.just(Answer.unanswered());
        }
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 5).map(Answer::scored),
                texts().optional().map(Answer.Excluded::new),
                Arbitraries.just(Answer.unanswered()));
    }

    Arbitrary<FrameworkAnswer> frameworkAnswer(Framework f) {
        return Combinators.combine(answers(f), texts().optional(), texts().list().ofMaxSize(3), objects(2))
                .as((answer, note, evidence, extensions) -> new FrameworkAnswer(f.id().toString(), answer, note, evidence, extensions));
    }

    Arbitrary<List<FrameworkAnswer>> answerLists(Rubric rubric) {
        return Arbitraries.shuffle(rubric.frameworks()).flatMap(order -> Arbitraries.integers().between(0, order.size())
                .flatMap(n -> Combinators.combine(order.subList(0, n).stream().map(this::frameworkAnswer).toList()).as(List::copyOf)));
    }

    Arbitrary<Map<String, Boolean>> foundations() {
        return Arbitraries.shuffle(Fixtures.FOUNDATION_KEYS).flatMap(keys -> Arbitraries.of(true, false).list().ofSize(keys.size())
                .flatMap(values -> Arbitraries.integers().between(0, keys.size()).map(n -> {
                    Map<String, Boolean> m = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        m.put(keys.get(i), values.get(i));
                    }
                    return m;
                })));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Assessment, Rubric>> assessments() {
        return Arbitraries.of(Fixtures.JAPANESE, Fixtures.ENGLISH).flatMap(rubric -> {
            Arbitrary<Optional<AssessmentContext>> contexts = Combinators.combine(texts().optional(), texts().optional(),
                            Arbitraries.integers().between(-3000, 300_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d)).optional())
                    .as(AssessmentContext::new).optional();
            return Combinators.combine(contexts, answerLists(rubric), foundations(), objects(3))
                    .as((context, answers, foundations, extensions) -> Tuple.of(
                            new Assessment(RubricRef.of(rubric), context, answers, foundations, extensions), rubric));
        });
    }

    /** The assessment as the format carries it: a context with nothing known is no context. */
    static Assessment carried(Assessment a) {
        AssessmentContext empty = AssessmentContext.empty();
        return a.context().equals(Optional.of(empty)) ? new Assessment(a.rubric(), Optional.empty(), a.answers(), a.foundations(), a.extensions()) : a;
    }

    @Property(tries = 100)
    void attestation_readsBackIntoAnEqualAssessment(@ForAll("assessments") Tuple.Tuple2<Assessment, Rubric> t) throws IOException {
        Assessment a = t.get1();
        Rubric rubric = t.get2();
        String json = CycloneDx.writeAttestation(a, rubric);
        ReadResult read = CycloneDx.readAttestation(json, Locale.ENGLISH);
        assertThat(read.problems()).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(carried(a));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CycloneDx.writeAttestation(a, rubric, bytes);
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(CycloneDx.readAttestation(new ByteArrayInputStream(bytes.toByteArray()), Locale.JAPANESE).orElseThrow()).isEqualTo(carried(a));
        assertThat(CycloneDx.writeAttestation(read.orElseThrow(), rubric)).isEqualTo(json);
    }

    @Property(tries = 25)
    void attestation_isValidCycloneDx(@ForAll("assessments") Tuple.Tuple2<Assessment, Rubric> t) {
        Boms.assertValid(CycloneDx.writeAttestation(t.get1(), t.get2()));
    }
}
