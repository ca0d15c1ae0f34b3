package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;

/**
 * One rubric shared by many threads: each thread validates and scores different assessments,
 * in its own order, with English and Japanese messages, and gets exactly what a single thread gets.
 * Scoring keeps no shared mutable state; the message bundles are cached safely.
 */
class ConcurrencyTest {

    private static final int ASSESSMENTS = 48;
    private static final int THREADS = 8;
    private static final int ROUNDS = 5;

    /** The same work, done by one thread or many: every outcome as text, so results compare exactly. */
    private record Outcome(String validation, String report) {
    }

    private static List<Assessment> assessments() {
        Random random = new Random(20261122);
        List<Framework> frameworks = TestRubrics.japanese().frameworks();
        List<Assessment> documents = new ArrayList<>();
        for (int i = 0; i < ASSESSMENTS; i++) {
            Assessment.Builder b = Assessment.builder(TestRubrics.japanese()).organization("組織 " + i);
            for (Framework f : frameworks) {
                int choice = random.nextInt(9);
                String id = f.id().toString();
                if (choice < 6) {
                    b.score(id, choice);          // some levels are undefined or 6.3 is out of scope: warnings and errors
                } else if (choice == 6) {
                    b.exclude(id, "理由 " + i);
                } else if (choice == 7) {
                    b.unanswered(id);
                }
            }
            if (i % 7 == 0) {
                b.answer(org.psirtmaturity.scoring.FrameworkAnswer.of("２．１", Answer.scored(9)));
            }
            b.foundation("triage", i % 2 == 0);
            documents.add(b.build());
        }
        return documents;
    }

    private static Outcome outcome(Assessment a, Rubric rubric, int i) {
        Locale locale = i % 2 == 0 ? Locale.ENGLISH : Locale.JAPANESE;
        ScoringOptions options = ScoringOptions.defaults().withMessagesLocale(locale)
                .withAveraging(i % 3 == 0 ? AveragingMethod.AREA_MEAN : AveragingMethod.FRAMEWORK_MEAN);
        String validation = AssessmentValidator.validate(a, rubric, locale, options.validationOptions()).problems().toString();
        String report;
        try {
            report = Scoring.score(a, rubric, options).toString();
        } catch (InvalidAssessmentException e) {
            report = e.problems().toString();
        }
        return new Outcome(validation, report);
    }

    @Test
    void manyThreadsScoringWithOneSharedRubric_getWhatOneThreadGets() throws Exception {
        Rubric shared = TestRubrics.japanese();
        List<Assessment> documents = assessments();
        List<Outcome> expected = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            expected.add(outcome(documents.get(i), shared, i));
        }
        assertThat(expected).extracting(Outcome::report).anySatisfy(r -> assertThat(r).startsWith("ScoreReport["))
                .anySatisfy(r -> assertThat(r).contains("answer.framework.malformed"));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Outcome>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 5;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Outcome> mine = new ArrayList<>(java.util.Collections.nCopies(documents.size(), (Outcome) null));
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int k = 0; k < documents.size(); k++) {
                            int i = (k + offset + round) % documents.size(); // each thread in another order
                            Outcome o = outcome(documents.get(i), shared, i);
                            if (mine.get(i) != null) {
                                assertThat(o).isEqualTo(mine.get(i));
                            }
                            mine.set(i, o);
                        }
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (Future<List<Outcome>> f : futures) {
                assertThat(f.get(5, TimeUnit.MINUTES)).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
