package org.psirtmaturity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.model.first.FirstId;
import org.psirtmaturity.model.first.FrameworkNumbering;
import org.psirtmaturity.model.structure.FrameworkStructure;
import org.psirtmaturity.model.structure.LevelStructure;
import org.psirtmaturity.model.structure.RubricStructure;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.model.structure.TextKeys;

class RubricAssemblyTest {

    private static final RubricStructure SHEET = SoftwareIsacSheet.structure();

    /** Placeholder texts that fit the structure: each level text carries exactly its citations. */
    static Map<String, String> placeholderTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : SHEET.textKeys()) {
            texts.put(key, "text of " + key);
        }
        for (FrameworkStructure f : SHEET.frameworks()) {
            for (LevelStructure l : f.levels()) {
                if (l.defined()) {
                    StringBuilder sb = new StringBuilder("level " + l.level());
                    l.citations().forEach(c -> sb.append(' ').append(c));
                    texts.put(TextKeys.level(f.id(), l.level()), sb.toString());
                }
            }
        }
        return texts;
    }

    private static FirstId draft(String id) {
        return FirstId.parse(id, FrameworkNumbering.V1_0_DRAFT);
    }

    @Test
    void assemble_buildsAreasFrameworksAndLevels() {
        Rubric r = Rubric.assemble(SHEET, Locale.JAPANESE, placeholderTexts());
        assertThat(r.areas()).hasSize(6);
        assertThat(r.frameworks()).hasSize(28);
        Framework f44 = r.framework(FrameworkId.parse("4.4")).orElseThrow();
        assertThat(f44.level(0).isDefined()).isFalse();
        assertThat(f44.level(0).description()).isEmpty();
        assertThat(f44.level(4).isDefined()).isTrue();
        assertThat(f44.definedLevels()).extracting(RubricLevel::level).containsExactly(4, 5);
        assertThat(r.framework(FrameworkId.parse("6.3")).orElseThrow().outOfScope()).isTrue();
        assertThat(r.framework(FrameworkId.parse("2.4")).orElseThrow().notes()).hasSize(3);
        assertThat(r.framework(FrameworkId.parse("7.1"))).isEmpty();
        assertThat(r.level(FrameworkId.parse("1.1"), 3).orElseThrow().citations()).extracting(Citation::text)
                .containsExactly("1.1.1", "1.1.3.1");
        assertThat(r.id()).isEqualTo(SoftwareIsacSheet.ID);
        assertThat(r.edition()).isEqualTo("1.0");
        assertThat(r.locale()).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void levelsCiting_findsExactAndRangeCitations() {
        Rubric r = Rubric.assemble(SHEET, Locale.JAPANESE, placeholderTexts());
        assertThat(r.levelsCiting(draft("3.3.4"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l.citations()).anySatisfy(c -> assertThat(c.names(draft("3.3.4"))).isTrue()));
        assertThat(r.levelsCiting(draft("9.9.9"))).isEmpty();
        assertThat(r.levelsCitingWithin(draft("2.1"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l.framework().area()).isEqualTo(2));
    }

    @Test
    void levelsCiting_acceptsV11IdsThroughTheCorrespondence() {
        Rubric r = Rubric.assemble(SHEET, Locale.JAPANESE, placeholderTexts());
        // the sheet cites draft 5.3.2.4 (CVE assignment), which is 5.3.2.5 in v1.1
        List<RubricLevel> byDraft = r.levelsCiting(draft("5.3.2.4"));
        assertThat(byDraft).isNotEmpty();
        assertThat(r.levelsCiting(FirstId.parse("5.3.2.5", FrameworkNumbering.V1_1))).containsAll(byDraft);
        // draft 1.1.3.5 has no v1.1 equivalent: nothing in v1.1 numbering finds it through renumbering
        assertThat(r.levelsCiting(FirstId.parse("1.1.3.5", FrameworkNumbering.V1_1))).isEmpty();
    }

    @Test
    void check_reportsEveryProblemAtOnceWithItsKey() {
        Map<String, String> texts = placeholderTexts();
        texts.remove("framework.2.1.level.3");
        texts.put("framework.9.9.title", "unknown framework");
        texts.put("framework.4.4.level.0", "undefined level");
        texts.put("framework.1.1.level.3", "cites [1.1.1] only");
        texts.put("framework.1.1.level.4", "bad [1.1.x]");
        texts.put("framework.1.2.title", " ");
        texts.put("framework.2.4.note.4", "extra note");
        texts.put("nonsense", "x");

        List<Problem> problems = Rubric.check(SHEET, texts);

        assertThat(problems).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("framework.2.1.level.3", "text.missing"),
                org.assertj.core.groups.Tuple.tuple("framework.9.9.title", "text.unknown-framework"),
                org.assertj.core.groups.Tuple.tuple("framework.4.4.level.0", "text.undefined-level"),
                org.assertj.core.groups.Tuple.tuple("framework.1.1.level.3", "text.citations-mismatch"),
                org.assertj.core.groups.Tuple.tuple("framework.1.1.level.4", "citation.malformed"),
                org.assertj.core.groups.Tuple.tuple("framework.1.2.title", "text.blank"),
                org.assertj.core.groups.Tuple.tuple("framework.2.4.note.4", "text.unexpected"),
                org.assertj.core.groups.Tuple.tuple("nonsense", "text.unexpected"));
        assertThat(problems).filteredOn(p -> p.code().equals("text.citations-mismatch")).singleElement()
                .extracting(Problem::message).asString()
                .isEqualTo("the text cites [1.1.1] but the structure expects [1.1.1] [1.1.3.1], in that order");
    }

    @Test
    void assemble_throwsWithAllProblemsInTheMessage() {
        Map<String, String> texts = placeholderTexts();
        texts.remove("framework.2.1.level.3");
        texts.remove("area.6.title");
        assertThatThrownBy(() -> Rubric.assemble(SHEET, Locale.JAPANESE, texts))
                .isInstanceOf(InvalidRubricException.class)
                .hasMessageContaining("2 problems")
                .hasMessageContaining("framework.2.1.level.3: no text")
                .hasMessageContaining("area.6.title: no text")
                .satisfies(e -> assertThat(((InvalidRubricException) e).problems()).hasSize(2));
    }

    @Test
    void citesExactly_acceptsOnlyTheExpectedCitationsWrittenAlikeInOrder() {
        FrameworkNumbering draft = FrameworkNumbering.V1_0_DRAFT;
        List<Citation> two = List.of(Citation.parse("2.1.1", draft), Citation.parse("3.3.1-5", draft));
        assertThat(Rubric.citesExactly("a [2.1.1] b [3.3.1-5] c", two)).isTrue();
        assertThat(Rubric.citesExactly("[2.1.1][3.3.1-5]", two)).isTrue();
        assertThat(Rubric.citesExactly("no citation", List.of())).isTrue();
        assertThat(Rubric.citesExactly("", List.of())).isTrue();
        for (String text : List.of("[3.3.1-5] [2.1.1]", "[2.1.1]", "[2.1.1] [3.3.1-5] [4]", "[2.1.1] [3.3.1-6]", "[2.1.1] [3.3.1-55]",
                "[2.1.1] [3.3.1-]", "[2.1.1] [3.3.1-5", "[2.1.1] ]3.3.1-5]", "[2.1.1] [[3.3.1-5]", "[2.1.1]] [3.3.1-5]",
                "[ 2.1.1] [3.3.1-5]", "[2.1.1] [3.3.1-5] ]", "[2.1.1] [3.3.1-5] [", "[[2.1.1] [3.3.1-5]", "]", "[", "",
                "2.1.1 3.3.1-5")) {
            assertThat(Rubric.citesExactly(text, two)).as(text).isFalse();
        }
        for (String text : List.of("[2.1.1]", "[", "[x", "x [", "]", "[]")) {
            assertThat(Rubric.citesExactly(text, List.of())).as(text).isFalse();
        }
    }

    @Test
    void check_reportsBracketsAroundTheExpectedCitations() {
        Map<String, String> texts = placeholderTexts();
        texts.put("framework.1.1.level.3", "[1.1.1] and [1.1.3.1] ]");
        texts.put("framework.1.1.level.4", "[1.1.1.3] [1.1.1.4] [1.1.1.5] [[1.1.1.6]");
        assertThat(Rubric.check(SHEET, texts)).extracting(Problem::path, Problem::code, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("framework.1.1.level.3", "citation.malformed", "unbalanced ']' at character 22 of the text"),
                org.assertj.core.groups.Tuple.tuple("framework.1.1.level.4", "citation.malformed", "unclosed '[' at character 30 of the text"));
    }

    @Test
    void contentDigest_isTheSha256OfTheContent() throws Exception {
        Rubric r = Rubric.assemble(SHEET, Locale.JAPANESE, placeholderTexts());
        StringBuilder content = new StringBuilder("sisac-psirt-maturity-sheet\u00001.0\u0000ja\u0000V1_0_DRAFT\u0000");
        for (FrameworkStructure f : SHEET.frameworks()) {
            content.append(f.id()).append('|').append(f.firstService().id()).append('|').append(f.outOfScope()).append('\u0000');
        }
        for (String key : SHEET.textKeys()) {
            content.append(key).append('\u0000').append(r.text(key).orElseThrow()).append('\u0000');
        }
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r.contentDigest()).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void check_rejectsCitationsInAnotherOrder() {
        Map<String, String> texts = placeholderTexts();
        texts.put("framework.1.1.level.3", "[1.1.3.1] then [1.1.1]");
        assertThat(Rubric.check(SHEET, texts)).extracting(Problem::code).containsExactly("text.citations-mismatch");
    }

    @Test
    void rubric_isImmutable() {
        Rubric r = Rubric.assemble(SHEET, Locale.JAPANESE, placeholderTexts());
        assertThatThrownBy(() -> r.areas().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.frameworks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.areas().get(0).frameworks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.frameworks().get(0).levels().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.frameworks().get(0).level(3).citations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.levelsCiting(draft("3.3.4")).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void digest_changesWithAnyText_andEqualityFollowsContent() {
        Map<String, String> texts = placeholderTexts();
        Rubric a = Rubric.assemble(SHEET, Locale.JAPANESE, texts);
        Rubric b = Rubric.assemble(SHEET, Locale.JAPANESE, new LinkedHashMap<>(texts));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.contentDigest()).isEqualTo(b.contentDigest()).hasSize(64);
        texts.put("framework.6.5.objective", "changed");
        Rubric c = Rubric.assemble(SHEET, Locale.JAPANESE, texts);
        assertThat(c).isNotEqualTo(a);
        assertThat(c.contentDigest()).isNotEqualTo(a.contentDigest());
        assertThat(Rubric.assemble(SHEET, Locale.ENGLISH, placeholderTexts()).contentDigest()).isNotEqualTo(a.contentDigest());
    }

    @Test
    void frameworkId_parsesAndOrders() {
        assertThat(FrameworkId.parse("2.10")).isGreaterThan(FrameworkId.parse("2.9"));
        assertThat(FrameworkId.parse("1.7")).isLessThan(FrameworkId.parse("2.1"));
        assertThatThrownBy(() -> FrameworkId.parse("２．１")).hasMessage("malformed framework id \"２．１\"; expected <area>.<number>, e.g. 2.1");
        assertThat(FrameworkId.isWellFormed("2.1")).isTrue();
        assertThat(FrameworkId.isWellFormed("2.1.1")).isFalse();
        assertThat(FrameworkId.isWellFormed(null)).isFalse();
    }
}
