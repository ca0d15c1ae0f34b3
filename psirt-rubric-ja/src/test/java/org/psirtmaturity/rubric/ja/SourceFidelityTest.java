package org.psirtmaturity.rubric.ja;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.rubric.Rubrics;

/**
 * Checks the Japanese rubric against a copy of the sheet's extracted text
 * ({@code maturity-sheet-source.txt}): ignoring whitespace, every title, objective, level text and
 * note is found in the source in document order, and what lies between them is only page furniture
 * (page headers and numbers, area headers, framework ids, the 「目的：」 label, the level header row,
 * 「─」 marks of undefined levels and the 「※対象外」 mark).
 */
class SourceFidelityTest {

    private static final Rubric JA = Rubrics.installed().forLocale(Locale.JAPANESE);

    private static String source() throws IOException {
        try (InputStream in = SourceFidelityTest.class.getResourceAsStream("maturity-sheet-source.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    private static Pattern furniture() {
        String areaTitles = JA.areas().stream().map(a -> Pattern.quote(squeeze(a.title()))).collect(Collectors.joining("|"));
        return Pattern.compile("(?:" + Pattern.quote(squeeze(JA.title()))
                + "|サービスエリア[0-9０-９]+[/／](?:" + areaTitles + ")"
                + "|[0-9０-９][.．][0-9０-９](?![0-9０-９])"
                + "|目的："
                + "|レベル0レベル1レベル2レベル3レベル4レベル5"
                + "|─"
                + "|※対象外"
                + "|[0-9]{1,2})*");
    }

    /** A text to find; a title must directly follow its framework id (ASCII or full-width digits). */
    private record Piece(String where, String text, String idBefore) {
    }

    private static List<Piece> pieces() {
        List<Piece> pieces = new ArrayList<>();
        for (ServiceArea a : JA.areas()) {
            for (Framework f : a.frameworks()) {
                pieces.add(new Piece(f.id() + " title", f.title(), f.id().toString()));
                pieces.add(new Piece(f.id() + " objective", f.objective(), null));
                for (RubricLevel l : f.definedLevels()) {
                    pieces.add(new Piece(f.id() + " level " + l.level(), l.description().orElseThrow(), null));
                }
                for (int i = 0; i < f.notes().size(); i++) {
                    pieces.add(new Piece(f.id() + " note " + (i + 1), f.notes().get(i), null));
                }
            }
        }
        return pieces;
    }

    @Test
    void everyText_isFoundInTheSourceInOrder_andNothingOfTheTableIsLeftOver() throws IOException {
        String src = squeeze(source());
        int pos = src.indexOf("サービスエリア１/");
        assertThat(pos).as("start of the table").isPositive();
        Pattern furniture = furniture();
        List<String> leftovers = new ArrayList<>();
        for (Piece p : pieces()) {
            String text = squeeze(p.text());
            int at = find(src, p, text, pos);
            assertThat(at).as("%s not found in the source after position %d: %s", p.where(), pos, p.text()).isGreaterThanOrEqualTo(0);
            String between = src.substring(pos, at);
            if (!furniture.matcher(between).matches()) {
                leftovers.add("before " + p.where() + ": " + between);
            }
            pos = at + text.length();
        }
        String tail = src.substring(pos);
        if (!furniture.matcher(tail).matches()) {
            leftovers.add("after the last text: " + tail);
        }
        assertThat(leftovers).as("source text not accounted for").isEmpty();
    }

    private static int find(String src, Piece p, String text, int from) {
        if (p.idBefore() == null) {
            return src.indexOf(text, from);
        }
        StringBuilder id = new StringBuilder();
        for (char c : p.idBefore().toCharArray()) {
            id.append(c == '.' ? "[.．]" : "[" + c + (char) (c - '0' + '０') + "]");
        }
        Matcher m = Pattern.compile(id + "(" + Pattern.quote(text) + ")").matcher(src);
        return m.find(from) ? m.start(1) : -1;
    }

    @Test
    void everyBracketCitationOfTheSource_isInTheRubricInTheSameOrder() throws IOException {
        String src = squeeze(source());
        Matcher m = Pattern.compile("\\[([^\\]]*)\\]").matcher(src);
        List<String> fromSource = new ArrayList<>();
        while (m.find()) {
            fromSource.add(m.group(1));
        }
        List<String> fromRubric = JA.frameworks().stream().flatMap(f -> f.levels().stream())
                .flatMap(l -> l.citations().stream()).map(Citation::text).toList();
        assertThat(fromSource).hasSize(221);
        assertThat(fromRubric).containsExactlyElementsOf(fromSource);
    }

    @Test
    void titlesAndAreaTitles_matchTheSheet() {
        assertThat(JA.areas()).extracting(ServiceArea::title).containsExactly(
                "ステークホルダ エコシステム マネジメント", "脆弱性の発見", "脆弱性情報のトリアージと分析", "対策", "脆弱性の開示",
                "トレーニングと教育");
        assertThat(JA.frameworks()).extracting(Framework::title).contains("内部のステークホルダ管理", "脆弱性報告の受付",
                "診断チームのトレーニング", "フィードバック機能の提供");
    }
}
