package org.psirtmaturity.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.InvalidRubricException;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.spi.RubricTexts;

class RubricTextsTest {

    private static InvalidRubricException failure(ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(InvalidRubricException.class);
        return (InvalidRubricException) t;
    }

    private static String valid() {
        return PlaceholderRubric.json("ja", PlaceholderRubric.texts());
    }

    @Test
    void read_loadsValidTexts() {
        Rubric r = PlaceholderRubric.read(Locale.JAPANESE, valid());
        assertThat(r.frameworks()).hasSize(28);
        assertThat(r.title()).isEqualTo("text of rubric.title");
    }

    @Test
    void read_missingLevelKeyNamesTheKey() {
        Map<String, String> texts = PlaceholderRubric.texts();
        texts.remove("framework.3.2.level.4");
        InvalidRubricException e = failure(() -> PlaceholderRubric.read(Locale.JAPANESE, PlaceholderRubric.json("ja", texts)));
        assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("framework.3.2.level.4", "text.missing"));
        assertThat(e).hasMessageContaining("rubric texts test.json is invalid").hasMessageContaining("framework.3.2.level.4");
    }

    @Test
    void read_unknownFrameworkIdNamesTheKey() {
        Map<String, String> texts = PlaceholderRubric.texts();
        texts.put("framework.7.1.objective", "x");
        assertThat(failure(() -> PlaceholderRubric.read(Locale.JAPANESE, PlaceholderRubric.json("ja", texts))).problems())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("framework.7.1.objective", "text.unknown-framework"));
    }

    @Test
    void read_malformedCitationNamesTheKeyAndTheCitation() {
        Map<String, String> texts = PlaceholderRubric.texts();
        texts.put("framework.2.1.level.0", "see [2.1.a]");
        InvalidRubricException e = failure(() -> PlaceholderRubric.read(Locale.JAPANESE, PlaceholderRubric.json("ja", texts)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("framework.2.1.level.0");
            assertThat(p.code()).isEqualTo("citation.malformed");
            assertThat(p.message()).contains("[2.1.a]");
        });
    }

    @Test
    void read_duplicateKeyInJsonIsReportedWithItsLine() {
        String json = valid().replace("\"rubric.title\": \"text of rubric.title\",",
                "\"rubric.title\": \"text of rubric.title\",\n    \"rubric.title\": \"again\",");
        InvalidRubricException e = failure(() -> PlaceholderRubric.read(Locale.JAPANESE, json));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("rubric.title");
            assertThat(p.code()).isEqualTo("json.duplicate-key");
            assertThat(p.message()).contains("at line 8, column 5");
        });
    }

    @Test
    void read_reportsSeveralStructuralProblemsTogether() {
        String json = valid()
                .replace("\"format\": \"psirt-rubric-texts/1\",", "\"format\": \"psirt-rubric-texts/1\",\n  \"extra\": 1,\n  \"edition\": \"1.0\",")
                .replace("\"area.1.title\": \"text of area.1.title\"", "\"area.1.title\": 5")
                .replace("\"locale\": \"ja\"", "\"locale\": \"en\"");
        InvalidRubricException e = failure(() -> PlaceholderRubric.read(Locale.JAPANESE, json));
        assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
                tuple("extra", "json.unknown-property"),
                tuple("edition", "json.duplicate-key"),
                tuple("area.1.title", "json.type"),
                tuple("locale", "header.mismatch"));
    }

    @Test
    void read_rejectsTrailingContent() {
        assertThat(failure(() -> PlaceholderRubric.read(Locale.JAPANESE, valid() + "{}")).problems())
                .extracting(Problem::code).containsExactly("json.trailing-content");
    }

    @Test
    void read_reportsSyntaxErrorsWithTheirPlace() {
        InvalidRubricException e = failure(() -> PlaceholderRubric.read(Locale.JAPANESE, "{\n  \"format\": \"x\",,\n}"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("json.syntax");
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).startsWith("malformed JSON at line 2, column 17: ");
        });
    }

    @Test
    void read_rejectsANonObjectDocumentAndMissingProperties() {
        assertThat(failure(() -> PlaceholderRubric.read(Locale.JAPANESE, "[]")).problems()).extracting(Problem::code)
                .containsExactly("json.type");
        assertThat(failure(() -> PlaceholderRubric.read(Locale.JAPANESE, "{}")).problems()).extracting(Problem::path)
                .containsExactly("format", "rubric", "edition", "locale", "texts");
    }

    @Test
    void read_reportsAMissingResource() {
        assertThatThrownBy(() -> RubricTexts.read(PlaceholderRubric.SHEET, Locale.JAPANESE, "gone.json", null))
                .isInstanceOf(InvalidRubricException.class)
                .hasMessageContaining("resource gone.json was not found");
    }

    @Test
    void read_rejectsOverlongStrings() {
        Map<String, String> texts = PlaceholderRubric.texts();
        texts.put("rubric.title", "x".repeat(RubricTexts.MAX_TEXT_LENGTH + 1));
        assertThat(failure(() -> PlaceholderRubric.read(Locale.JAPANESE, PlaceholderRubric.json("ja", texts))).problems())
                .extracting(Problem::code).containsExactly("json.limit.string-length");
    }
}
