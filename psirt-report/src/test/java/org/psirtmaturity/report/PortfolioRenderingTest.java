package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.json.PortfolioJson;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.Portfolio;
import org.psirtmaturity.scoring.Scoring;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class PortfolioRenderingTest {

    private static Portfolio portfolio(String lang) {
        return lang.equals("ja") ? PortfolioFixtures.japanese() : PortfolioFixtures.english();
    }

    /** Leaves every format in {@code target/} for a reviewer: {@code portfolio-ja.txt}, {@code portfolio-en.html} … */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void samples_areWrittenForAReviewer(String lang) throws Exception {
        for (ReportFormat format : ReportFormat.values()) {
            java.nio.file.Path file = java.nio.file.Path.of("target", "portfolio-" + lang + "." + format.fileExtension());
            java.nio.file.Files.writeString(file, Reports.renderPortfolio(portfolio(lang), Fixtures.rubric(lang), format));
            assertThat(file).isNotEmptyFile();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void everyFormat_showsTheGroupFiguresInTheRubricsLanguage(String lang) {
        Rubric rubric = Fixtures.rubric(lang);
        Portfolio p = portfolio(lang);
        Labels l = Labels.of(rubric.locale());
        String average = p.overall().average().orElseThrow().displayValue().toPlainString();
        List<String> expected = List.of(l.get("portfolio.section.heatmap"), l.get("portfolio.section.distribution"),
                l.get("portfolio.section.roadmap"), "Acme Industrial Controls", "Kobayashi Devices K.K.", "Zeta Labs",
                l.format("portfolio.unnamed", 1), average, p.overall().average().orElseThrow().toString(), l.badge(BandStatus.NO_DATA) + " 1",
                l.get("portfolio.undated"), rubric.framework(p.roadmap().get(0).framework()).orElseThrow().title(),
                rubric.area(2).orElseThrow().title(), l.format("portfolio.level1Met", p.level1Met().get("triage"), 6));
        for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            String out = Reports.renderPortfolio(p, rubric, format);
            for (String e : expected) {
                String shown = format == ReportFormat.MARKDOWN ? MarkdownReport.escape(e) : format == ReportFormat.HTML ? Markup.escape(e) : e;
                assertThat(out).as("%s in %s", e, format).containsIgnoringCase(shown); // English text headings are upper case
            }
            String joined = format == ReportFormat.TEXT ? out.replaceAll("\n +", " ") : out; // text wraps
            assertThat(joined).as("undated notice in %s", format).contains(format == ReportFormat.MARKDOWN
                    ? MarkdownReport.escape(l.format("portfolio.undatedNotice", "Kobayashi Devices K.K."))
                    : l.format("portfolio.undatedNotice", "Kobayashi Devices K.K."));
            assertThat(out).endsWith("\n");
        }
        assertThat(Reports.renderPortfolio(p, rubric, ReportFormat.JSON)).isEqualTo(PortfolioJson.write(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void text_fitsTheTerminal_withOneCharacterPerFrameworkInTheHeatmap(String lang) {
        String text = Reports.renderPortfolio(portfolio(lang), Fixtures.rubric(lang), ReportFormat.TEXT);
        TextReportTest.assertFitsTerminal(text, 80);
        // Acme: every framework at 2 but 2.1 and 3.1 at 1 (4.4 and 5.4 define only 4 and 5), 6.3 out of scope
        assertThat(text).containsPattern("Acme Industrial Controls +2222222 +12222 +122 +2224 +2224 +22-22\n");
        // Zeta scored nothing; Sakura excluded 5.4 and 6.4
        assertThat(text).containsPattern("Zeta Labs +\\?{7} +\\?{5} +\\?{3} +\\?{4} +\\?{4} +\\?\\?-\\?\\?\n");
        assertThat(text).containsPattern("Sakura Embedded Software +3333333 +43333 +334 +3334 +333x +33-x3\n");
        TextReportTest.assertFitsTerminal(Reports.renderPortfolio(portfolio(lang), Fixtures.rubric(lang), ReportFormat.TEXT,
                RenderOptions.defaults().withWidth(60)), 60);
    }

    @Test
    void roadmap_showsTheNextLevelsTextAndCitations_unlessAskedNotTo() {
        Portfolio p = portfolio("en");
        var first = p.roadmap().get(0);
        var cited = p.roadmap().stream().filter(r -> !r.next().orElseThrow().citations().isEmpty()).findFirst().orElseThrow();
        var next = Fixtures.EN.level(cited.framework(), cited.next().orElseThrow().level()).orElseThrow();
        String text = Reports.renderPortfolio(p, Fixtures.EN, ReportFormat.TEXT, RenderOptions.defaults().withWidth(1000));
        assertThat(text).contains(next.description().orElseThrow()).contains("FIRST " + Facts.citations(next.citations()));
        assertThat(Reports.renderPortfolio(p, Fixtures.EN, ReportFormat.MARKDOWN)).contains(MarkdownReport.escape(next.description().orElseThrow()));
        assertThat(Reports.renderPortfolio(p, Fixtures.EN, ReportFormat.TEXT, RenderOptions.defaults().withWidth(1000).withIncludeLevelTexts(false)))
                .doesNotContain(next.description().orElseThrow());
        // 1. is the framework most units are below target on
        assertThat(text).contains("1. " + first.framework() + " ");
    }

    @Test
    void japanesePortfolio_rendersInEnglishWithTheEnglishRubric() {
        String text = Reports.renderPortfolio(portfolio("ja"), Fixtures.EN, ReportFormat.TEXT);
        assertThat(text).contains("GROUP SUMMARY").contains(Fixtures.EN.area(2).orElseThrow().title()).doesNotContain("グループ全体");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void html_isSelfContained_andItsChartsAreWellFormedSvg(String lang) throws Exception {
        Portfolio p = portfolio(lang);
        String html = Reports.renderPortfolio(p, Fixtures.rubric(lang), ReportFormat.HTML);
        HtmlReportTest.assertNothingExternalNorExecutable(html);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + lang + "\">");
        Matcher m = Pattern.compile("(?s)<svg .*?</svg>").matcher(html);
        Map<String, Document> charts = new HashMap<>();
        while (m.find()) {
            Document svg = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new InputSource(new StringReader(m.group())));
            charts.put(svg.getDocumentElement().getElementsByTagName("title").item(0).getAttributes().getNamedItem("id").getNodeValue(), svg);
        }
        assertThat(charts).containsKeys("pf-heatmap-title", "pf-distribution-title", "pf-bands-title", "pf-trend-0-title");
        assertThat(charts.keySet().stream().filter(k -> k.startsWith("pf-trend-"))).hasSize(p.units().size());
        // one cell per unit and framework, each with its tooltip
        String heatmap = html.substring(html.indexOf("pf-heatmap-title"), html.indexOf("</svg>", html.indexOf("pf-heatmap-title")));
        assertThat(Pattern.compile("<g><title>[^<]*</title><rect x=").matcher(heatmap).results().count())
                .isEqualTo((long) p.units().size() * p.frameworks().size());
        assertThat(heatmap).contains("stroke-dasharray=\"3 2\"", ">×</text>", ">–</text>", ">?</text>", PortfolioHtml.LEVEL_COLOURS[4]);
    }

    @Test
    void html_escapesUnitNames() {
        Rubric rubric = Fixtures.EN;
        Assessment a = Assessment.builder(rubric).organization("<script>alert('x')</script> & \"Co\"").date(LocalDate.of(2026, 1, 1))
                .score("2.1", 2).build();
        Portfolio p = Portfolio.builder(rubric).add(Scoring.score(a, rubric)).build();
        String html = Reports.renderPortfolio(p, rubric, ReportFormat.HTML);
        HtmlReportTest.assertNothingExternalNorExecutable(html);
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
        assertThat(Reports.renderPortfolio(p, rubric, ReportFormat.MARKDOWN)).contains("\\<script\\>alert('x')\\</script\\> \\& \"Co\"");
    }

    @Test
    void anEmptyPortfolio_rendersWithoutUnits() {
        Portfolio empty = Portfolio.builder(Fixtures.EN).build();
        for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            assertThat(Reports.renderPortfolio(empty, Fixtures.EN, format)).contains("No units.");
        }
    }

    @Test
    void aPortfolioOnAnotherEdition_isRefused() {
        RubricStructure s = Fixtures.EN.structure();
        RubricStructure other = new RubricStructure(s.id(), "2.0", s.source(), s.guidance(), s.numbering(), s.areas());
        Map<String, String> texts = new HashMap<>();
        other.textKeys().forEach(k -> texts.put(k, Fixtures.EN.text(k).orElseThrow()));
        Rubric edition2 = Rubric.assemble(other, Fixtures.EN.locale(), texts);
        assertThatThrownBy(() -> Reports.renderPortfolio(portfolio("en"), edition2, ReportFormat.TEXT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.0");
    }
}
