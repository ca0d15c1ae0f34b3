package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;

class LabelsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bundles_haveTheSameKeys() throws IOException {
        assertThat(load("labels_ja.properties").keySet()).containsExactlyInAnyOrderElementsOf(load("labels.properties").keySet());
    }

    @Test
    void bundles_nameEveryLevel1Requirement() throws IOException {
        Properties en = load("labels.properties");
        for (Requirement r : MaturityProfile.firstLevel1().requirements()) {
            assertThat(en).containsKey("requirement." + r.key());
        }
    }

    @Test
    void language_followsTheRubricNotTheJvmDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            String english = Reports.render(Fixtures.englishReport(), Fixtures.EN, ReportFormat.TEXT);
            assertThat(english).contains("Overall average").doesNotContain("全体平均");
            Locale.setDefault(Locale.US);
            String japanese = Reports.render(Fixtures.japaneseReport(), Fixtures.JA, ReportFormat.TEXT);
            assertThat(japanese).contains("全体平均").doesNotContain("Overall average");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void language_isEnglishForARubricInAThirdLanguage_evenWhenTheJvmIsJapanese() {
        Map<String, String> texts = new HashMap<>();
        for (String key : Fixtures.EN.structure().textKeys()) {
            texts.put(key, Fixtures.EN.text(key).orElseThrow());
        }
        Rubric french = Rubric.assemble(Fixtures.EN.structure(), Locale.FRENCH, texts);
        ScoreReport report = Scoring.score(Fixtures.realistic(french, "Exemple SA", "A. Martin", "aucune"), french);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertThat(Reports.render(report, french, ReportFormat.MARKDOWN)).contains("Overall average").doesNotContain("全体平均");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
