package org.psirtmaturity.model.structure;

import org.psirtmaturity.model.FrameworkId;

/**
 * The keys under which a language module supplies a rubric's texts. This is the one definition of
 * the key scheme:
 * <pre>
 * rubric.title
 * area.&lt;n&gt;.title                 e.g. area.1.title
 * framework.&lt;id&gt;.title            e.g. framework.2.1.title
 * framework.&lt;id&gt;.objective
 * framework.&lt;id&gt;.level.&lt;0-5&gt;      only for levels the structure defines
 * framework.&lt;id&gt;.note.&lt;k&gt;         k = 1 … the framework's note count
 * </pre>
 */
public final class TextKeys {

    /** The key of the rubric's title. */
    public static final String RUBRIC_TITLE = "rubric.title";

    private TextKeys() {
    }

    /**
     * Returns the key of an area title.
     *
     * @param area the area number
     * @return e.g. {@code "area.1.title"}
     */
    public static String areaTitle(int area) {
        return new StringBuilder(16).append("area.").append(area).append(".title").toString();
    }

    /**
     * Returns the key of a framework title.
     *
     * @param id the framework
     * @return e.g. {@code "framework.2.1.title"}
     */
    public static String frameworkTitle(FrameworkId id) {
        return key(id, ".title");
    }

    /**
     * Returns the key of a framework objective.
     *
     * @param id the framework
     * @return e.g. {@code "framework.2.1.objective"}
     */
    public static String objective(FrameworkId id) {
        return key(id, ".objective");
    }

    /**
     * Returns the key of a level description.
     *
     * @param id    the framework
     * @param level the level, 0 to 5
     * @return e.g. {@code "framework.2.1.level.3"}
     */
    public static String level(FrameworkId id, int level) {
        return key(id, ".level.", level);
    }

    /**
     * Returns the key of a framework note.
     *
     * @param id     the framework
     * @param number the note's number, from 1
     * @return e.g. {@code "framework.2.4.note.1"}
     */
    public static String note(FrameworkId id, int number) {
        return key(id, ".note.", number);
    }

    /*
     * The keys are built with a StringBuilder rather than '+': a rubric's load builds each key a few
     * times, and every '+' site is linked through StringConcatFactory on its first use, which a
     * fresh JVM pays for each site.
     */

    private static String key(FrameworkId id, String suffix) {
        return new StringBuilder(32).append("framework.").append(id.area()).append('.').append(id.number()).append(suffix).toString();
    }

    private static String key(FrameworkId id, String infix, int n) {
        return new StringBuilder(32).append("framework.").append(id.area()).append('.').append(id.number()).append(infix).append(n)
                .toString();
    }
}
