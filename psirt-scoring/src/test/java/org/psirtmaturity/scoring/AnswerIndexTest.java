package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;

class AnswerIndexTest {

    private static final Rubric SHEET = TestRubrics.japanese();

    static List<Rubric> rubrics() {
        return List.of(SHEET, TestRubrics.reordered());
    }

    private static FrameworkId id(String text) {
        return FrameworkId.parse(text);
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void place_isTheFrameworksPlaceInRubricOrder_orMinusOneForAnIdTheRubricLacks(Rubric rubric) {
        AnswerIndex index = new AnswerIndex(rubric, List.of());
        List<Framework> all = rubric.frameworks();
        for (int place = 0; place < all.size(); place++) {
            assertThat(index.place(all.get(place).id())).isEqualTo(place);
            assertThat(index.framework(place)).isSameAs(all.get(place));
        }
        for (int area = 1; area <= 99; area++) {
            for (int number = 1; number <= 99; number++) {
                FrameworkId id = new FrameworkId(area, number);
                assertThat(index.place(id) >= 0).as("%s", id).isEqualTo(rubric.framework(id).isPresent());
            }
        }
    }

    @Test
    void add_reportsThePositionOfTheFirstAnswerForTheSameFramework() {
        List<FrameworkAnswer> answers = List.of(FrameworkAnswer.of("2.1", Answer.scored(1)), FrameworkAnswer.of("3.1", Answer.scored(2)),
                FrameworkAnswer.of("2.1", Answer.scored(3)), FrameworkAnswer.of("2.1", Answer.excluded()));
        AnswerIndex index = new AnswerIndex(SHEET, answers);
        int twoOne = index.place(id("2.1"));
        int threeOne = index.place(id("3.1"));

        assertThat(index.add(twoOne, 0, true)).isEqualTo(-1);
        assertThat(index.add(threeOne, 1, true)).isEqualTo(-1);
        assertThat(index.add(twoOne, 2, true)).isZero();
        assertThat(index.add(twoOne, 3, true)).isZero();
        assertThat(index.answer(twoOne)).isEqualTo(Answer.scored(1));
        assertThat(index.of(id("2.1"))).isEqualTo(Answer.scored(1));
        assertThat(index.of(id("3.1"))).isEqualTo(Answer.scored(2));
        assertThat(index.of(id("4.1"))).isNull();
        assertThat(index.of(id("9.9"))).isNull();
    }

    @Test
    void addUnknown_reportsThePositionOfTheFirstAnswerForTheSameId() {
        AnswerIndex index = new AnswerIndex(SHEET, List.of());
        assertThat(index.addUnknown(id("9.9"), 1)).isEqualTo(-1);
        assertThat(index.addUnknown(id("7.1"), 2)).isEqualTo(-1);
        assertThat(index.addUnknown(id("9.9"), 4)).isEqualTo(1);
        assertThat(index.addUnknown(id("9.9"), 5)).isEqualTo(1);
    }

    @Test
    void aFrameworkIsCoveredWhenAnyOfItsAnswersCovers() {
        AnswerIndex index = new AnswerIndex(SHEET, List.of());
        int twoOne = index.place(id("2.1"));
        int threeOne = index.place(id("3.1"));
        int fourOne = index.place(id("4.1"));
        index.add(twoOne, 0, false);
        index.add(twoOne, 1, true);
        index.add(threeOne, 2, true);
        index.add(threeOne, 3, false);
        index.add(fourOne, 4, false);

        assertThat(index.isCovered(twoOne)).isTrue();
        assertThat(index.isCovered(threeOne)).isTrue();
        assertThat(index.isCovered(fourOne)).isFalse();
        assertThat(index.isCovered(index.place(id("5.1")))).isFalse();
    }
}
