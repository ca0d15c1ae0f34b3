package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psirtmaturity.cli.CliTest.Run;
import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;
import org.psirtmaturity.scoring.Assessment;

/**
 * With {@code --lang ja} (or a Japanese system), everything the command prints is Japanese: reports,
 * problems with their prefixes, summaries, warnings, failures, usage errors and the usage help. Only
 * literal values stay as they are: file names, codes, option names, JSON, and the sheet's own title.
 */
class JapaneseOutputTest {

    /** Three or more English words in a row: an untranslated phrase. */
    private static final Pattern ENGLISH = Pattern.compile("(?<![\\w./-])[A-Za-z][a-z]+(?:[ ,]+[A-Za-z][a-z]+){2,}(?![\\w./-])");
    /** Literal values the Japanese output quotes: the sheet's title and names of formats and tools. */
    private static final List<String> LITERALS = List.of("PSIRT Services Framework Ver 1.0 Draft", "FIRST PSIRT Services Framework",
            "JSON Lines", "CycloneDX", "CISO Assistant", "Libraries", "psirt-assessment/1",
            "Common Weakness Enumeration", // quoted by the Japanese sheet itself
            "psirt export cyclonedx", "psirt export ciso-assistant"); // command names
    /** English words of the command's own messages, which must not appear in Japanese. */
    private static final List<String> ENGLISH_MESSAGES = List.of("error:", "warning:", "valid (", "cannot ", "Usage:", "lines read",
            "no such file", "invalid value", "unknown option", "missing argument", "Exit codes", "WITHIN", "BELOW", "ABOVE",
            "NO_DATA", "REACHED", "PARTIAL", "Overall", "Status");

    @TempDir
    static Path dir;

    static Path older;
    static Path newer;
    static Path invalid;
    static Path batch;

    @BeforeAll
    static void writeJapaneseAssessments() throws IOException {
        Rubric ja = Rubrics.installed().forLocale(Locale.JAPANESE);
        Assessment.Builder b = Assessment.builder(ja).organization("株式会社サンプル").assessor("田中 太郎").date(LocalDate.of(2026, 10, 1));
        ja.frameworks().stream().filter(f -> !f.outOfScope()).forEach(f -> b.score(f.id().toString(), 2));
        b.score("4.4", 2).unanswered("1.7").exclude("6.4", "営業部門がないため").foundation("budget", true);
        Assessment later = b.build();
        Assessment.Builder e = Assessment.builder(ja).organization("株式会社見本").assessor("鈴木 花子").date(LocalDate.of(2025, 4, 1));
        ja.frameworks().stream().filter(f -> !f.outOfScope()).forEach(f -> e.score(f.id().toString(), 1));
        older = dir.resolve("older.json");
        newer = dir.resolve("newer.json");
        invalid = dir.resolve("invalid.json");
        batch = dir.resolve("batch.jsonl");
        Files.writeString(older, AssessmentJson.write(e.build()), StandardCharsets.UTF_8);
        Files.writeString(newer, AssessmentJson.write(later), StandardCharsets.UTF_8);
        Files.writeString(invalid, "{\"format\":\"psirt-assessment/1\",\"rubric\":{\"id\":\"sisac-psirt-maturity-sheet\",\"edition\":\"1.0\"},"
                + "\"answers\":[{\"framework\":\"9.9\",\"level\":3},{\"framework\":\"2.1\",\"level\":7}]}", StandardCharsets.UTF_8);
        String line = AssessmentJson.write(later).replace("\n", "");
        Files.writeString(batch, line + "\n\n{\"format\": 1}\n" + line + "\n", StandardCharsets.UTF_8);
    }

    /** What the runs printed, for the checks of the whole. */
    private final Map<String, String> printed = new java.util.LinkedHashMap<>();

    private Run ja(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--lang");
        all.add("ja");
        Run r = CliTest.runIn(Map.of("LANG", "C"), "", all.toArray(String[]::new));
        printed.merge(String.join(" ", args), r.out() + r.err(), String::concat);
        return r;
    }

    private static String withoutLiterals(String text) {
        String s = text;
        for (String literal : LITERALS) {
            s = s.replace(literal, " ");
        }
        return s.replaceAll("\\[[^\\]\\n]*\\]", " ") // problem codes and FIRST citations
                .replaceAll("\\{[^\\n]*\\}", " ") // JSON
                .replaceAll("(?<![\\w])--?[a-z][a-z-]*(=[A-Z-]+)?", " ") // option names
                .replace(dir.toString(), " ");
    }

    private static void assertJapanese(String what, String text) {
        String s = withoutLiterals(text);
        Matcher m = ENGLISH.matcher(s);
        List<String> english = new ArrayList<>();
        while (m.find()) {
            english.add(m.group());
        }
        assertThat(english).as("English phrases in %s", what).isEmpty();
        for (String word : ENGLISH_MESSAGES) {
            assertThat(s).as("%s", what).doesNotContain(word);
        }
    }

    @Test
    void everyOutputOfTheCommandIsJapanese() throws IOException {
        Run score = ja("score", newer.toString());
        assertThat(score.out()).contains("判定                  目標未満：目標範囲を下回っています", "未達成：", "部分的な評価：");
        Run markdown = ja("score", newer.toString(), "--format", "markdown");
        assertThat(markdown.out()).contains("**目標未満**");
        Run validate = ja("validate", newer.toString());
        assertThat(validate.out()).contains(newer + ": 警告: answers[4.4].level: ", "問題はありません（警告 2 件）");
        Run bad = ja("validate", invalid.toString());
        assertThat(bad.out()).contains(invalid + ": エラー: answers[9.9].framework: ");
        Run badScore = ja("score", invalid.toString());
        assertThat(badScore.err()).contains(invalid + ": エラー: answers[2.1].level: ");
        Run compare = ja("compare", newer.toString(), older.toString());
        assertThat(compare.err()).contains("psirt: 警告: 古い評価として指定された", "psirt: 警告: 2 つの評価で組織名が異なります");
        assertThat(compare.out()).contains("比較：", "目標未満");
        Run batchRun = ja("batch", batch.toString(), dir.resolve("reports.jsonl").toString());
        assertThat(batchRun.err()).isEqualTo("psirt batch: 4 行を読み込みました（採点 2 行、エラー 1 行、空行 1 行）\n");
        assertThat(Files.readString(dir.resolve("reports.jsonl"))).contains("\"message\":\"必須のプロパティ「rubric」がありません\"");
        Run missing = ja("score", dir.resolve("none.json").toString());
        assertThat(missing.err()).isEqualTo("psirt: " + dir.resolve("none.json") + " を読み込めません：ファイルが存在しません\n");
        Run directory = ja("validate", dir.toString());
        assertThat(directory.err()).isEqualTo("psirt: " + dir + " を読み込めません：ディレクトリです\n");
        Files.writeString(dir.resolve("a-file"), "x");
        Run unwritable = ja("template", "--out", dir.resolve("a-file").resolve("template.json").toString());
        assertThat(unwritable.exit()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(unwritable.err()).contains("に書き込めません：パスの途中にディレクトリではなくファイルがあります");
        ja("score", newer.toString(), "--width", "10");
        ja("score", newer.toString(), "--format", "pdf");
        ja("score", newer.toString(), "--target", "2,5-3");
        ja("score");
        ja("frobnicate");
        ja("rubric");
        Run template = ja("template");
        assertThat(template.out()).contains("\"organization\": \"組織名\"", "\"budget\": \"予算\"");
        ja("export", "cyclonedx", invalid.toString());
        for (String command : List.of("score", "validate", "compare", "template", "rubric", "batch", "export", "export cyclonedx",
                "export ciso-assistant")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            Run help = ja(args.toArray(String[]::new));
            assertThat(help.out()).startsWith("使い方: psirt " + command);
        }
        Run root = CliTest.runIn(Map.of("LANG", "ja_JP.UTF-8"), "", "--help");
        printed.put("--help", root.out());
        assertThat(root.out()).contains("終了コード:", "  3  ファイルまたは標準出力の読み書きができませんでした", "既存の");

        printed.forEach(JapaneseOutputTest::assertJapanese);
    }

    @Test
    void htmlBadgesAreJapanese() {
        Run html = ja("score", newer.toString(), "--format", "html");
        assertThat(html.out()).contains("<html lang=\"ja\">", "<span class=\"badge band-below\">目標未満</span>", "word-break: auto-phrase")
                .doesNotContain(">BELOW<", ">WITHIN<");
        Run compare = ja("compare", older.toString(), newer.toString(), "--format", "html");
        assertThat(compare.out()).contains("<svg", "radar-compare-frameworks", "前回（2025-04-01）", "今回（2026-10-01）");
    }

    @Test
    void detector_findsEnglishPhrases() {
        assertThat(ENGLISH.matcher(withoutLiterals("psirt: cannot read x.json: no such file")).find()).isTrue();
        assertThat(ENGLISH.matcher(withoutLiterals("psirt: x.json を読み込めません：ファイルが存在しません")).find()).isFalse();
        assertThat(ENGLISH.matcher(withoutLiterals("PSIRT Services Framework Ver 1.0 Draft に基づく [answer.level.range]")).find()).isFalse();
    }
}
