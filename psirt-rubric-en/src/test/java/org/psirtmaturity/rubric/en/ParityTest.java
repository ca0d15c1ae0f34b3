package org.psirtmaturity.rubric.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.model.first.FirstService;
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
    void titlesTranslateTheSheet_andFirstServiceNamesStayOnTheModel() {
        Framework established = EN.framework(FrameworkId.parse("3.2")).orElseThrow();
        assertThat(established.title()).isEqualTo("Building Relationships with Finders");
        assertThat(established.firstService()).isEqualTo(FirstService.S3_2);
        assertThat(established.firstService().englishName()).isEqualTo("Established Finders");

        Framework releaseMetrics = EN.framework(FrameworkId.parse("4.4")).orElseThrow();
        Framework informationMetrics = EN.framework(FrameworkId.parse("5.4")).orElseThrow();
        assertThat(releaseMetrics.title()).isEqualTo("Vulnerability Metrics");
        assertThat(releaseMetrics.firstService().englishName()).isEqualTo("Vulnerability Release Metrics");
        assertThat(informationMetrics.title()).isEqualTo("Metrics for Vulnerability Information Management");
        assertThat(informationMetrics.firstService().englishName()).isEqualTo("Vulnerability Metrics");

        ServiceArea triage = EN.area(3).orElseThrow();
        assertThat(triage.title()).isEqualTo("Triage and Analysis of Vulnerability Information");
        assertThat(triage.firstArea().englishName()).isEqualTo("Vulnerability Triage and Analysis");
    }

    @Test
    void titlesAreIdenticalExactlyWhereTheJapaneseTitlesAre() {
        List<String> keys = JA.structure().textKeys().stream().filter(k -> k.endsWith(".title")).toList();
        assertThat(keys).hasSize(1 + 6 + 28);
        for (String a : keys) {
            for (String b : keys) {
                boolean sameJa = JA.text(a).orElseThrow().equals(JA.text(b).orElseThrow());
                boolean sameEn = EN.text(a).orElseThrow().equals(EN.text(b).orElseThrow());
                assertThat(sameEn).as("%s and %s: %s / %s", a, b, EN.text(a).orElseThrow(), EN.text(b).orElseThrow()).isEqualTo(sameJa);
            }
        }
    }

    /** Terms the README's glossary renders one way (or one way per context); each use in Japanese is checked. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = ';', value = {
        "対策; area 4; (?i)remediat",
        "対策; other areas; (?i)countermeasure",
        "関係者; all; (people|parties) involved",
        "体制; all; arrangements",
        "謝辞; all; (?i)acknowledgment",
        "見直す内容; all; What is reviewed"})
    void glossaryTermsAreRenderedConsistently(String term, String scope, String english) {
        Pattern pattern = Pattern.compile(english);
        List<String> checked = new ArrayList<>();
        for (String key : JA.structure().textKeys()) {
            boolean areaFour = key.startsWith("framework.4.") || key.equals("area.4.title");
            boolean inScope = switch (scope) {
                case "area 4" -> areaFour;
                case "other areas" -> !areaFour;
                default -> true;
            };
            if (!inScope || !JA.text(key).orElseThrow().contains(term)) {
                continue;
            }
            checked.add(key);
            assertThat(EN.text(key).orElseThrow()).as(key).containsPattern(pattern);
        }
        assertThat(checked).as("keys using %s", term).isNotEmpty();
    }

    @Test
    void englishTextsUseUsSpelling() {
        Pattern british = Pattern.compile("(?i)acknowledgement|organis|prioritis|recognis|optimis|minimis|realis(e|ed|ing)\\b"
                + "|analys(e|ed|ing)\\b|behaviour|favour|colour|catalogue|artefact|licence|defence|centre|judgement|programme");
        for (String key : EN.structure().textKeys()) {
            assertThat(EN.text(key).orElseThrow()).as(key).doesNotContainPattern(british);
        }
    }
}
