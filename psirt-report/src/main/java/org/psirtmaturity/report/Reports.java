package org.psirtmaturity.report;

import java.util.Locale;
import java.util.Objects;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.scoring.Portfolio;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.ScoreReport;
import org.psirtmaturity.json.ComparisonJson;
import org.psirtmaturity.json.PortfolioJson;
import org.psirtmaturity.json.ReportJson;

/**
 * Renders score reports and comparisons for people, in the {@link ReportFormat formats} text,
 * Markdown, JSON and HTML.
 *
 * <p><b>Content.</b> Every human-readable format shows: the rubric's title; organisation, assessor and
 * date when the report has them; the overall average (its display value, rounded HALF_UP to two
 * decimals as {@link org.psirtmaturity.scoring.Fraction#displayValue()}, with the exact fraction);
 * the target band and the status ({@code BELOW}, {@code WITHIN}, {@code ABOVE} or {@code NO_DATA} in
 * English, a Japanese word in Japanese); completeness (scored, excluded, unanswered, out of scope) with
 * a clear notice for a partial assessment; a table of the service areas (average, band); a table of the frameworks (id,
 * title, level or excluded (reason), unanswered or out of scope, target); the roadmap of gaps in the
 * report's order, each level to climb with its rubric text (or "undefined in the sheet") and its FIRST
 * citations; FIRST Maturity Level 1 (met, missing or unknown per requirement); flags (answers at
 * undefined levels); and the provenance (rubric id, edition, language, content digest, FIRST numbering,
 * averaging, library version). HTML adds two {@link RadarChart radar charts}; the HTML comparison
 * draws the older and the newer report in one chart each for frameworks and areas.
 *
 * <p><b>Language.</b> Labels follow the rubric's locale ({@link Rubric#locale()}): Japanese for
 * {@code ja}, English for any other; never the JVM's default locale. Titles and level texts are quoted
 * from the {@code rubric} argument, so a report scored with the Japanese rubric can be rendered in
 * English by passing the English rubric of the same edition. Texts from the assessment (organisation,
 * assessor, exclusion reasons) are shown as given, escaped for the format; in text output control
 * characters become spaces.
 *
 * <p><b>Purity.</b> Static, pure and thread-safe: no I/O (labels come from this module's own bundles),
 * no logging, no global state; the same arguments always give the same text. Lines end with
 * {@code \n}.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Renders a report with the {@link RenderOptions#defaults() default options}.
     *
     * @param report the score report
     * @param rubric a rubric with the report's id and edition, in the language to render in
     * @param format the format
     * @return the rendered report
     * @throws IllegalArgumentException if the report was scored against another rubric id or edition
     * @throws NullPointerException     if an argument is null
     */
    public static String render(ScoreReport report, Rubric rubric, ReportFormat format) {
        return render(report, rubric, format, RenderOptions.defaults());
    }

    /**
     * Renders a report.
     *
     * @param report  the score report
     * @param rubric  a rubric with the report's id and edition, in the language to render in
     * @param format  the format; {@link ReportFormat#JSON} is {@link ReportJson#write(ScoreReport)}
     *                unchanged, the scoring module's stable {@code psirt-score-report/1} format
     * @param options the layout options
     * @return the rendered report
     * @throws IllegalArgumentException if the report was scored against another rubric id or edition
     * @throws NullPointerException     if an argument is null
     */
    public static String render(ScoreReport report, Rubric rubric, ReportFormat format, RenderOptions options) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Facts facts = Facts.of(report, rubric);
        return switch (format) {
            case TEXT -> TextReport.render(facts, options);
            case MARKDOWN -> MarkdownReport.render(facts, options);
            case JSON -> ReportJson.write(report);
            case HTML -> HtmlReport.render(facts, options);
        };
    }

    /**
     * Renders a comparison of two reports: the overall change and band change, each area's averages,
     * change and band change, and the frameworks that improved or regressed. Text is
     * {@value RenderOptions#DEFAULT_WIDTH} columns wide. JSON is this module's
     * {@code psirt-report-comparison/1}: the two reports' rubrics and contexts, then the exact
     * averages and changes (numerator, denominator and rounded value), the frameworks' states and
     * level changes, and the ids of the improved and regressed frameworks.
     *
     * @param comparison the comparison, from {@link org.psirtmaturity.scoring.Comparisons#compare}
     * @param older      the older report of the comparison (for its context)
     * @param newer      the newer report of the comparison (for its context)
     * @param rubric     a rubric with the newer report's id and edition, in the language to render in
     * @param format     the format
     * @return the rendered comparison
     * @throws IllegalArgumentException if the comparison names other rubrics than the two reports, or
     *                                  the rubric is not the newer report's (id and edition)
     * @throws NullPointerException     if an argument is null
     */
    public static String renderComparison(ReportComparison comparison, ScoreReport older, ScoreReport newer, Rubric rubric,
            ReportFormat format) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(format, "format");
        Facts.requireComparisonOf(comparison, older, newer, rubric);
        Facts newerFacts = Facts.of(newer, rubric);
        Facts olderFacts = Facts.forComparison(older, rubric, newerFacts.labels);
        return switch (format) {
            case TEXT -> TextReport.renderComparison(comparison, olderFacts, newerFacts, RenderOptions.defaults());
            case MARKDOWN -> MarkdownReport.renderComparison(comparison, olderFacts, newerFacts);
            case JSON -> ComparisonJson.write(comparison, older, newer);
            case HTML -> HtmlReport.renderComparison(comparison, olderFacts, newerFacts);
        };
    }

    /**
     * Renders a portfolio with the {@link RenderOptions#defaults() default options}.
     *
     * @param portfolio the portfolio, from {@link Portfolio#builder}
     * @param rubric    a rubric with the portfolio's id and edition, in the language to render in
     * @param format    the format
     * @return the rendered portfolio
     * @throws IllegalArgumentException if the portfolio is on another rubric id or edition
     * @throws NullPointerException     if an argument is null
     */
    public static String renderPortfolio(Portfolio portfolio, Rubric rubric, ReportFormat format) {
        return renderPortfolio(portfolio, rubric, format, RenderOptions.defaults());
    }

    /**
     * Renders a portfolio: many units' latest assessments in one picture. Every human-readable format
     * shows the number of units and reports; the mean of the units' overall averages (display value and
     * exact fraction) with its band and the target band; how many units are BELOW, WITHIN, ABOVE or have
     * NO_DATA; how many reach FIRST Maturity Level 1 and meet each of its requirements; each unit's
     * snapshot (date, or "undated" when the unit has no dated assessment, with a notice; average, band,
     * Level 1) and trend; a heatmap of units × frameworks (the level, or excluded, unanswered, out of
     * scope); the distribution per framework (units at each level, excluded, unanswered, the mean, units
     * below target); the service areas' means; and the group roadmap with the next level's rubric text
     * and FIRST citations. Units without an organisation are named "(no organization) #1", #2 … in the
     * portfolio's order. Text is {@code options.width()} columns wide and shows the heatmap as one
     * character per framework; HTML draws the heatmap, the distribution, the band summary and each
     * unit's trend as inline SVG, self-contained like the score report's page. JSON is
     * {@link PortfolioJson#write(Portfolio)}, {@code psirt-portfolio/1}, unchanged.
     *
     * @param portfolio the portfolio, from {@link Portfolio#builder}
     * @param rubric    a rubric with the portfolio's id and edition, in the language to render in
     * @param format    the format
     * @param options   the width of text, and whether the roadmap quotes the next level's text
     * @return the rendered portfolio, ending with a line break
     * @throws IllegalArgumentException if the portfolio is on another rubric id or edition
     * @throws NullPointerException     if an argument is null
     */
    public static String renderPortfolio(Portfolio portfolio, Rubric rubric, ReportFormat format, RenderOptions options) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        PortfolioFacts facts = PortfolioFacts.of(portfolio, rubric);
        return switch (format) {
            case TEXT -> PortfolioText.text(facts, options);
            case MARKDOWN -> PortfolioText.markdown(facts, options);
            case JSON -> PortfolioJson.write(portfolio);
            case HTML -> PortfolioHtml.render(facts, options);
        };
    }

    /**
     * Renders the rubric itself as plain text for a terminal: every area, framework, objective,
     * level (an undefined level is marked as such) and note, wrapped to {@code options.width()}
     * display columns (wide characters count two), with labels in the rubric's language.
     *
     * @param rubric  the rubric
     * @param options the width; {@code includeLevelTexts} is ignored (the level texts are the content)
     * @return the text, one line per row, ending with a newline
     * @throws NullPointerException if an argument is null
     */
    public static String renderRubric(Rubric rubric, RenderOptions options) {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(options, "options");
        return RubricText.render(rubric, options);
    }

    /**
     * Returns the name of a FIRST maturity requirement as the reports show it: the label of a
     * requirement of FIRST Maturity Level 1 in the language of {@code locale} (Japanese for
     * {@code ja}, English otherwise; never the JVM's default), else the requirement's own description.
     *
     * @param requirement the requirement, e.g. one of {@code MaturityProfile.firstLevel1().requirements()}
     * @param locale      the language of the name
     * @return the name, e.g. "Executive sponsorship" or 「経営層の支援」
     * @throws NullPointerException if an argument is null
     */
    public static String requirementName(Requirement requirement, Locale locale) {
        Objects.requireNonNull(requirement, "requirement");
        return Labels.of(Objects.requireNonNull(locale, "locale")).requirement(requirement);
    }
}
