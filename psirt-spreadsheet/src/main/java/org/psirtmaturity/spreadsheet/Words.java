package org.psirtmaturity.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.internal.Messages;

/**
 * The words of the workbook in one of its two languages: sheet names, headers, labels and the
 * drop-downs' values, read from {@code texts.properties} (English) and {@code texts_ja.properties}.
 * A workbook is written in one language; the reader accepts the words of both.
 */
enum Words {

    /** The words of a Japanese workbook. */
    JAPANESE(Locale.JAPANESE, "ja"),
    /** The words of an English workbook. */
    ENGLISH(Locale.ENGLISH, "en");

    /** The bundles, read on first use through this module's own class (never the context class loader). */
    private static final class Bundle {
        static final Messages TEXTS = new Messages(name -> Words.class.getResourceAsStream(name.replace("messages", "texts")));
    }

    private final Locale locale;
    private final String tag;

    Words(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    /** The words for a locale: Japanese for {@code ja}, English otherwise (never the JVM's default). */
    static Words of(Locale locale) {
        return Messages.isJapanese(locale) ? JAPANESE : ENGLISH;
    }

    /** The language tag written in the workbook, {@code ja} or {@code en}. */
    String tag() {
        return tag;
    }

    /** The text under {@code key}, showing {@code arguments}. */
    String text(String key, String... arguments) {
        return Bundle.TEXTS.format(locale, key, List.of(arguments));
    }

    String startSheet() {
        return text("sheet.start");
    }

    String answersSheet() {
        return text("sheet.answers");
    }

    String foundationsSheet() {
        return text("sheet.foundations");
    }

    /** The drop-down's value for a level, e.g. {@code Level 3} or {@code レベル 3}. */
    String level(int level) {
        return text("answer.level", String.valueOf(level));
    }

    String excluded() {
        return text("answer.excluded");
    }

    String unanswered() {
        return text("answer.unanswered");
    }

    String outOfScope() {
        return text("answer.out-of-scope");
    }

    String yes() {
        return text("answer.yes");
    }

    String no() {
        return text("answer.no");
    }

    /** What stands in a level's cell where the sheet leaves the level undefined: 「─」 or "—". */
    String undefinedLevel() {
        return text("level.undefined");
    }

    /** The answer drop-down's values, in order: the levels 0 to 5, the exclusion, no answer. */
    List<String> answerChoices() {
        List<String> choices = new ArrayList<>();
        for (int l = RubricLevel.MIN; l <= RubricLevel.MAX; l++) {
            choices.add(level(l));
        }
        choices.add(excluded());
        choices.add(unanswered());
        return List.copyOf(choices);
    }

    /** The yes/no drop-down's values, in order. */
    List<String> yesNoChoices() {
        return List.of(yes(), no());
    }
}
