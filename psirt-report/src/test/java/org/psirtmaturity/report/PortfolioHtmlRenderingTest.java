package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the portfolio page of six units in headless Chromium, in Japanese and English, and checks
 * the screenshot: the browser reported no console error, no blocked or failed load; the page is drawn;
 * the heatmap region shows the level colours and the orange below-target frames. The pages and
 * screenshots stay in {@code target/} for a reviewer ({@code target/portfolio-ja.png}).
 */
class PortfolioHtmlRenderingTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void portfolioPage_rendersInABrowserWithoutErrors(String lang) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            Assumptions.abort("no browser at " + CHROMIUM + " (CI installs chromium)");
        }
        Path html = Path.of("target", "portfolio-page-" + lang + ".html").toAbsolutePath();
        Path png = Path.of("target", "portfolio-" + lang + ".png").toAbsolutePath();
        Path log = Path.of("target", "portfolio-" + lang + ".chromium.log").toAbsolutePath();
        Files.writeString(html, Reports.renderPortfolio(lang.equals("ja") ? PortfolioFixtures.japanese() : PortfolioFixtures.english(),
                Fixtures.rubric(lang), ReportFormat.HTML), StandardCharsets.UTF_8);
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--window-size=1280,2400", "--force-device-scale-factor=1",
                "--screenshot=" + png, html.toUri().toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        boolean finished = p.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        assertThat(finished).as("chromium finished within 60 s").isTrue();
        String messages = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("chromium exit code; log:%n%s", messages).isZero();
        assertThat(messages.lines().filter(l -> l.contains("CONSOLE")).toList()).as("console messages").isEmpty();
        assertThat(messages).doesNotContain("Failed to load resource").doesNotContain("Content Security Policy").doesNotContain("Refused to");

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        Set<Integer> colours = new HashSet<>();
        long teal = 0;
        long orange = 0;
        long all = 0;
        // the heatmap sits below the header, the summary cards and the band bar: roughly y 680..1000 at 1280 px
        for (int y = 680; y < 1000; y++) {
            for (int x = 300; x < 1200; x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                teal += Math.abs(r - 0x41) < 12 && Math.abs(g - 0xb6) < 12 && Math.abs(b - 0xc4) < 12 ? 1 : 0; // level 3
                orange += r > 200 && g > 70 && g < 120 && b < 60 ? 1 : 0; // below target
                all++;
            }
        }
        assertThat(colours.size()).as("distinct colours of the heatmap region").isGreaterThan(100);
        assertThat((double) teal / all).as("share of the level-3 colour").isGreaterThan(0.02);
        assertThat(orange).as("pixels of the below-target frames").isGreaterThan(200);
    }
}
