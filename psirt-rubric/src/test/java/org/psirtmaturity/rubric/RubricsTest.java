package org.psirtmaturity.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Rubric;

class RubricsTest {

    private final Rubrics rubrics = Rubrics.of(List.of(PlaceholderRubric.provider(Locale.JAPANESE), PlaceholderRubric.provider(Locale.ENGLISH)));

    @Test
    void forLocale_matchesByLanguageTagThenLanguage() {
        assertThat(rubrics.forLocale(Locale.JAPANESE).locale()).isEqualTo(Locale.JAPANESE);
        assertThat(rubrics.forLocale(Locale.JAPAN).locale()).isEqualTo(Locale.JAPANESE);
        assertThat(rubrics.forLocale(Locale.US).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(rubrics.forLocale(Locale.UK).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(rubrics.forLocale(Locale.forLanguageTag("en")).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void forLocale_missingLocaleListsWhatIsInstalled() {
        assertThatThrownBy(() -> rubrics.forLocale(Locale.FRENCH))
                .isInstanceOf(RubricNotFoundException.class)
                .hasMessage("no rubric installed for locale fr; installed: sisac-psirt-maturity-sheet 1.0 (en), "
                        + "sisac-psirt-maturity-sheet 1.0 (ja)")
                .satisfies(e -> assertThat(((RubricNotFoundException) e).installed()).hasSize(2));
    }

    @Test
    void forLocale_fallbackIsExplicit() {
        assertThat(rubrics.forLocale(Locale.FRENCH, Locale.ENGLISH).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(rubrics.forLocale(Locale.JAPAN, Locale.ENGLISH).locale()).isEqualTo(Locale.JAPANESE);
        assertThatThrownBy(() -> rubrics.forLocale(Locale.FRENCH, Locale.GERMAN))
                .hasMessageStartingWith("no rubric installed for locale fr or fallback de");
    }

    @Test
    void forId_findsByIdEditionAndLocale() {
        assertThat(rubrics.forId("sisac-psirt-maturity-sheet", Locale.JAPAN).locale()).isEqualTo(Locale.JAPANESE);
        assertThat(rubrics.forId("sisac-psirt-maturity-sheet", "1.0", Locale.US).locale()).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> rubrics.forId("sisac-psirt-maturity-sheet", "2.0", Locale.US))
                .isInstanceOf(RubricNotFoundException.class).hasMessageContaining("rubric sisac-psirt-maturity-sheet 2.0 in locale en-US");
        assertThatThrownBy(() -> rubrics.forId("other", Locale.US)).isInstanceOf(RubricNotFoundException.class);
    }

    @Test
    void load_happensOncePerInstance() {
        Rubric a = rubrics.forLocale(Locale.JAPANESE);
        assertThat(rubrics.forLocale(Locale.JAPAN)).isSameAs(a);
    }

    @Test
    void of_rejectsTwoProvidersOfTheSameRubric() {
        assertThatThrownBy(() -> Rubrics.of(List.of(PlaceholderRubric.provider(Locale.JAPANESE), PlaceholderRubric.provider(Locale.JAPANESE))))
                .hasMessageContaining("two providers supply rubric sisac-psirt-maturity-sheet 1.0 (ja)");
    }

    @Test
    void available_isSortedAndEmptyWithoutProviders() {
        assertThat(rubrics.available()).extracting(d -> d.locale().toLanguageTag()).containsExactly("en", "ja");
        assertThatThrownBy(() -> Rubrics.of(List.of()).forLocale(Locale.JAPANESE))
                .hasMessageContaining("installed: none (add psirt-rubric-ja or psirt-rubric-en");
    }
}
