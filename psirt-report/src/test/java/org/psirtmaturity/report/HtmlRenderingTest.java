package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.scoring.ScoreReport;

/**
 * Renders the HTML page of a realistic Japanese and English report in headless Chromium and checks
 * the screenshot: it exists, is not blank, the chart region is drawn, and the browser reported no
 * console error and no failed resource load. The pages and screenshots stay in {@code target/} for
 * a reviewer ({@code target/report-ja.png}, {@code target/report-en.png}).
 */
class HtmlRenderingTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void html_rendersInABrowserWithoutErrors(String lang) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            Assumptions.abort("no browser at " + CHROMIUM + " (CI installs chromium)");
        }
        ScoreReport report = lang.equals("ja") ? Fixtures.japaneseReport() : Fixtures.englishReport();
        Path html = Path.of("target", "report-" + lang + ".html").toAbsolutePath();
        Path png = Path.of("target", "report-" + lang + ".png").toAbsolutePath();
        Files.writeString(html, Reports.render(report, Fixtures.rubric(lang), ReportFormat.HTML), StandardCharsets.UTF_8);
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
        Path stderr = Path.of("target", "report-" + lang + ".chromium.log").toAbsolutePath();

        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--window-size=1280,2400",
                "--screenshot=" + png, html.toUri().toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        boolean finished = p.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        deleteRecursively(profile);
        assertThat(finished).as("chromium finished within 60 s").isTrue();
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("chromium exit code; log:%n%s", log).isZero();
        assertThat(log.lines().filter(l -> l.contains("CONSOLE")).toList()).as("console messages").isEmpty();
        assertThat(log).doesNotContain("Failed to load resource").doesNotContain("Content Security Policy")
                .doesNotContain("Refused to");

        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2400);
        Stats page = Stats.of(image, 0, 0, image.getWidth(), image.getHeight());
        assertThat(page.distinctColours).as("distinct colours of the page").isGreaterThan(200);
        // the charts sit below the header and summary, side by side: roughly y 560..1160 at 1280 px
        Stats charts = Stats.of(image, 80, 560, 1200, 1160);
        assertThat(charts.distinctColours).as("distinct colours of the chart region").isGreaterThan(100);
        assertThat(charts.nonWhiteShare).as("share of non-white pixels in the chart region").isGreaterThan(0.08);
        assertThat(charts.blueShare).as("share of the current-level blue in the chart region").isGreaterThan(0.02);
    }

    private record Stats(int distinctColours, double nonWhiteShare, double blueShare) {
        static Stats of(BufferedImage img, int x0, int y0, int x1, int y1) {
            Set<Integer> colours = new HashSet<>();
            long nonWhite = 0;
            long blue = 0;
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
                    if (b > 150 && b - r > 20 && b - g > 10) { // the current-level blue, its translucent fill included
                        blue++;
                    }
                    all++;
                }
            }
            return new Stats(colours.size(), (double) nonWhite / all, (double) blue / all);
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
