package org.psirtmaturity.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test helper: which cells of a workbook's answer sheets carry a list drop-down, read from the sheets' XML. */
final class DropDowns {

    private DropDowns() {
    }

    /** A list validation: the cells it covers (sqref) and its list formula. */
    record Validation(List<String> ranges, String formula, String errorStyle) {
        boolean covers(String cell) {
            int[] c = parse(cell);
            for (String range : ranges) {
                String[] ends = range.split(":");
                int[] from = parse(ends[0]);
                int[] to = parse(ends[ends.length - 1]);
                if (c[0] >= from[0] && c[0] <= to[0] && c[1] >= from[1] && c[1] <= to[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Row and column of a cell reference such as J7 (dollars ignored). */
    static int[] parse(String ref) {
        String r = ref.replace("$", "");
        int i = 0;
        int column = 0;
        while (i < r.length() && Character.isLetter(r.charAt(i))) {
            column = column * 26 + (r.charAt(i) - 'A' + 1);
            i++;
        }
        return new int[] {Integer.parseInt(r.substring(i)), column};
    }

    /** The list validations of one sheet. */
    static List<Validation> of(byte[] workbook, String sheet) {
        Workbooks.Edit e = Workbooks.edit(workbook);
        Document doc = Workbooks.parse(e.parts().get(e.sheetPart(sheet)));
        NodeList nodes = doc.getElementsByTagNameNS("*", "dataValidation");
        List<Validation> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element v = (Element) nodes.item(i);
            if (!"list".equals(v.getAttribute("type"))) {
                continue;
            }
            NodeList f = v.getElementsByTagNameNS("*", "formula1");
            String sqref = v.getAttribute("sqref");
            if (sqref.isEmpty()) {
                NodeList s = v.getElementsByTagNameNS("*", "sqref");
                sqref = s.getLength() > 0 ? s.item(0).getTextContent() : "";
            }
            out.add(new Validation(List.of(sqref.trim().split("\\s+")), f.getLength() > 0 ? f.item(0).getTextContent() : "",
                    v.getAttribute("errorStyle")));
        }
        return out;
    }

    /** The drop-down's values of a list formula such as {@code "a,b,c"}. */
    static List<String> values(String formula) {
        String f = formula.strip();
        return List.of(f.substring(1, f.length() - 1).split(","));
    }

    /**
     * The answer and yes/no cells (of the template's layout) that have no drop-down offering the right
     * values: those of the rubric's language, in order.
     */
    static List<String> answerCellsWithout(byte[] workbook, Rubric rubric) {
        Words words = Words.of(rubric.locale());
        List<String> missing = new ArrayList<>();
        List<Validation> answers = of(workbook, words.answersSheet());
        for (Framework f : rubric.frameworks()) {
            if (f.outOfScope()) {
                continue;
            }
            String cell = "J" + Workbooks.answerRow(rubric, f.id().toString());
            if (answers.stream().noneMatch(v -> v.covers(cell) && values(v.formula()).equals(words.answerChoices()))) {
                missing.add(words.answersSheet() + "!" + cell);
            }
        }
        List<Validation> foundations = of(workbook, words.foundationsSheet());
        for (int i = 0; i < 9; i++) {
            String cell = "C" + (Layout.HEADER_ROW + 1 + i);
            if (foundations.stream().noneMatch(v -> v.covers(cell) && values(v.formula()).equals(words.yesNoChoices()))) {
                missing.add(words.foundationsSheet() + "!" + cell);
            }
        }
        return missing;
    }
}
