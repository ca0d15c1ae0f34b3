package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.FrameworkStatus;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.scoring.Scoring;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RadarChartTest {

    /** Parses an SVG strictly: namespace aware, no DTD, no external entities. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document d, String name) {
        NodeList nodes = d.getElementsByTagNameNS(Markup.SVG_NAMESPACE, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The axis labels: the text of each group that has a title (the tooltip) and a text. */
    private static List<Element> axisLabels(Document d) {
        List<Element> labels = new ArrayList<>();
        for (Element g : elements(d, "g")) {
            NodeList texts = g.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "text");
            if (g.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "title").getLength() == 1 && texts.getLength() == 1) {
                labels.add((Element) texts.item(0));
            }
        }
        return labels;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void charts_areWellFormedStandaloneSvg(String lang) throws Exception {
        Rubric rubric = Fixtures.rubric(lang);
        ScoreReport report = lang.equals("ja") ? Fixtures.japaneseReport() : Fixtures.englishReport();
        for (String svg : List.of(RadarChart.frameworks(report, rubric), RadarChart.areas(report, rubric))) {
            Document d = parse(svg);
            Element root = d.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo(Markup.SVG_NAMESPACE);
            assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 560 560");
            assertThat(root.getAttribute("xml:lang")).isEqualTo(lang);
            Element title = (Element) root.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "title").item(0);
            assertThat(title.getParentNode()).isSameAs(root);
            assertThat(title.getTextContent()).contains(report.context().orElseThrow().organization().orElseThrow()).contains("2026-10-01");
            assertThat(root.getAttribute("font-family")).contains("Noto Sans CJK JP");
            // rings for levels 1 to 5 (level 0 is the centre) and their numbers 0 to 5
            assertThat(elements(d, "polygon").size()).isGreaterThanOrEqualTo(5 + 1);
            assertThat(elements(d, "text").stream().map(Element::getTextContent)).contains("0", "1", "2", "3", "4", "5");
            assertThat(svg).doesNotContain("<script").doesNotContain("href").doesNotContain("<style").doesNotContain("-0.00");
        }
    }

    @Test
    void frameworks_hasOneAxisPerFramework_withUnscoredFrameworksGreyAndWithoutAPoint() throws Exception {
        ScoreReport report = Fixtures.englishReport();
        Document d = parse(RadarChart.frameworks(report, Fixtures.EN));
        List<Element> labels = axisLabels(d);
        assertThat(labels).extracting(Element::getTextContent)
                .containsExactlyElementsOf(report.frameworks().stream().map(f -> f.framework().toString()).toList());
        for (int i = 0; i < labels.size(); i++) {
            Element label = labels.get(i);
            FrameworkStatus status = report.frameworks().get(i).status();
            assertThat(label.getAttribute("fill")).as(label.getTextContent()).isEqualTo(status == FrameworkStatus.SCORED ? "#1f2937" : "#9ca3af");
            assertThat(label.getAttribute("text-decoration")).isEqualTo(status == FrameworkStatus.EXCLUDED ? "line-through" : "");
            assertThat(label.getAttribute("font-style")).isEqualTo(status == FrameworkStatus.OUT_OF_SCOPE ? "italic" : "");
        }
        long scored = report.frameworks().stream().filter(f -> f.level().isPresent()).count();
        assertThat(elements(d, "circle")).hasSize((int) scored);
        // the current polygon (solid) and the target polygon (dashed)
        assertThat(elements(d, "polygon")).anySatisfy(p -> {
            assertThat(p.getAttribute("stroke-dasharray")).isEqualTo("6 4");
            assertThat(p.getAttribute("points").split(" ")).hasSize(25); // scored 23 + unanswered 2
        });
        assertThat(elements(d, "polygon")).anySatisfy(p -> {
            assertThat(p.getAttribute("stroke-dasharray")).isEmpty();
            assertThat(p.getAttribute("points").split(" ")).hasSize((int) scored);
        });
        // the legend names the states
        assertThat(elements(d, "text").stream().map(Element::getTextContent))
                .contains("current level", "target level", "excluded", "unanswered", "out of scope");
    }

    @Test
    void areas_plotsTheExactAveragesAndGreysAreasWithoutData() throws Exception {
        Rubric ja = Fixtures.JA;
        Assessment a = Assessment.builder(ja).score("1.1", 3).score("1.2", 2).score("2.1", 5).score("3.1", 1).score("4.2", 3)
                .score("5.3", 2).build();
        ScoreReport report = Scoring.score(a, ja);
        String svg = RadarChart.areas(report, ja);
        Document d = parse(svg);
        List<Element> labels = axisLabels(d);
        assertThat(labels).hasSize(6);
        assertThat(labels.get(0).getTextContent()).startsWith("1 ステークホルダ");
        assertThat(labels.get(5).getAttribute("fill")).isEqualTo("#9ca3af"); // area 6: nothing scored
        assertThat(labels.get(0).getAttribute("fill")).isEqualTo("#1f2937");
        assertThat(elements(d, "circle")).hasSize(5);
        // area 1 averages 5/2 = 2.5: on the top axis at 2.5/5 of the radius 150 above the centre (280, 252)
        assertThat(elements(d, "circle").get(0).getAttribute("cx")).isEqualTo("280.00");
        assertThat(elements(d, "circle").get(0).getAttribute("cy")).isEqualTo("177.00");
        // the target band: a shaded ring and two dashed hexagons
        assertThat(elements(d, "path")).hasSize(1);
        assertThat(elements(d, "polygon").stream().filter(p -> p.getAttribute("stroke-dasharray").equals("6 4"))).hasSize(2);
        assertThat(elements(d, "title").get(1).getTextContent()).isNotEmpty();
        assertThat(svg).contains("目標範囲 2.5〜3.0");
    }

    @Test
    void areaLabels_breakAtSpacesFirst_andAreTruncatedAfterTheLastLine() {
        assertThat(RadarChart.labelLines("1 Stakeholder Ecosystem Management", 20, 3)).containsExactly("1 Stakeholder", "Ecosystem Management");
        assertThat(RadarChart.labelLines("1 ステークホルダ エコシステム マネジメント", 20, 3))
                .containsExactly("1 ステークホルダ", "エコシステム", "マネジメント");
        assertThat(RadarChart.labelLines("6 トレーニングと教育", 20, 3)).containsExactly("6 トレーニングと教育");
        assertThat(RadarChart.labelLines("a bb ccc dddd eeeee ffffff", 6, 2)).containsExactly("a bb", "ccc d…");
        assertThat(RadarChart.labelLines("脆弱性情報のトリアージと分析をする", 10, 3))
                .allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(10));
    }

    @Test
    void charts_escapeTextsAndStayWellFormedWithHostileInput() throws Exception {
        Rubric en = Fixtures.EN;
        Assessment a = Assessment.builder(en).organization("<script>&\"'\u0001\uD800]]>").date(LocalDate.of(2026, 2, 3)).score("2.1", 3).build();
        ScoreReport report = Scoring.score(a, en);
        for (String svg : List.of(RadarChart.frameworks(report, en), RadarChart.areas(report, en))) {
            Document d = parse(svg);
            assertThat(d.getDocumentElement().getElementsByTagNameNS(Markup.SVG_NAMESPACE, "title").item(0).getTextContent())
                    .contains("<script>&\"'\uFFFD\uFFFD]]>");
            assertThat(svg).doesNotContain("<script");
        }
    }

    @Test
    void charts_areDeterministicWhateverTheDefaultLocale() {
        ScoreReport report = Fixtures.japaneseReport();
        String svg = RadarChart.frameworks(report, Fixtures.JA);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma
            assertThat(RadarChart.frameworks(report, Fixtures.JA)).isEqualTo(svg);
            assertThat(RadarChart.areas(report, Fixtures.JA)).doesNotContainPattern("\\d,\\d\\d\"");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
