package org.psirtmaturity.cisoassistant;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.SourceDocument;
import org.psirtmaturity.model.UsageGuidance;

/**
 * The few texts the library adds to a rubric's own texts, in Japanese for a rubric whose language is
 * {@code ja} and in English for any other: level names, what an undefined or out-of-scope level says,
 * the library's description and its copyright line.
 */
enum Phrases {

    /** Japanese. */
    JAPANESE {
        @Override
        String levelName(int level) {
            return "レベル " + level;
        }

        @Override
        String undefinedLevel(int level) {
            return "未定義: シートはこのフレームワークのレベル " + level + " を定義していない（セルは「─」のみ）。";
        }

        @Override
        String outOfScopeLevel() {
            return "対象外: シートはこのフレームワークを「※対象外」としており、レベルを定義していない。採点せず、適用外（not applicable）とする。";
        }

        @Override
        String outOfScopeNote() {
            return "対象外: シートはこのフレームワークを「※対象外」としている。採点せず、適用外（not applicable）とする。";
        }

        @Override
        String description(Rubric rubric) {
            SourceDocument source = rubric.source();
            UsageGuidance guidance = rubric.guidance();
            return source.publisher() + "「" + source.title() + "」（" + source.year() + "年）の CISO Assistant 版。"
                    + rubric.areas().size() + " のサービスエリアの " + rubric.frameworks().size()
                    + " のフレームワークを、それぞれ固有のレベル記述に照らして 0〜5 で採点する。"
                    + "各フレームワークの目的を確認し、レベル 0 から順に記述を読んで、自組織が最も近いレベルで採点する。"
                    + "目的が自組織の事業と明らかに無関係なフレームワークは適用外とする。"
                    + "当面の目標はフレームワーク平均 " + guidance.targetMinimum().toPlainString() + "〜"
                    + guidance.targetMaximum().toPlainString() + "。"
                    + guidance.shortestRescoringInterval().toTotalMonths() + "〜"
                    + guidance.longestRescoringInterval().toTotalMonths() + " か月ごとに再採点する。"
                    + outOfScopeList(rubric, "シートで対象外のフレームワーク: ", "、", "。");
        }

        @Override
        String copyright(SourceDocument source, List<Locale> translatedInto) {
            StringBuilder sb = new StringBuilder(source.publisher()).append("「").append(source.title()).append("」（")
                    .append(source.year()).append("年）。");
            for (Locale l : translatedInto) {
                sb.append(l.getDisplayLanguage(Locale.JAPANESE)).append("訳: PSIRT Maturity SDK プロジェクト。");
            }
            return sb.toString();
        }
    },

    /** English, also for any language other than Japanese. */
    ENGLISH {
        @Override
        String levelName(int level) {
            return "Level " + level;
        }

        @Override
        String undefinedLevel(int level) {
            return "Undefined: the sheet does not define level " + level + " of this framework (its cell holds only 「─」).";
        }

        @Override
        String outOfScopeLevel() {
            return "Out of scope: the sheet marks this framework out of scope (「※対象外」) and defines none of its levels. "
                    + "Do not score it; mark it not applicable.";
        }

        @Override
        String outOfScopeNote() {
            return "Out of scope: the sheet marks this framework out of scope (「※対象外」). Do not score it; mark it not applicable.";
        }

        @Override
        String description(Rubric rubric) {
            SourceDocument source = rubric.source();
            UsageGuidance guidance = rubric.guidance();
            return "The " + rubric.title() + " (" + source.publisher() + ", " + source.year() + ") for CISO Assistant: "
                    + rubric.frameworks().size() + " frameworks in " + rubric.areas().size()
                    + " service areas, each scored 0 to 5 against its own level descriptions. "
                    + "Read a framework's objective, then its levels from 0 upwards, and score the level the organisation is "
                    + "closest to; mark a framework not applicable where its objective is clearly outside the organisation's "
                    + "business. Target for the time being: an average over the frameworks of "
                    + guidance.targetMinimum().toPlainString() + " to " + guidance.targetMaximum().toPlainString()
                    + ". Re-score every " + guidance.shortestRescoringInterval().toTotalMonths() + " to "
                    + guidance.longestRescoringInterval().toTotalMonths() + " months."
                    + outOfScopeList(rubric, " Out of scope in the sheet: framework ", ", ", ".");
        }

        @Override
        String copyright(SourceDocument source, List<Locale> translatedInto) {
            StringBuilder sb = new StringBuilder("「").append(source.title()).append("」, ").append(source.publisher())
                    .append(", ").append(source.year()).append('.');
            for (Locale l : translatedInto) {
                sb.append(' ').append(l.getDisplayLanguage(Locale.ENGLISH)).append(" translation by the PSIRT Maturity SDK project.");
            }
            return sb.toString();
        }
    };

    /**
     * Chooses the phrases for a rubric's language.
     *
     * @param locale the rubric's locale
     * @return Japanese for the language {@code ja}, English otherwise
     */
    static Phrases of(Locale locale) {
        return locale.getLanguage().equals("ja") ? JAPANESE : ENGLISH;
    }

    /**
     * Returns a level's name in a score definition.
     *
     * @param level 0 to 5
     * @return e.g. {@code Level 2}
     */
    abstract String levelName(int level);

    /**
     * Returns the description of a level the sheet leaves undefined (「─」).
     *
     * @param level 0 to 5
     * @return a sentence saying so
     */
    abstract String undefinedLevel(int level);

    /**
     * Returns the description of every level of an out-of-scope framework.
     *
     * @return a sentence saying the framework is out of scope and is not scored
     */
    abstract String outOfScopeLevel();

    /**
     * Returns the annotation of an out-of-scope framework.
     *
     * @return a sentence saying the framework is out of scope and is not scored
     */
    abstract String outOfScopeNote();

    /**
     * Returns the description of the library and its framework.
     *
     * @param rubric the rubric in this language
     * @return the description
     */
    abstract String description(Rubric rubric);

    /**
     * Returns the copyright line: the source document, and who translated it into other languages.
     *
     * @param source         the source document
     * @param translatedInto the languages of the library other than the source's, in the library's order
     * @return the line
     */
    abstract String copyright(SourceDocument source, List<Locale> translatedInto);

    private static String outOfScopeList(Rubric rubric, String prefix, String separator, String suffix) {
        List<String> ids = rubric.frameworks().stream().filter(Framework::outOfScope).map(f -> f.id().toString()).toList();
        return ids.isEmpty() ? "" : ids.stream().collect(Collectors.joining(separator, prefix, suffix));
    }
}
