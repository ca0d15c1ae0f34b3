package org.psirtmaturity.rubric.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.rubric.RubricNotFoundException;
import org.psirtmaturity.rubric.Rubrics;

/** The English and Japanese rubrics load side by side and have the same shape, text by text. */
class ParityTest {

    private static final Rubrics RUBRICS = Rubrics.installed();
    private static final Rubric JA = RUBRICS.forLocale(Locale.JAPANESE);
    private static final Rubric EN = RUBRICS.forLocale(Locale.ENGLISH);

    @Test
    void bothRubricsLoadSideBySide() {
        assertThat(RUBRICS.available()).extracting(d -> d.locale().toLanguageTag()).containsExactly("en", "ja");
        assertThat(EN.id()).isEqualTo(JA.id());
        assertThat(EN.edition()).isEqualTo(JA.edition());
        assertThat(EN.structure()).isEqualTo(JA.structure());
        assertThat(EN.contentDigest()).isNotEqualTo(JA.contentDigest());
    }

    @Test
    void everyKeyOfOneIsInTheOther() {
        for (String key : JA.structure().textKeys()) {
            assertThat(EN.text(key)).as(key).isPresent();
            assertThat(JA.text(key)).as(key).isPresent();
        }
    }

    @Test
    void everyLevelCitesTheSameIdsInTheSameOrder() {
        for (Framework f : JA.frameworks()) {
            for (RubricLevel l : f.levels()) {
                RubricLevel en = EN.level(f.id(), l.level()).orElseThrow();
                assertThat(en.isDefined()).isEqualTo(l.isDefined());
                List<String> fromText = en.description().map(d -> Citation.findAll(d, EN.numbering()).stream().map(Citation::text).toList())
                        .orElse(List.of());
                assertThat(fromText).as("%s level %d", f.id(), l.level())
                        .containsExactlyElementsOf(l.citations().stream().map(Citation::text).toList());
            }
        }
    }

    @Test
    void englishTextsHaveNoJapaneseCharactersLeft() {
        List<String> offenders = new ArrayList<>();
        for (String key : EN.structure().textKeys()) {
            String text = EN.text(key).orElseThrow();
            if (text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF))) {
                offenders.add(key);
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void paragraphStructureIsKept() {
        for (String key : JA.structure().textKeys()) {
            long jaLines = JA.text(key).orElseThrow().lines().count();
            long enLines = EN.text(key).orElseThrow().lines().count();
            assertThat(enLines).as(key).isEqualTo(jaLines);
        }
    }

    @Test
    void englishLocalesResolveToTheEnglishRubric() {
        assertThat(RUBRICS.forLocale(Locale.US)).isSameAs(EN);
        assertThat(RUBRICS.forLocale(Locale.UK)).isSameAs(EN);
        assertThat(RUBRICS.forLocale(Locale.forLanguageTag("en"))).isSameAs(EN);
    }

    @Test
    void missingLocaleListsInstalledRubrics_andFallbackIsExplicit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RUBRICS.forLocale(Locale.GERMANY))
                .isInstanceOf(RubricNotFoundException.class)
                .hasMessage("no rubric installed for locale de-DE; installed: sisac-psirt-maturity-sheet 1.0 (en), "
                        + "sisac-psirt-maturity-sheet 1.0 (ja)");
        assertThat(RUBRICS.forLocale(Locale.GERMANY, Locale.ENGLISH)).isSameAs(EN);
    }

    @Test
    void titlesUseFirstServiceNamesWhereTheSheetMatchesThem() {
        assertThat(EN.areas().get(1).title()).isEqualTo("Vulnerability Discovery");
        assertThat(EN.framework(org.psirtmaturity.model.FrameworkId.parse("2.1")).orElseThrow().title())
                .isEqualTo("Intake of Vulnerability Reporting");
    }
}
