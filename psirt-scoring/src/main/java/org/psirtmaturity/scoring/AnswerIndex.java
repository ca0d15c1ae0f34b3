package org.psirtmaturity.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.ServiceArea;

/**
 * The answers of one assessment placed at the frameworks of a rubric: for each framework, by its
 * place in rubric order ({@link Rubric#frameworks()}: area by area), the position of the first answer
 * given for it, and whether some answer scores or excludes it.
 *
 * <p>{@link AssessmentValidator} fills it while it checks the answers, and {@link Scoring} and
 * {@link Level1Assessment} read it, so that each id is parsed and found in the rubric once per call.
 * Scoring goes through the rubric in order and reads the answers by place, with no lookup at all.
 * Ids the rubric does not have (an error) are kept apart, in a map made for the first of them.
 *
 * <p>Not thread-safe while it is being filled; it is made and used within one call, never shared.
 */
final class AnswerIndex implements Level1Assessment.FirstAnswers {

    private final List<ServiceArea> areas;
    private final List<Framework> frameworks;
    private final List<FrameworkAnswer> answers;

    /** The place of each area's first framework. */
    private final int[] offsets;

    /** By place: 1 + the position of the first answer for the framework, 0 when there is none. */
    private final int[] first;

    /** By place: whether some answer for the framework scores or excludes it. */
    private final boolean[] covered;

    /** For the well-formed ids the rubric does not have: the position of the first answer for each. */
    private Map<FrameworkId, Integer> unknown;

    /**
     * Makes an empty index.
     *
     * @param rubric  the rubric
     * @param answers the assessment's answers, unmodifiable
     */
    AnswerIndex(Rubric rubric, List<FrameworkAnswer> answers) {
        this.areas = rubric.areas();
        this.frameworks = rubric.frameworks();
        this.answers = answers;
        this.offsets = new int[areas.size()];
        for (int a = 1; a < offsets.length; a++) {
            offsets[a] = offsets[a - 1] + areas.get(a - 1).frameworks().size();
        }
        this.first = new int[frameworks.size()];
        this.covered = new boolean[frameworks.size()];
    }

    /**
     * Returns the place of a framework in the rubric. The area and the framework are looked for first
     * where they are in a rubric numbered without gaps, such as the maturity sheet, then anywhere (a
     * framework's area is the one numbered as the id's first component). This costs less than a map
     * lookup, and makes no {@link java.util.Optional} as {@link Rubric#framework} does.
     *
     * @param id the framework id
     * @return its place in {@link Rubric#frameworks()}, or -1 if the rubric does not have it
     */
    int place(FrameworkId id) {
        int a = id.area() - 1;
        if (a >= areas.size() || areas.get(a).number() != id.area()) {
            a = 0;
            while (a < areas.size() && areas.get(a).number() != id.area()) {
                a++;
            }
            if (a == areas.size()) {
                return -1;
            }
        }
        List<Framework> inArea = areas.get(a).frameworks();
        int n = id.number() - 1;
        if (n >= inArea.size() || inArea.get(n).id().number() != id.number()) {
            n = 0;
            while (n < inArea.size() && inArea.get(n).id().number() != id.number()) {
                n++;
            }
            if (n == inArea.size()) {
                return -1;
            }
        }
        return offsets[a] + n;
    }

    /**
     * Returns the framework at a place.
     *
     * @param place a place returned by {@link #place}
     * @return the framework
     */
    Framework framework(int place) {
        return frameworks.get(place);
    }

    /**
     * Records an answer for a framework of the rubric.
     *
     * @param place    the framework's place
     * @param position the answer's position in the answers
     * @param covers   whether the answer scores or excludes the framework
     * @return the position of the first answer for the same framework, or -1 if this is the first
     */
    int add(int place, int position, boolean covers) {
        int earlier = first[place] - 1;
        if (earlier < 0) {
            first[place] = position + 1;
        }
        covered[place] |= covers;
        return earlier;
    }

    /**
     * Records an answer for a framework the rubric does not have.
     *
     * @param id       the framework id
     * @param position the answer's position in the answers
     * @return the position of the first answer for the same id, or -1 if this is the first
     */
    int addUnknown(FrameworkId id, int position) {
        if (unknown == null) {
            unknown = new HashMap<>();
        }
        Integer earlier = unknown.putIfAbsent(id, position);
        return earlier == null ? -1 : earlier;
    }

    /**
     * Returns the first answer given for the framework at a place.
     *
     * @param place the framework's place
     * @return the answer, or null if none is given
     */
    Answer answer(int place) {
        int position = first[place] - 1;
        return position < 0 ? null : answers.get(position).answer();
    }

    /**
     * Returns the first answer given for a framework of the rubric.
     *
     * @param id the framework id
     * @return the answer, or null if none is given or the rubric does not have the framework
     */
    @Override
    public Answer of(FrameworkId id) {
        int place = place(id);
        return place < 0 ? null : answer(place);
    }

    /**
     * Tells whether some answer for the framework at a place scores or excludes it.
     *
     * @param place the framework's place
     * @return true if covered
     */
    boolean isCovered(int place) {
        return covered[place];
    }
}
