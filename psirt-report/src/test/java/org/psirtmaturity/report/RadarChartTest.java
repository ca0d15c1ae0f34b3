package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Comparisons;
import org.psirtmaturity.scoring.ReportComparison;
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
        // the target polygon (dashed) passes over the unanswered frameworks: they have a target
        assertThat(elements(d, "polygon")).anySatisfy(p -> {
            assertThat(p.getAttribute("stroke-dasharray")).isEqualTo("6 4");
            assertThat(p.getAttribute("points").split(" ")).hasSize(25); // scored 23 + unanswered 2
        });
        // the assessment is partial (1.7 and 6.5 unanswered): the current levels are open lines, never a polygon
        assertThat(elements(d, "polygon")).noneSatisfy(p -> assertThat(p.getAttribute("stroke")).isEqualTo(CURRENT));
        List<Element> lines = elements(d, "polyline").stream().filter(p -> p.getAttribute("stroke").equals(CURRENT)).toList();
        assertThat(lines).hasSize(2).allSatisfy(p -> assertThat(p.getAttribute("fill")).isEqualTo("none"));
        assertThat(lines.stream().mapToInt(p -> p.getAttribute("points").split(" ").length).sum()).isEqualTo((int) scored);
        assertNoLineCrossesAnUnansweredAxis(d, report, CURRENT);
        // the legend names the states
        assertThat(elements(d, "text").stream().map(Element::getTextContent))
                .contains("current level", "target level", "excluded", "unanswered", "out of scope");
    }

    static final String CURRENT = "#2563eb";
    static final String OLDER = "#6b7280";
    private static final double CX = 280;
    private static final double CY = 252;

    /** The index of the axis a point lies on, of n axes clockwise from the top (the point is not the centre). */
    static int axisOf(String point, int n) {
        String[] xy = point.split(",");
        double angle = Math.atan2(Double.parseDouble(xy[0]) - CX, CY - Double.parseDouble(xy[1]));
        if (angle < 0) {
            angle += 2 * Math.PI;
        }
        return (int) Math.round(angle * n / (2 * Math.PI)) % n;
    }

    /**
     * Checks that every segment of the lines in a colour joins two axes with nothing but excluded or
     * out-of-scope frameworks between them (going clockwise): no segment crosses an unanswered one.
     */
    static void assertNoLineCrossesAnUnansweredAxis(Document d, ScoreReport report, String colour) {
        int n = report.frameworks().size();
        List<Element> shapes = new ArrayList<>(elements(d, "polyline"));
        shapes.addAll(elements(d, "polygon"));
        for (Element shape : shapes) {
            if (!shape.getAttribute("stroke").equals(colour)) {
                continue;
            }
            String[] pts = shape.getAttribute("points").split(" ");
            int segments = shape.getLocalName().equals("polygon") ? pts.length : pts.length - 1;
            for (int s = 0; s < segments; s++) {
                int from = axisOf(pts[s], n);
                int to = axisOf(pts[(s + 1) % pts.length], n);
                for (int k = (from + 1) % n; k != to; k = (k + 1) % n) {
                    FrameworkStatus between = report.frameworks().get(k).status();
                    assertThat(between).as("axis %d between %d and %d", k, from, to)
                            .isIn(FrameworkStatus.EXCLUDED, FrameworkStatus.OUT_OF_SCOPE);
                }
            }
        }
    }

    @Test
    void frameworks_ofACompleteAssessment_isAFilledPolygon() throws Exception {
        ScoreReport report = Fixtures.allAt(Fixtures.EN, 3);
        Document d = parse(RadarChart.frameworks(report, Fixtures.EN));
        assertThat(elements(d, "polyline")).isEmpty();
        List<Element> current = elements(d, "polygon").stream().filter(p -> p.getAttribute("stroke").equals(CURRENT)).toList();
        assertThat(current).hasSize(1);
        assertThat(current.get(0).getAttribute("fill")).isEqualTo("rgba(37,99,235,0.18)");
        assertNoLineCrossesAnUnansweredAxis(d, report, CURRENT);
    }

    @Property(tries = 150)
    void frameworks_neverDrawsALineAcrossAnUnansweredFramework(@ForAll("answers") List<Integer> answers) throws Exception {
        Rubric en = Fixtures.EN;
        Assessment.Builder b = Assessment.builder(en);
        List<org.psirtmaturity.model.Framework> inScope = en.frameworks().stream().filter(f -> !f.outOfScope()).toList();
        for (int i = 0; i < inScope.size(); i++) {
            String id = inScope.get(i).id().toString();
            int a = answers.get(i);
            if (a == 0) {
                b.unanswered(id);
            } else if (a == 6) {
                b.exclude(id, "not ours");
            } else {
                b.score(id, a);
            }
        }
        ScoreReport report = Scoring.score(b.build(), en);
        Document d = parse(RadarChart.frameworks(report, en));
        assertNoLineCrossesAnUnansweredAxis(d, report, CURRENT);
        long scored = report.frameworks().stream().filter(f -> f.level().isPresent()).count();
        assertThat(elements(d, "circle")).hasSize((int) scored);
    }

    @Provide
    Arbitrary<List<Integer>> answers() {
        // 0: unanswered, 1..5: scored (level 0 would sit on the centre, on no axis), 6: excluded
        return Arbitraries.integers().between(0, 6).list().ofSize(27);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void comparison_drawsTheOlderAndNewerReportsInOneChart(String lang) throws Exception {
        Rubric rubric = Fixtures.rubric(lang);
        ScoreReport older = ComparisonRenderingTest.earlier(rubric);
        ScoreReport newer = ComparisonRenderingTest.later(rubric);
        ReportComparison c = Comparisons.compare(older, newer);
        Labels l = Labels.of(rubric.locale());

        String svg = RadarChart.frameworks(c, older, newer, rubric);
        Document d = parse(svg);
        assertThat(d.getDocumentElement().getAttribute("aria-labelledby")).startsWith("radar-compare-frameworks-title");
        // both partial (1.7 and 6.5 unanswered): two open lines each, the older dashed grey, the newer solid blue
        List<Element> olderLines = elements(d, "polyline").stream().filter(p -> p.getAttribute("stroke").equals(OLDER)).toList();
        List<Element> newerLines = elements(d, "polyline").stream().filter(p -> p.getAttribute("stroke").equals(CURRENT)).toList();
        assertThat(olderLines).isNotEmpty().allSatisfy(p -> assertThat(p.getAttribute("stroke-dasharray")).isEqualTo("6 4"));
        assertThat(newerLines).isNotEmpty().allSatisfy(p -> assertThat(p.getAttribute("stroke-dasharray")).isEmpty());
        assertNoLineCrossesAnUnansweredAxis(d, older, OLDER);
        assertNoLineCrossesAnUnansweredAxis(d, newer, CURRENT);
        // one dot per scored framework of each report: 1.1 is at level 3 before, at level 2 after (on the top axis)
        List<Element> circles = elements(d, "circle");
        assertThat(circles).hasSize(23 + 23);
        assertThat(circles).anySatisfy(e -> assertThat(e.getAttribute("cy")).isEqualTo("138.00")); // 252 - 190 * 3 / 5
        assertThat(circles).anySatisfy(e -> assertThat(e.getAttribute("cy")).isEqualTo("176.00")); // 252 - 190 * 2 / 5
        // the legend names both reports with their dates
        assertThat(elements(d, "text").stream().map(Element::getTextContent)).contains(
                l.format("chart.legend.dated", l.get("column.older"), "2026-10-01"),
                l.format("chart.legend.dated", l.get("column.newer"), "2027-10-01"));
        // a label's tooltip gives both states
        assertThat(svg).contains(l.format("chart.point", "1.1", rubric.framework(org.psirtmaturity.model.FrameworkId.parse("1.1"))
                .orElseThrow().title(), l.format("level.ofFive", 3) + " → " + l.format("level.ofFive", 2)));

        Document areas = parse(RadarChart.areas(c, older, newer, rubric));
        // six areas with data in both: two closed polygons and the band's two dashed hexagons
        assertThat(elements(areas, "polygon").stream().filter(p -> p.getAttribute("stroke").equals(OLDER))).hasSize(1);
        assertThat(elements(areas, "polygon").stream().filter(p -> p.getAttribute("stroke").equals(CURRENT))).hasSize(1);
        assertThat(elements(areas, "path")).hasSize(1);
        assertThat(elements(areas, "circle")).hasSize(12);
    }

    @Test
    void comparison_refusesAComparisonOfOtherReports() {
        ScoreReport older = ComparisonRenderingTest.earlier(Fixtures.EN);
        ScoreReport newer = ComparisonRenderingTest.later(Fixtures.EN);
        ReportComparison c = Comparisons.compare(older, newer);
        RubricStructure s = Fixtures.EN.structure();
        RubricStructure other = new RubricStructure(s.id(), "2.0", s.source(), s.guidance(), s.numbering(), s.areas());
        Map<String, String> texts = new HashMap<>();
        other.textKeys().forEach(k -> texts.put(k, Fixtures.EN.text(k).orElseThrow()));
        Rubric edition2 = Rubric.assemble(other, Locale.ENGLISH, texts);
        ScoreReport onEdition2 = Scoring.score(Fixtures.realistic(edition2, "X", "Y", "Z"), edition2);
        assertThatThrownBy(() -> RadarChart.frameworks(c, older, onEdition2, edition2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RadarChart.areas(c, older, newer, edition2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RadarChart.areas(c, older, newer, null)).isInstanceOf(NullPointerException.class);
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
        // area 6 has no data: the averages are one open line from area 1 to area 5, not a polygon through the gap
        assertThat(elements(d, "polygon")).noneSatisfy(p -> assertThat(p.getAttribute("stroke")).isEqualTo(CURRENT));
        assertThat(elements(d, "polyline")).singleElement()
                .satisfies(p -> assertThat(p.getAttribute("points").split(" ")).hasSize(5));
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
