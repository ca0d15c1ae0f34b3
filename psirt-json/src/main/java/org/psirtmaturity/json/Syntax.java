package org.psirtmaturity.json;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.internal.Paths;

/**
 * Turns a syntax error of Jackson's parser into a problem in the user's words: what is wrong, where
 * (line and column, counted from 1, columns in characters), and what JSON expects. Jackson's own
 * message is never shown; the kind of mistake is told from the characters at the error, and from
 * Jackson's message only where the characters cannot tell (a missing colon from a missing comma).
 *
 * <p>Codes (arguments: line, column, then the detail shown):
 * {@code json.syntax.end} (the document ends inside an object, array or string),
 * {@code json.syntax.comment}, {@code json.syntax.single-quote}, {@code json.syntax.trailing-comma}
 * (detail: the closing bracket), {@code json.syntax.missing-comma},
 * {@code json.syntax.missing-colon}, {@code json.syntax.unquoted} (detail: the unquoted text),
 * {@code json.syntax.control-character} (a raw line break or control character inside a string),
 * {@code json.syntax.number} (a plus sign, a leading zero, a lone minus or point),
 * {@code json.syntax.escape} (a backslash escape JSON does not have),
 * {@code json.string.unpaired-surrogate} (an escaped unpaired surrogate in a property name, which
 * Jackson 2.21 and later refuse while parsing; no arguments), and {@code json.syntax} for anything
 * else (detail: the unexpected character).
 */
final class Syntax {

    private Syntax() {
    }

    static Problem problem(JsonProcessingException e, char[] text, JsonMessages messages) {
        JsonLocation at = e.getLocation();
        String line = at == null ? "?" : AssessmentReader.line(at);
        String column = at == null ? "?" : AssessmentReader.column(at);
        int offset = at == null ? -1 : (int) Math.min(at.getCharOffset(), text.length);
        String jackson = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || offset < 0 || offset >= text.length) {
            return messages.problem("", "json.syntax.end", "json.syntax.end", line, column);
        }
        char c = text[offset];
        char before = previous(text, offset);
        if (c == '/' || c == '#') {
            return messages.problem("", "json.syntax.comment", "json.syntax.comment", line, column);
        }
        if (c == '\'') {
            return messages.problem("", "json.syntax.single-quote", "json.syntax.single-quote", line, column);
        }
        if ((c == ']' || c == '}') && before == ',') {
            return messages.problem("", "json.syntax.trailing-comma", "json.syntax.trailing-comma", line, column, String.valueOf(c));
        }
        if (c < 0x20) {
            return messages.problem("", "json.syntax.control-character", "json.syntax.control-character", line, column,
                    String.format("U+%04X", (int) c));
        }
        if (jackson.contains("surrogate")) {
            // Jackson 2.21 and later refuse an escaped unpaired surrogate in a property name themselves.
            return messages.problem("", "json.string.unpaired-surrogate", "json.name.unpaired-surrogate");
        }
        if (jackson.contains("colon")) {
            return messages.problem("", "json.syntax.missing-colon", "json.syntax.missing-colon", line, column);
        }
        if (jackson.contains("comma")) {
            return messages.problem("", "json.syntax.missing-comma", "json.syntax.missing-comma", line, column);
        }
        if (jackson.contains("escape")) {
            return messages.problem("", "json.syntax.escape", "json.syntax.escape", line, column);
        }
        String word = word(text, offset);
        if (!word.isEmpty()) {
            // Jackson stops inside or after some words (NaN, Infinity): the column is the word's first letter.
            int start = wordStart(text, offset);
            String wordColumn = at == null ? column : String.valueOf(at.getColumnNr() - (offset - start));
            return messages.problem("", "json.syntax.unquoted", "json.syntax.unquoted", line, wordColumn, Paths.quote(word));
        }
        if (jackson.contains("numeric value") || c == '+' || before == '+') {
            return messages.problem("", "json.syntax.number", "json.syntax.number", line, column);
        }
        return messages.problem("", "json.syntax", "json.syntax", line, column, Paths.quote(String.valueOf(c)));
    }

    /** The last character before {@code offset} that is not JSON white space, or 0. */
    private static char previous(char[] text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return 0;
    }

    /** Where the word at {@code offset} starts: its first letter, at or before {@code offset}. */
    private static int wordStart(char[] text, int offset) {
        int start = offset;
        while (start > 0 && Character.isLetterOrDigit(text[start - 1])) {
            start--;
        }
        while (start < offset && !Character.isLetter(text[start])) {
            start++;
        }
        return start;
    }

    /**
     * The run of letters (and digits after the first letter) at the error: Jackson stops either at the
     * first letter of an unquoted name or just after an unrecognised word such as {@code three} or
     * {@code NaN}.
     */
    private static String word(char[] text, int offset) {
        int start = wordStart(text, offset);
        int end = offset;
        while (end < text.length && Character.isLetterOrDigit(text[end])) {
            end++;
        }
        if (start >= end || !Character.isLetter(text[start])) {
            return "";
        }
        return new String(text, start, Math.min(end - start, 40));
    }
}
