package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Comparisons;
import org.psirtmaturity.scoring.ScoreReport;

/**
 * Renders the HTML pages of a realistic Japanese and English report, and of a comparison, in headless
 * Chromium. For each page it checks the screenshot (it exists, is not blank, the charts are drawn)
 * and that the browser reported no console error and no failed resource load; for the Japanese pages
 * it also lays the page out at three widths and checks that no heading, paragraph, caption, card text
 * or table cell leaves one character alone on a line. The pages and screenshots stay in {@code target/}
 * for a reviewer ({@code target/report-ja.png}, {@code target/comparison-ja.png} …).
 */
class HtmlRenderingTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** The current-level blue, its translucent fill and anti-aliased edges included. */
    private static boolean isBlue(int r, int g, int b) {
        return b > 150 && b - r > 20 && b - g > 10;
    }

    /** The older report's grey (#6b7280) of the comparison charts, exactly. */
    private static boolean isOlderGrey(int r, int g, int b) {
        return r == 0x6b && g == 0x72 && b == 0x80;
    }

    @BeforeEach
    void requireBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            Assumptions.abort("no browser at " + CHROMIUM + " (CI installs chromium)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void html_rendersInABrowserWithoutErrors(String lang) throws Exception {
        ScoreReport report = lang.equals("ja") ? Fixtures.japaneseReport() : Fixtures.englishReport();
        BufferedImage image = screenshot("report-" + lang, Reports.render(report, Fixtures.rubric(lang), ReportFormat.HTML));
        Stats page = Stats.of(image, 0, 0, image.getWidth(), image.getHeight());
        assertThat(page.distinctColours).as("distinct colours of the page").isGreaterThan(200);
        // the charts sit below the header and summary, side by side: roughly y 560..1160 at 1280 px
        Stats charts = Stats.of(image, 80, 560, 1200, 1160);
        assertThat(charts.distinctColours).as("distinct colours of the chart region").isGreaterThan(100);
        assertThat(charts.nonWhiteShare).as("share of non-white pixels in the chart region").isGreaterThan(0.08);
        // the fixture is partial: the frameworks' levels are open lines without fill, the areas' polygon is filled
        assertThat(charts.blueShare).as("share of the current-level blue in the chart region").isGreaterThan(0.012);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void comparison_rendersBothReportsInTheChartsWithoutErrors(String lang) throws Exception {
        BufferedImage image = screenshot("comparison-" + lang, comparisonPage(lang));
        Stats page = Stats.of(image, 0, 0, image.getWidth(), image.getHeight());
        assertThat(page.distinctColours).as("distinct colours of the page").isGreaterThan(150);
        // the blue of the newer report and the grey of the older are drawn only in the charts
        assertThat(page.blueShare).as("share of the newer report's blue").isGreaterThan(0.004);
        assertThat(page.greyPixels).as("pixels of the older report's grey").isGreaterThan(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "comparison"})
    void japanese_neverLeavesOneCharacterAloneOnALine(String page) throws Exception {
        String html = page.equals("report") ? Reports.render(Fixtures.japaneseReport(), Fixtures.JA, ReportFormat.HTML)
                : comparisonPage("ja");
        String result = lineCheck(page + "-ja-lines", html);
        assertThat(result).as("the browser applies phrase-aware breaking").startsWith("word-break: auto-phrase\n");
        for (int width : List.of(1280, 800, 390)) {
            Matcher checked = Pattern.compile("checked at " + width + " px: (\\d+)").matcher(result);
            assertThat(checked.find()).as("laid out at %d px: %s", width, result).isTrue();
            assertThat(Integer.parseInt(checked.group(1))).as("elements checked at %d px", width).isGreaterThan(40);
        }
        assertThat(result.lines().filter(l -> l.startsWith("alone")).toList()).as("lines holding one character alone").isEmpty();
    }

    private static String comparisonPage(String lang) {
        Rubric rubric = Fixtures.rubric(lang);
        ScoreReport older = ComparisonRenderingTest.earlier(rubric);
        ScoreReport newer = ComparisonRenderingTest.later(rubric);
        return Reports.renderComparison(Comparisons.compare(older, newer), older, newer, rubric, ReportFormat.HTML);
    }

    /** Writes the page to {@code target/NAME.html}, takes its screenshot at 1280 × 2400 and checks the browser's log. */
    private static BufferedImage screenshot(String name, String html) throws Exception {
        Path page = Path.of("target", name + ".html").toAbsolutePath();
        Path png = Path.of("target", name + ".png").toAbsolutePath();
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Files.deleteIfExists(png);
        String log = chromium(name, List.of("--window-size=1280,2400", "--screenshot=" + png, page.toUri().toString())).log();
        assertThat(log.lines().filter(l -> l.contains("CONSOLE")).toList()).as("console messages").isEmpty();
        assertThat(log).doesNotContain("Failed to load resource").doesNotContain("Content Security Policy")
                .doesNotContain("Refused to");
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2400);
        return image;
    }

    /**
     * Lays a copy of the page out with {@code line-check.js} (the copy without the page's
     * Content-Security-Policy, which forbids scripts) and returns what the script found.
     */
    private static String lineCheck(String name, String html) throws Exception {
        String script;
        try (InputStream in = HtmlRenderingTest.class.getResourceAsStream("line-check.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String instrumented = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
                .replace("</body>", "<script>\n" + script + "</script>\n</body>");
        assertThat(instrumented).doesNotContain("http-equiv=\"Content-Security-Policy\"").contains("line-check");
        Path page = Path.of("target", name + ".html").toAbsolutePath();
        Files.writeString(page, instrumented, StandardCharsets.UTF_8);
        String dom = chromium(name, List.of("--window-size=1280,2400", "--dump-dom", page.toUri().toString())).out();
        Matcher m = Pattern.compile("<pre id=\"line-check\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("the script's result in the page").isTrue();
        return m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private record Run(String out, String log) {
    }

    /** Runs headless Chromium with a fresh profile; fails unless it ends within 60 s with exit code 0. */
    private static Run chromium(String name, List<String> arguments) throws Exception {
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
        Path stdout = Path.of("target", name + ".chromium.out").toAbsolutePath();
        Path stderr = Path.of("target", name + ".chromium.log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean finished = p.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        deleteRecursively(profile);
        assertThat(finished).as("chromium finished within 60 s").isTrue();
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("chromium exit code; log:%n%s", log).isZero();
        return new Run(Files.readString(stdout, StandardCharsets.UTF_8), log);
    }

    private record Stats(int distinctColours, double nonWhiteShare, double blueShare, long greyPixels) {
        static Stats of(BufferedImage img, int x0, int y0, int x1, int y1) {
            Set<Integer> colours = new HashSet<>();
            long nonWhite = 0;
            long blue = 0;
            long grey = 0;
            long all = 0;
            for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
                for (int x = x0; x < Math.min(x1, img.getWidth()); x++) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    int r = rgb >> 16 & 0xFF;
                    int g = rgb >> 8 & 0xFF;
                    int b = rgb & 0xFF;
                    if (r < 245 || g < 245 || b < 245) {
                        nonWhite++;
                    }
                    if (isBlue(r, g, b)) {
                        blue++;
                    }
                    if (isOlderGrey(r, g, b)) {
                        grey++;
                    }
                    all++;
                }
            }
            return new Stats(colours.size(), (double) nonWhite / all, (double) blue / all, grey);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
