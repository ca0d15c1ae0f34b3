package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Scoring;

class MarkdownReportTest {

    /** The number of cell separators of a table row: pipes not escaped with a backslash. */
    private static int unescapedPipes(String row) {
        int n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    private static String hostile(Rubric rubric) {
        Assessment a = Assessment.builder(rubric)
                .organization("A | B <script>alert(1)</script> *bold* _it_ `code` [x](javascript:alert(1)) ![i](y) & &amp; # ~~s~~")
                .assessor("C\\|D").date(LocalDate.of(2026, 1, 1))
                .score("2.1", 2).exclude("5.4", "left | right\nsecond line").exclude("6.4", "[link](https://example.com)")
                .build();
        return Reports.render(Scoring.score(a, rubric), rubric, ReportFormat.MARKDOWN);
    }

    @Test
    void markdown_escapesPipesSoEveryRowOfATableHasItsColumns() {
        for (Rubric rubric : List.of(Fixtures.JA, Fixtures.EN)) {
            String md = hostile(rubric);
            List<List<String>> tables = new ArrayList<>();
            List<String> current = null;
            for (String line : md.lines().toList()) {
                if (line.startsWith("|")) {
                    if (current == null) {
                        current = new ArrayList<>();
                        tables.add(current);
                    }
                    current.add(line);
                } else {
                    current = null;
                }
            }
            assertThat(tables).hasSizeGreaterThanOrEqualTo(4);
            for (List<String> table : tables) {
                int columns = unescapedPipes(table.get(0));
                assertThat(table).allSatisfy(row -> assertThat(unescapedPipes(row)).as(row).isEqualTo(columns));
                assertThat(table.get(1)).matches("\\|(-*-:?\\|)+|\\|(---:?\\|)+");
            }
            assertThat(md).contains("left \\| right<br>second line");
        }
    }

    @Test
    void markdown_escapesEmphasisLinksAndHtml() {
        String md = hostile(Fixtures.EN);
        assertThat(md).doesNotContainPattern("(?<!\\\\)<(?!br>)").contains("\\<script\\>");
        assertThat(md).contains("\\*bold\\*").contains("\\_it\\_").contains("\\`code\\`").contains("\\~\\~s\\~\\~");
        assertThat(md).doesNotContainPattern("(?<!\\\\)\\]\\(").contains("[x\\](javascript:alert(1))").contains("\\![i\\](y)");
        assertThat(md).contains("\\& \\&amp;");
        assertThat(md).contains("C\\\\\\|D");
    }

    @Test
    void markdown_keepsCitationsReadableAndUsesGithubTables() {
        String md = Reports.render(Fixtures.japaneseReport(), Fixtures.JA, ReportFormat.MARKDOWN);
        assertThat(md).startsWith("# PSIRT Services Framework").contains("[5.3.2.1]").doesNotContain("\\[5.3.2.1");
        assertThat(md).contains("| 2.1 | 脆弱性報告の受付 | `███░░` 3 | 3 |");
        assertThat(md).contains("| 6.3 | 診断チームのトレーニング | *対象外* | — |");
        assertThat(md).contains("> **部分的な評価：");
    }
}
