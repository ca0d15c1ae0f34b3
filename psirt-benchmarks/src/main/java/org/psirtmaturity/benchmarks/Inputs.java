package org.psirtmaturity.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.json.AssessmentJson;

/**
 * The inputs every benchmark and harness shares: the installed Japanese rubric, its texts resource,
 * and realistic complete assessments of its 27 frameworks in scope (every framework but 6.3), each
 * with a note in Japanese, evidence and the foundations.
 */
public final class Inputs {

    /** The name of the Japanese texts resource, beside {@code JapaneseRubricProvider}. */
    public static final String JAPANESE_TEXTS = "/org/psirtmaturity/rubric/ja/sisac-psirt-maturity-sheet-1.0.ja.json";

    /** The Level 1 requirement keys answered yes or no in {@code foundations}. */
    private static final List<String> FOUNDATIONS = List.of("executive-sponsorship", "stakeholders", "budget",
            "policy.vulnerability-management", "policy.information-handling", "policy.scoring-prioritisation",
            "policy.remediation-sla", "policy.disclosure", "triage");

    private static final List<String> NOTES = List.of(
            "窓口は Web フォームと PGP 公開鍵で受け付け、製品チームへは一営業日以内に連絡している。",
            "手順書はあるが、年に一度の見直しが二年続けて遅れている。",
            "CVSS v3.1 で評価し、社内の優先度基準に照らして対応順を決めている。",
            "主要製品は対応済み。組込み製品の一部は顧客ごとの個別対応になっている。",
            "Reports reach the product teams within a day; the on-call rota is documented in the wiki.");

    private Inputs() {
    }

    /**
     * Loads the Japanese rubric once, through discovery.
     *
     * @return the rubric
     */
    public static Rubric japanese() {
        return Rubrics.installed().forLocale(Locale.JAPANESE);
    }

    /**
     * Reads the Japanese texts resource.
     *
     * @return its bytes
     */
    public static byte[] japaneseTexts() {
        try (InputStream in = Inputs.class.getResourceAsStream(JAPANESE_TEXTS)) {
            if (in == null) {
                throw new IllegalStateException(JAPANESE_TEXTS + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The benchmarks' assessment: every framework in scope scored at a defined level (the levels vary
     * from 1 to 4, so that about half the frameworks have gaps to the default target 3), each with a
     * note and one or two pieces of evidence, all nine foundations answered and one extension.
     *
     * @param rubric the rubric
     * @return a complete, valid assessment with no warnings
     */
    public static Assessment complete(Rubric rubric) {
        return complete(rubric, new Random(20261001L), 0);
    }

    /**
     * A complete assessment drawn from a random source, for generated batch input. Levels are chosen
     * among the levels each framework defines, so the assessment is valid and has no warnings.
     *
     * @param rubric the rubric
     * @param random the random source
     * @param serial a number that makes the organisation unique
     * @return a complete, valid assessment
     */
    public static Assessment complete(Rubric rubric, Random random, long serial) {
        Assessment.Builder b = Assessment.builder(rubric)
                .organization(serial == 0 ? "株式会社サンプル (Example Corp)" : "株式会社サンプル " + serial)
                .assessor("田中 A. (A. Tanaka)")
                .date(LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        int i = 0;
        for (Framework f : rubric.frameworks()) {
            if (f.outOfScope()) {
                continue;
            }
            String id = f.id().toString();
            List<Integer> defined = f.definedLevels().stream().map(l -> l.level()).filter(l -> l >= 1 && l <= 4).toList();
            int level = defined.get(serial == 0 ? i % defined.size() : random.nextInt(defined.size()));
            b.score(id, level);
            b.note(id, NOTES.get((i + (int) (serial % NOTES.size())) % NOTES.size()));
            b.evidence(id, "https://intranet.example.co.jp/psirt/" + id + "/procedure.pdf");
            if (i % 2 == 0) {
                b.evidence(id, "GRC-" + (1000 + i));
            }
            i++;
        }
        for (int k = 0; k < FOUNDATIONS.size(); k++) {
            b.foundation(FOUNDATIONS.get(k), serial == 0 ? k % 3 != 2 : random.nextBoolean());
        }
        b.extension("x-platform", Map.of("ticket", "GRC-12"));
        return b.build();
    }

    /**
     * The benchmarks' assessment as the bytes of its JSON document ({@link AssessmentJson#writeBytes}).
     *
     * @param rubric the rubric
     * @return UTF-8 JSON, pretty-printed as the library writes it
     */
    public static byte[] completeJson(Rubric rubric) {
        return AssessmentJson.write(complete(rubric)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
