package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void parse_ignoresCaseAndSurroundingWhitespace() {
        assertThat(ReportFormat.parse("text")).isEqualTo(ReportFormat.TEXT);
        assertThat(ReportFormat.parse("Markdown")).isEqualTo(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.parse(" JSON ")).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.parse("hTmL")).isEqualTo(ReportFormat.HTML);
    }

    @Test
    void parse_rejectsAnUnknownNameListingTheNames() {
        assertThatThrownBy(() -> ReportFormat.parse("pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"pdf\"")
                .hasMessageContaining("text, markdown, json, html");
        assertThatThrownBy(() -> ReportFormat.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportFormat.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void formats_carryTheirFileExtensionAndMediaType() {
        assertThat(ReportFormat.TEXT.fileExtension()).isEqualTo("txt");
        assertThat(ReportFormat.MARKDOWN.fileExtension()).isEqualTo("md");
        assertThat(ReportFormat.JSON.mediaType()).isEqualTo("application/json");
        assertThat(ReportFormat.HTML.mediaType()).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void renderOptions_defaultTo80ColumnsWithLevelTexts_andRejectNarrowWidths() {
        assertThat(RenderOptions.defaults()).isEqualTo(new RenderOptions(80, true));
        assertThat(RenderOptions.defaults().withWidth(100).withIncludeLevelTexts(false)).isEqualTo(new RenderOptions(100, false));
        assertThatThrownBy(() -> new RenderOptions(59, true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("59");
        assertThatThrownBy(() -> RenderOptions.defaults().withWidth(1001)).isInstanceOf(IllegalArgumentException.class);
    }
}
