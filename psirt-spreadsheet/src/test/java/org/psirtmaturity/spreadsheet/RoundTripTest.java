package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psirtmaturity.spreadsheet.Workbooks.number;
import static org.psirtmaturity.spreadsheet.Workbooks.shared;
import static org.psirtmaturity.spreadsheet.Workbooks.text;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ValidationOptions;

/** Write → fill as a person would → read gives the assessment filled in, in both languages. */
class RoundTripTest {

    static Stream<Locale> languages() {
        return Stream.of(Locale.JAPANESE, Locale.ENGLISH);
    }

    /** The answers a person gives in {@link #filled}, as the assessment they stand for. */
    static Assessment expected(Rubric rubric) {
        return Assessment.builder(rubric)
                .organization("Example Corp").assessor("A. Tanaka").date(LocalDate.of(2026, 10, 1))
                .score("1.1", 3)
                .score("1.2", 2)
                .score("1.3", 4)
                .score("1.4", 0)
                .exclude("1.5", "事業の範囲外 / outside our business")
                .exclude("1.6")
                .unanswered("1.7")
                .score("2.1", 3).note("2.1", "Web form and PGP key\nsecond line")
                .evidence("2.1", "https://example.com/security").evidence("2.1", "社内規程 PSIRT-001")
                .score("2.2", 5)
                .score("2.3", 1)
                .unanswered("2.4").note("2.4", "to be discussed")
                .score("3.1", 3)
                .foundation("executive-sponsorship", true)
                .foundation("budget", false)
                .foundation("triage", true)
                .build();
    }

    /** The template of a language, filled in with {@link #expected}'s answers, in the many ways programs store them. */
    static byte[] filled(Locale locale) {
        Workbooks.Names n = new Workbooks.Names(locale);
        Words ja = Words.JAPANESE;
        Words en = Words.ENGLISH;
        return Workbooks.edit(Workbooks.template(locale))
                .set(n.start("label.organization"), "Example Corp")
                .set(n.start("label.assessor"), shared("A. Tanaka"))
                .set(n.start("label.date"), number("46296")) // 2026-10-01 as a date serial
                .set(n.answer("1.1"), number("3"))
                .set(n.answer("1.2"), number("2.0")) // a number as LibreOffice may store it
                .set(n.answer("1.3"), text("4")) // a level typed as text
                .set(n.answer("1.4"), shared(ja.level(0))) // the Japanese drop-down's value
                .set(n.answer("1.5"), text(en.excluded())) // the English one, whatever the workbook's language
                .set(n.reason("1.5"), "事業の範囲外 / outside our business")
                .set(n.answer("1.6"), shared(ja.excluded()))
                .set(n.answer("1.7"), text(en.unanswered()))
                .set(n.answer("2.1"), shared(Words.of(locale).level(3)))
                .set(n.note("2.1"), "Web form and PGP key\nsecond line")
                .set(n.evidence("2.1"), shared("https://example.com/security\n  社内規程 PSIRT-001 \n\n"))
                .set(n.answer("2.2"), text("level 5")) // English case and spacing are free
                .set(n.answer("2.3"), text("レベル1")) // so is the space
                .set(n.note("2.4"), "to be discussed") // a note without an answer keeps the framework, unanswered
                .set(n.answer("3.1"), number("3.0"))
                .set(n.foundation(0), shared(ja.yes()))
                .set(n.foundation(2), text(en.no()))
                .set(n.foundation(8), new Workbooks.Bool(true))
                .build();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void filledTemplate_readsAsTheAssessmentFilledIn(Locale locale) {
        Rubric rubric = Workbooks.rubric(locale);
        ParseResult<Assessment> read = Questionnaires.read(filled(locale), rubric, locale, ValidationOptions.DEFAULT);

        assertThat(read.problems()).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(expected(rubric));
        assertThat(Scoring.score(read.orElseThrow(), rubric)).isEqualTo(Scoring.score(expected(rubric), rubric));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void emptyTemplate_readsAsAnEmptyAssessment(Locale locale) {
        Rubric rubric = Workbooks.rubric(locale);
        ParseResult<Assessment> read = Questionnaires.read(new ByteArrayInputStream(Workbooks.template(locale)), rubric, locale,
                ValidationOptions.DEFAULT);

        assertThat(read.problems()).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(Assessment.builder(rubric).build());
    }

    @Test
    void workbookOfOneLanguage_isReadWithTheRubricOfTheOther() {
        Rubric english = Workbooks.rubric(Locale.ENGLISH);
        ParseResult<Assessment> read = Questionnaires.read(filled(Locale.JAPANESE), english, Locale.ENGLISH, ValidationOptions.DEFAULT);

        assertThat(read.orElseThrow()).isEqualTo(expected(english));
    }

    @Test
    void dateTypedAsText_andTheOutOfScopeMark_areRead() {
        Locale locale = Locale.ENGLISH;
        Workbooks.Names n = new Workbooks.Names(locale);
        byte[] workbook = Workbooks.edit(Workbooks.template(locale))
                .set(n.start("label.date"), " 2026-10-01 ")
                .set(n.note("6.3"), "we train no validation team")
                .build();
        Rubric rubric = Workbooks.rubric(locale);

        Assessment a = Questionnaires.read(workbook, rubric, locale, ValidationOptions.DEFAULT).orElseThrow();

        assertThat(a.context().orElseThrow().date()).contains(LocalDate.of(2026, 10, 1));
        assertThat(a.answers()).singleElement().satisfies(fa -> {
            assertThat(fa.framework()).isEqualTo("6.3");
            assertThat(fa.note()).contains("we train no validation team");
        });
    }

    @Test
    void answerAtAnUndefinedLevel_isAWarningPlacedInItsCell_andTheAssessmentIsRead() {
        Locale locale = Locale.JAPANESE;
        Workbooks.Names n = new Workbooks.Names(locale);
        byte[] workbook = Workbooks.edit(Workbooks.template(locale)).set(n.answer("4.4"), "レベル 1").build();

        ParseResult<Assessment> read = Questionnaires.read(workbook, Workbooks.rubric(locale), locale, ValidationOptions.DEFAULT);

        assertThat(read.isValid()).isTrue();
        assertThat(read.warnings()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("answers[4.4].level");
            assertThat(p.code()).isEqualTo("answer.level.undefined");
            assertThat(p.arguments()).containsExactly("1", "4.4", "4, 5", n.answer("4.4"));
            assertThat(p.message()).endsWith("（" + n.answer("4.4") + "）");
        });
        assertThat(read.orElseThrow().answers()).singleElement().satisfies(a -> assertThat(a.answer()).isEqualTo(Answer.scored(1)));
    }

    @Test
    void carriageReturnsEscapedByTheFileFormat_areDecoded() {
        Locale locale = Locale.ENGLISH;
        Workbooks.Names n = new Workbooks.Names(locale);
        byte[] workbook = Workbooks.edit(Workbooks.template(locale))
                .set(n.answer("2.1"), "Level 2")
                .set(n.note("2.1"), "line one_x000D_\nline two, literal _x005F_x0041_")
                .set(n.evidence("2.1"), "https://a.example_x000D_\nhttps://b.example")
                .build();

        Assessment a = Questionnaires.read(workbook, Workbooks.rubric(locale), locale, ValidationOptions.DEFAULT).orElseThrow();

        assertThat(a.answers().get(0).note()).contains("line one\r\nline two, literal _x0041_");
        assertThat(a.answers().get(0).evidence()).containsExactly("https://a.example", "https://b.example");
    }
}
