package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.Rubrics;

class RubricTextTest {

    private static final Rubrics RUBRICS = Rubrics.installed();

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void renderRubric_fitsTheWidthInBothLanguages(int width) {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            String text = Reports.renderRubric(RUBRICS.forLocale(locale), RenderOptions.defaults().withWidth(width));
            assertThat(text.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(width));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void renderRubric_containsEveryTextAndMarksUndefinedLevels(String lang) {
        Rubric rubric = RUBRICS.forLocale(Locale.forLanguageTag(lang));
        String text = Reports.renderRubric(rubric, RenderOptions.defaults());
        String squeezed = text.replaceAll("\\s", "");
        rubric.frameworks().forEach(f -> {
            assertThat(squeezed).contains(f.title().replaceAll("\\s", ""));
            f.definedLevels().forEach(l -> assertThat(squeezed).contains(l.description().orElseThrow().replaceAll("\\s", "")));
        });
        assertThat(text).contains(lang.equals("ja") ? "─（記述なし）" : "(not described in the sheet)");
        assertThat(text).contains(lang.equals("ja") ? "6.3 診断チームのトレーニング ※対象外" : "6.3 Training the Validation Team (out of scope)");
    }
}
