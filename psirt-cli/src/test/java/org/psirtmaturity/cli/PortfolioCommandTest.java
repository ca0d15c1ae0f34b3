package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.psirtmaturity.cli.CliTest.Run;

class PortfolioCommandTest {

    private static String example(String name) throws Exception {
        return Files.readString(Path.of(CliTest.EXAMPLES + name), StandardCharsets.UTF_8);
    }

    /** One line of JSON: the example with another organisation and date (or none). */
    private static String line(String name, String organization, String date) throws Exception {
        String json = example(name).replaceAll("\\s*\n\\s*", " ");
        json = organization == null ? json.replaceFirst("\"organization\": \"[^\"]*\",\\s*", "")
                : json.replaceFirst("\"organization\": \"[^\"]*\"", "\"organization\": \"" + organization + "\"");
        return date == null ? json.replaceFirst(",\\s*\"date\": \"[^\"]*\"", "") : json.replaceFirst("\"date\": \"[^\"]*\"", "\"date\": \"" + date + "\"");
    }

    /**
     * A directory of the five examples (four organisations, Acme twice), a nested directory with JSON Lines of
     * two more units (one dated twice), and a file that is not an assessment.
     */
    static Path group(Path dir, boolean withABadLine) throws Exception {
        for (String name : new String[] {"young-psirt.json", "within-band.json", "with-exclusions.json", "acme-2025-10.json", "acme-2026-04.json"}) {
            Files.writeString(dir.resolve(name), example(name));
        }
        Path nested = Files.createDirectories(dir.resolve("subsidiaries/emea"));
        String lines = line("within-band.json", "Nordic Devices AB", "2026-03-01") + "\n\n"
                + line("young-psirt.json", "Nordic Devices AB", "2025-03-01") + "\r\n"
                + (withABadLine ? "{\"format\": \"psirt-assessment/1\", \"answers\": [{\"framework\": \"9.9\", \"level\": 3}]}\n" : "")
                + line("with-exclusions.json", null, null) + "\n";
        Files.writeString(nested.resolve("units.jsonl"), lines);
        Files.writeString(dir.resolve("notes.txt"), "not an assessment");
        return dir;
    }

    @ParameterizedTest
    @CsvSource({"ja,text", "ja,markdown", "ja,json", "ja,html", "en,text", "en,markdown", "en,json", "en,html"})
    void portfolio_rollsUpADirectoryInEveryFormatAndLanguage(String lang, String format, @TempDir Path dir) throws Exception {
        Run r = CliTest.run("portfolio", group(dir, false).toString(), "--lang", lang, "--format", format);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo(lang.equals("ja") ? "psirt portfolio: 評価 8 件を集計しました（読み込めなかった入力 0 件、組織数 6）\n"
                : "psirt portfolio: 8 assessments read, 0 rejected, 6 units\n");
        assertThat(r.out()).contains("Acme Industrial Controls", "Example Networks Inc.", "Kobayashi Devices K.K.", "Sakura Embedded Software",
                "Nordic Devices AB");
        if (format.equals("json")) {
            assertThat(r.out()).contains("\"format\": \"psirt-portfolio/1\"", "\"units\": 6,");
        }
        if (format.equals("text")) {
            assertThat(r.out().lines()).allSatisfy(l -> assertThat(TextColumns.width(l)).as(l).isLessThanOrEqualTo(80));
        }
        if (format.equals("html")) {
            assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("pf-heatmap");
        }
    }

    @Test
    void portfolio_reportsABadLineAndRollsUpTheRest(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out/portfolio.md");
        Run r = CliTest.run("portfolio", group(dir, true).toString(), "--lang", "en", "--format", "markdown", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("units.jsonl:4: ", "json.property.missing", "answer.framework.unknown")
                .contains("psirt portfolio: 8 assessments read, 1 rejected, 6 units");
        assertThat(Files.readString(out)).contains("# Portfolio: ").contains("Nordic Devices AB").contains("(no organization) \\#1"); // Markdown escapes #
    }

    @Test
    void portfolio_takesFilesAndDirectoriesAndSaysWhatItCannotRead(@TempDir Path dir) throws Exception {
        group(dir, false);
        Run r = CliTest.run("portfolio", dir.resolve("acme-2025-10.json").toString(), dir.resolve("acme-2026-04.json").toString(),
                dir.resolve("missing.json").toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("missing.json: no such file").contains("2 assessments read, 1 rejected, 1 units");
        assertThat(r.out()).contains("Acme Industrial Controls: 2025-10-01 ", ", 2026-04-01 ");
    }

    @Test
    void portfolio_withNothingToReadFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "x");
        Run r = CliTest.run("portfolio", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("no assessment to roll up");
        assertThat(CliTest.run("portfolio").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliTest.run("--help").out()).contains("portfolio");
    }

    @Test
    void portfolio_readsFilledWorkbooksInADirectory(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("../psirt-spreadsheet/src/test/resources/org/psirtmaturity/spreadsheet/catalogue/valid-libreoffice-en.xlsx"),
                dir.resolve("example-corp.xlsx"));
        Files.writeString(dir.resolve("acme.json"), example("acme-2026-04.json"));
        Run r = CliTest.run("portfolio", dir.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("2 assessments read, 0 rejected, 2 units");
        assertThat(r.out()).contains("Example Corp", "Acme Industrial Controls");
    }

    @Test
    void portfolio_speaksJapanese(@TempDir Path dir) throws Exception {
        Run help = CliTest.run("portfolio", "--help", "--lang", "ja");
        assertThat(help.out()).startsWith("使い方: psirt portfolio");
        assertThat(help.out().replaceAll("\n\\s*", "")).contains("ヒートマップ", "評価（*.json、*.xlsx）", "テキスト出力の幅"); // help wraps
        Run bad = CliTest.run("portfolio", group(dir, true).toString(), "--lang", "ja");
        assertThat(bad.err()).contains("units.jsonl:4: エラー: ", "読み込めなかった入力 1 件");
        assertThat(bad.out()).contains("グループ全体の概要", "（組織名なし）#1", "目標未満");
    }
}
