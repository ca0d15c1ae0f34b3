package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.Level1Assessment;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.Scoring;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * The same answers in JSON and in a workbook score identically: an assessment is written as JSON and
 * read back, and filled into the template (each value stored in one of the ways spreadsheet programs
 * store it) and read back; both give the same assessment and the same score report, in both languages.
 */
class JsonAgreementProperties {

    private static final List<String> KEYS = List.copyOf(Level1Assessment.yesNoKeys(MaturityProfile.firstLevel1()));

    /** An assessment and the workbook filled in with it. */
    record Case(Locale locale, Assessment assessment, byte[] workbook) {
        @Override
        public String toString() {
            return locale + " " + assessment;
        }
    }

    /** How one answer is given: its kind and the ways its values are stored. */
    record Given(String framework, int kind, int level, Optional<String> reason, Optional<String> note, List<String> evidence,
            int style) {
    }

    @Property(tries = 60)
    void sameAnswers_inJsonAndInAWorkbook_scoreIdentically(@ForAll("cases") Case c) {
        Rubric rubric = Workbooks.rubric(c.locale());
        Assessment fromJson = AssessmentJson.parse(AssessmentJson.write(c.assessment()), rubric, c.locale(), ValidationOptions.DEFAULT)
                .orElseThrow();
        Assessment fromWorkbook = Questionnaires.read(c.workbook(), rubric, c.locale(), ValidationOptions.DEFAULT).orElseThrow();

        assertThat(fromWorkbook).isEqualTo(fromJson).isEqualTo(c.assessment());
        assertThat(Scoring.score(fromWorkbook, rubric)).isEqualTo(Scoring.score(fromJson, rubric));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Locale> locale = Arbitraries.of(Locale.JAPANESE, Locale.ENGLISH);
        return locale.flatMap(l -> {
            Rubric rubric = Workbooks.rubric(l);
            List<Arbitrary<Optional<Given>>> answers = new ArrayList<>();
            for (Framework f : rubric.frameworks()) {
                answers.add(given(f));
            }
            Arbitrary<List<Optional<Given>>> all = Combinators.combine(answers).as(list -> list);
            Arbitrary<List<Integer>> foundations = Arbitraries.integers().between(0, 5).list().ofSize(KEYS.size());
            Arbitrary<Optional<String>> organization = text().optional(0.5);
            Arbitrary<Optional<LocalDate>> date = Arbitraries.integers().between(0, 20_000)
                    .map(d -> LocalDate.of(1990, 1, 1).plusDays(d)).optional(0.5);
            Arbitrary<Boolean> dateAsText = Arbitraries.of(true, false);
            return Combinators.combine(all, foundations, organization, date, dateAsText)
                    .as((a, fs, org, day, asText) -> build(l, rubric, a, fs, org, day, asText));
        });
    }

    /** An answer for a framework: none, or a level, an exclusion or an explicit "no answer", with a note and evidence. */
    private static Arbitrary<Optional<Given>> given(Framework f) {
        Arbitrary<Optional<String>> note = text().optional(0.3);
        Arbitrary<List<String>> evidence = line().list().ofMaxSize(2);
        if (f.outOfScope()) {
            return note.map(n -> n.map(text -> new Given(f.id().toString(), 3, 0, Optional.empty(), Optional.of(text), List.of(), 0)));
        }
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3); // 0 none, 1 level, 2 excluded, 3 no answer
        return Combinators.combine(kind, Arbitraries.integers().between(0, 5), text().optional(0.5), note, evidence,
                Arbitraries.integers().between(0, 7))
                .as((k, level, reason, n, e, style) -> k == 0 ? Optional.<Given>empty()
                        : Optional.of(new Given(f.id().toString(), k, level, k == 2 ? reason : Optional.empty(), n, e, style)));
    }

    /** Text as a person types it in a note or a reason: not blank, any letters, line breaks inside. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abcXYZ019 ,.'\"<>&/:-").withChars("評価未回答ＰＳＩＲＴ").withChars('\n')
                .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
    }

    /** One evidence item: no line break, no white space at either end. */
    private static Arbitrary<String> line() {
        return Arbitraries.strings().withChars("abcXYZ019,.:/-_#?=").withChars("資料").ofMinLength(1).ofMaxLength(25);
    }

    private static Case build(Locale locale, Rubric rubric, List<Optional<Given>> given, List<Integer> foundations,
            Optional<String> organization, Optional<LocalDate> date, boolean dateAsText) {
        Workbooks.Names n = new Workbooks.Names(locale);
        Words words = Words.of(locale);
        Workbooks.Edit edit = Workbooks.edit(Workbooks.template(rubric));
        List<FrameworkAnswer> answers = new ArrayList<>();
        for (Optional<Given> og : given) {
            if (og.isEmpty()) {
                continue;
            }
            Given g = og.get();
            Answer answer = switch (g.kind()) {
                case 1 -> Answer.scored(g.level());
                case 2 -> new Answer.Excluded(g.reason());
                default -> Answer.unanswered();
            };
            if (g.kind() == 3 && g.note().isEmpty() && g.evidence().isEmpty() && g.style() % 2 == 1) {
                continue; // an empty row: the framework is left out, as in JSON without it
            }
            answers.add(new FrameworkAnswer(g.framework(), answer, g.note(), g.evidence(), Map.of()));
            String cell = n.answer(g.framework());
            Words other = words == Words.JAPANESE ? Words.ENGLISH : Words.JAPANESE;
            switch (g.kind()) {
                case 1 -> edit.set(cell, switch (g.style()) {
                    case 0 -> Workbooks.number(String.valueOf(g.level()));
                    case 1 -> Workbooks.number(g.level() + ".0");
                    case 2 -> Workbooks.text(String.valueOf(g.level()));
                    case 3 -> Workbooks.shared(other.level(g.level()));
                    default -> Workbooks.shared(words.level(g.level()));
                });
                case 2 -> edit.set(cell, g.style() % 2 == 0 ? Workbooks.shared(words.excluded()) : Workbooks.text(other.excluded()));
                case 3 -> {
                    if (g.framework().equals("6.3")) {
                        break; // the template's own mark stays
                    }
                    if (g.note().isEmpty() && g.evidence().isEmpty() || g.style() % 2 == 0) {
                        edit.set(cell, Workbooks.shared(g.style() < 4 ? words.unanswered() : other.unanswered()));
                    }
                }
                default -> throw new IllegalStateException();
            }
            g.reason().ifPresent(r -> edit.set(n.reason(g.framework()), Workbooks.shared(r)));
            g.note().ifPresent(t -> edit.set(n.note(g.framework()), g.style() % 3 == 0 ? Workbooks.text(t) : Workbooks.shared(t)));
            if (!g.evidence().isEmpty()) {
                edit.set(n.evidence(g.framework()), Workbooks.shared(String.join("\n", g.evidence())));
            }
        }
        Map<String, Boolean> yesNo = new LinkedHashMap<>();
        for (int i = 0; i < KEYS.size(); i++) {
            int f = foundations.get(i);
            if (f == 0) {
                continue;
            }
            boolean yes = f % 2 == 1;
            yesNo.put(KEYS.get(i), yes);
            Words w = f <= 2 ? Words.JAPANESE : Words.ENGLISH;
            edit.set(n.foundation(i), f == 5 ? new Workbooks.Bool(yes) : Workbooks.shared(yes ? w.yes() : w.no()));
        }
        organization.ifPresent(o -> edit.set(n.start("label.organization"), Workbooks.shared(o)));
        date.ifPresent(d -> edit.set(n.start("label.date"), dateAsText ? Workbooks.text(d.toString())
                : Workbooks.number(String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d)))));
        Optional<AssessmentContext> context = organization.isPresent() || date.isPresent()
                ? Optional.of(new AssessmentContext(organization, Optional.empty(), date)) : Optional.empty();
        Assessment assessment = new Assessment(RubricRef.of(rubric), context, answers, yesNo, Map.of());
        return new Case(locale, assessment, edit.build());
    }
}
