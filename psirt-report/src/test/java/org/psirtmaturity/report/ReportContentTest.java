package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.json.ReportJson;

/** Every human-readable format, in both languages, shows the key facts of a report. */
class ReportContentTest {

    static Stream<Arguments> formatsAndLanguages() {
        List<Arguments> args = new ArrayList<>();
        for (String lang : List.of("ja", "en")) {
            for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
                args.add(Arguments.of(lang, f));
            }
        }
        return args.stream();
    }

    private static ScoreReport report(String lang) {
        return lang.equals("ja") ? Fixtures.japaneseReport() : Fixtures.englishReport();
    }

    /** How a plain fact appears in a format. */
    private static UnaryOperator<String> shown(ReportFormat format) {
        return switch (format) {
            case MARKDOWN -> MarkdownReport::escape;
            case HTML -> Markup::escape;
            default -> s -> s;
        };
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("formatsAndLanguages")
    void render_showsTheKeyFacts(String lang, ReportFormat format) {
        Rubric rubric = Fixtures.rubric(lang);
        ScoreReport report = report(lang);
        Labels l = Labels.of(rubric.locale());
        UnaryOperator<String> e = shown(format);
        String out = Reports.render(report, rubric, format);

        List<String> facts = new ArrayList<>();
        facts.add(rubric.title().substring(0, 30));
        report.context().orElseThrow().organization().ifPresent(facts::add);
        report.context().orElseThrow().assessor().ifPresent(facts::add);
        facts.add("2026-10-01");
        facts.add(report.overall().displayValue().orElseThrow().toPlainString());
        facts.add(report.overall().average().orElseThrow().toString()); // the exact fraction
        facts.add(l.badge(report.overall().band())); // BELOW, or its Japanese word
        facts.add("2.5");
        facts.add("3.0");
        facts.add(l.band(report.overall().band()));
        facts.add(l.get("completeness.partial").substring(0, 7)); // "PARTIAL", "部分的な評価："
        facts.add(l.format("completeness.counts", 23, 2, 2, 1, 28).substring(0, 12));
        for (AreaResult a : report.areas()) {
            facts.add(rubric.area(a.area()).orElseThrow().title());
            a.average().displayValue().ifPresent(v -> facts.add(v.toPlainString()));
        }
        report.frameworks().forEach(f -> facts.add(f.framework().toString()));
        facts.add("no sales team"); // an exclusion reason
        facts.add(l.status(org.psirtmaturity.scoring.FrameworkStatus.OUT_OF_SCOPE));
        facts.add(l.status(org.psirtmaturity.scoring.FrameworkStatus.UNANSWERED));
        if (format != ReportFormat.HTML) { // HTML draws its bars with CSS
            facts.add(Facts.bar(3));
        }
        // the roadmap: the first gap, its first level's citations and the start of its text
        Gap first = report.gaps().get(0);
        facts.add(rubric.framework(first.framework()).orElseThrow().title());
        RubricLevel step = rubric.level(first.framework(), first.current() + 1).orElseThrow();
        facts.add(step.citations().get(0).toString());
        facts.add(step.description().orElseThrow().substring(0, 12));
        facts.add(l.get("gaps.undefined")); // 4.4 level 3 is undefined in the sheet
        facts.add(l.get("gaps.requiredByLevel1"));
        // FIRST Maturity Level 1
        facts.add(l.get("level1.notReached"));
        facts.add(l.get("level1.MET"));
        facts.add(l.get("level1.MISSING"));
        facts.add(l.get("level1.UNKNOWN"));
        facts.add(l.get("requirement.executive-sponsorship"));
        facts.add(l.get("requirement.intake"));
        // flags and provenance
        facts.add("answer.level.undefined");
        facts.add(rubric.id());
        facts.add(report.provenance().rubricDigest());
        facts.add(report.provenance().libraryVersion());
        facts.add("V1_0_DRAFT");

        for (String fact : facts) {
            assertThat(out).as("%s in %s %s", fact, lang, format).contains(e.apply(fact));
        }
        // the other language's labels are absent
        assertThat(out).doesNotContain(lang.equals("ja") ? "Overall average" : "全体平均");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("formatsAndLanguages")
    void render_withoutLevelTexts_listsTheLevelsAndCitationsOnly(String lang, ReportFormat format) {
        Rubric rubric = Fixtures.rubric(lang);
        ScoreReport report = report(lang);
        Gap first = report.gaps().get(0);
        RubricLevel step = rubric.level(first.framework(), first.current() + 1).orElseThrow();
        String text = step.description().orElseThrow();
        String out = Reports.render(report, rubric, format, RenderOptions.defaults().withIncludeLevelTexts(false));
        assertThat(out).contains(shown(format).apply(step.citations().get(0).toString()));
        assertThat(out).doesNotContain(shown(format).apply(text.substring(0, 20)));
        assertThat(Reports.render(report, rubric, format)).contains(shown(format).apply(text.substring(0, 12)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("formatsAndLanguages")
    void render_ofACompleteAssessmentWithoutGaps_saysSo(String lang, ReportFormat format) {
        Rubric rubric = Fixtures.rubric(lang);
        Labels l = Labels.of(rubric.locale());
        String out = Reports.render(Fixtures.allAt(rubric, 3), rubric, format);
        assertThat(out).doesNotContain("PARTIAL").contains(shown(format).apply(l.get("completeness.complete")))
                .contains(shown(format).apply(l.get("gaps.none"))).contains(shown(format).apply(l.badge(BandStatus.WITHIN)));
    }

    @Test
    void json_isTheScoringModulesStableReportFormat() {
        for (String lang : List.of("ja", "en")) {
            ScoreReport report = report(lang);
            assertThat(Reports.render(report, Fixtures.rubric(lang), ReportFormat.JSON)).isEqualTo(ReportJson.write(report));
        }
    }

    @Test
    void render_quotesTheRubricGiven_soAJapaneseReportRendersInEnglish() {
        ScoreReport japanese = Fixtures.japaneseReport();
        String out = Reports.render(japanese, Fixtures.EN, ReportFormat.TEXT);
        assertThat(out).contains("Overall average").contains("Vulnerability Discovery").doesNotContain("脆弱性の発見")
                .contains("ja (rendered with the en texts)");
        assertThat(out).contains(Fixtures.EN.framework(FrameworkId.parse("5.3")).orElseThrow().title());
    }

    @Test
    void render_refusesARubricOfAnotherEdition() {
        RubricStructure s = Fixtures.EN.structure();
        RubricStructure other = new RubricStructure(s.id(), "2.0", s.source(), s.guidance(), s.numbering(), s.areas());
        Map<String, String> texts = new HashMap<>();
        other.textKeys().forEach(k -> texts.put(k, Fixtures.EN.text(k).orElseThrow()));
        Rubric edition2 = Rubric.assemble(other, Fixtures.EN.locale(), texts);
        assertThatThrownBy(() -> Reports.render(Fixtures.englishReport(), edition2, ReportFormat.HTML))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.0");
        assertThatThrownBy(() -> RadarChart.areas(Fixtures.englishReport(), edition2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reports.render(null, Fixtures.EN, ReportFormat.TEXT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Reports.render(Fixtures.englishReport(), Fixtures.EN, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void render_isDeterministic() {
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(Reports.render(Fixtures.japaneseReport(), Fixtures.JA, f)).isEqualTo(Reports.render(Fixtures.japaneseReport(), Fixtures.JA, f));
        }
    }
}
