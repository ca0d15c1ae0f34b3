package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Scoring;

class HtmlReportTest {

    private static String hostile(Rubric rubric) {
        Assessment a = Assessment.builder(rubric)
                .organization("<script>alert('org')</script> & Co. \"quoted\"")
                .assessor("<img src=x onerror=alert(1)>").date(LocalDate.of(2026, 1, 1))
                .score("2.1", 2).exclude("5.4", "</td><script>alert(2)</script>").exclude("6.4", "javascript:alert(3) <a href=\"x\">")
                .note("2.1", "<script>alert('note')</script>")
                .build();
        return Reports.render(Scoring.score(a, rubric), rubric, ReportFormat.HTML);
    }

    @Test
    void html_isOneSelfContainedUtf8Page() {
        for (Rubric rubric : List.of(Fixtures.JA, Fixtures.EN)) {
            String html = Reports.render(rubric == Fixtures.JA ? Fixtures.japaneseReport() : Fixtures.englishReport(), rubric, ReportFormat.HTML);
            assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + rubric.locale().getLanguage() + "\">")
                    .contains("<meta charset=\"utf-8\">").contains("<style>").endsWith("</html>\n");
            assertThat(html).contains("\"Noto Sans CJK JP\"", "\"Noto Sans JP\"", "\"Hiragino Sans\"", "\"Yu Gothic\"", "\"Meiryo\"");
            assertThat(countOf(html, "<svg ")).isEqualTo(2);
            assertThat(html).contains("id=\"radar-frameworks-title\"").contains("id=\"radar-areas-title\"");
            assertNothingExternalNorExecutable(html);
        }
    }

    @Test
    void html_escapesEveryText() {
        for (Rubric rubric : List.of(Fixtures.JA, Fixtures.EN)) {
            String html = hostile(rubric);
            assertNothingExternalNorExecutable(html);
            assertThat(html).contains("&lt;script&gt;alert(&#39;org&#39;)&lt;/script&gt; &amp; Co. &quot;quoted&quot;");
            assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
            assertThat(html).contains("&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
            assertThat(html).doesNotContain("alert('note')"); // notes are not part of a score report
        }
    }

    /** No script, no URL but the SVG namespace, nothing that loads a resource. */
    static void assertNothingExternalNorExecutable(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script").doesNotContain("<link").doesNotContain("<iframe").doesNotContain("<object")
                .doesNotContain("<embed").doesNotContain("<img").doesNotContain("<a ").doesNotContain("@import").doesNotContain("url(");
        assertThat(Pattern.compile("<[^>]*\\s(?:src|href|xlink:href|on[a-z]+)\\s*=").matcher(lower).find()).as("an attribute that loads or runs something")
                .isFalse();
        Matcher m = Pattern.compile("https?:").matcher(lower);
        while (m.find()) {
            assertThat(lower.substring(m.start())).as("URL at %d", m.start()).startsWith(Markup.SVG_NAMESPACE + "\"");
        }
        // every mention of http is the SVG namespace or the CSP meta element's http-equiv attribute
        Matcher any = Pattern.compile("http").matcher(lower);
        while (any.find()) {
            String rest = lower.substring(any.start());
            assertThat(rest.startsWith(Markup.SVG_NAMESPACE + "\"") || rest.startsWith("http-equiv=\"content-security-policy\""))
                    .as("http at %d: %s", any.start(), rest.substring(0, Math.min(60, rest.length()))).isTrue();
        }
    }

    @Test
    void html_forbidsScriptsAndExternalLoadsByContentSecurityPolicy() {
        String html = Reports.render(Fixtures.englishReport(), Fixtures.EN, ReportFormat.HTML);
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
    }

    @Test
    void html_showsLevelBarsAndTheRoadmap() {
        String html = Reports.render(Fixtures.japaneseReport(), Fixtures.JA, ReportFormat.HTML);
        assertThat(html).contains("<span class=\"bar\" role=\"img\" aria-label=\"レベル 3（最高 5）\"><i class=\"on\"></i><i class=\"on\"></i><i class=\"on\"></i><i></i><i></i></span>3");
        assertThat(html).contains("<ol class=\"gaps\">").contains("<span class=\"cite\">FIRST [5.3.2.1] [5.3.2.2]</span>");
        assertThat(html).contains("<p class=\"notice partial\">部分的な評価：");
    }

    private static int countOf(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
