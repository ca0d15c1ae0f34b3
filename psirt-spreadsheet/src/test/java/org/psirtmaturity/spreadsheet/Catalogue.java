package org.psirtmaturity.spreadsheet;

import static org.psirtmaturity.spreadsheet.Workbooks.number;
import static org.psirtmaturity.spreadsheet.Workbooks.shared;
import static org.psirtmaturity.spreadsheet.Workbooks.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.psirtmaturity.model.Framework;

/**
 * The recipes of the bad-input catalogue's workbooks ({@code catalogue/invalid-*.xlsx}): each starts from
 * the template of one language and makes one kind of mistake (or a few). {@link CatalogueGenerator}
 * writes them; {@link BadInputCatalogueTest} reads the committed files, so a change of the template is
 * caught by the test until the catalogue is made again.
 */
final class Catalogue {

    private Catalogue() {
    }

    private static final Locale JA = Locale.JAPANESE;
    private static final Locale EN = Locale.ENGLISH;

    static Map<String, Supplier<byte[]>> recipes() {
        Map<String, Supplier<byte[]>> r = new LinkedHashMap<>();
        Workbooks.Names ja = new Workbooks.Names(JA);
        Workbooks.Names en = new Workbooks.Names(EN);

        // ---- what the file is
        r.put("invalid-empty", () -> new byte[0]);
        r.put("invalid-xls-compound-file", () -> {
            byte[] b = new byte[512];
            System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, b, 0, 8);
            return b;
        });
        r.put("invalid-ods", () -> Workbooks.zip(Map.of("mimetype", utf8("application/vnd.oasis.opendocument.spreadsheet"),
                "content.xml", utf8("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"))));
        r.put("invalid-docx", () -> Workbooks.zip(Map.of("[Content_Types].xml", utf8("<Types/>"), "word/document.xml", utf8("<document/>"))));
        r.put("invalid-cut-short", () -> {
            byte[] t = Workbooks.template(EN);
            return Arrays.copyOf(t, t.length / 2);
        });
        r.put("invalid-json-text", () -> utf8("{\"format\": \"psirt-assessment/1\", \"answers\": []}\n"));

        // ---- not this questionnaire
        r.put("invalid-no-start-sheet", () -> Workbooks.edit(Workbooks.template(EN))
                .renameSheet("Start", "Sheet1").build());
        r.put("invalid-format-version-2", () -> Workbooks.edit(Workbooks.template(JA))
                .set(ja.start("label.format"), "psirt-questionnaire/2").build());

        // ---- sheets, headers and rows of the template missing
        r.put("invalid-answers-sheet-renamed", () -> Workbooks.edit(Workbooks.template(JA))
                .renameSheet("回答", "回答（旧）").build());
        r.put("invalid-foundations-sheet-removed", () -> Workbooks.edit(Workbooks.template(EN))
                .part("xl/workbook.xml", x -> x.replaceAll("<sheet [^>]*name=\"Foundations\"[^>]*/>", "")).build());
        r.put("invalid-headers-changed", () -> Workbooks.edit(Workbooks.template(EN))
                .set("Answers!J1", "Our answer").set("Answers!M1", "Evidence").set("Foundations!A1", "").build());
        r.put("invalid-rubric-rows-relabelled", () -> Workbooks.edit(Workbooks.template(EN))
                .set(en.startLabel("label.rubric"), "Rubrik").set(en.startLabel("label.edition"), "Version").build());

        // ---- values past the drop-downs
        r.put("invalid-values-past-the-drop-down", () -> Workbooks.edit(Workbooks.template(JA))
                .set(ja.answer("1.1"), number("7"))
                .set(ja.answer("1.2"), text("３"))
                .set(ja.answer("1.3"), text("three"))
                .set(ja.answer("1.4"), number("2.5"))
                .set(ja.answer("1.5"), new Workbooks.Bool(true))
                .set(ja.answer("1.6"), new Workbooks.Err("#N/A"))
                .set(ja.answer("1.7"), shared("対象外"))
                .set(ja.answer("2.1"), text("レベル６"))
                .build());
        r.put("invalid-date-and-yes-no", () -> Workbooks.edit(Workbooks.template(EN))
                .set(en.start("label.date"), "2026/10/01")
                .set(en.foundation(0), "maybe")
                .set(en.foundation(1), text("ｙｅｓ"))
                .set(en.foundation(2), number("1"))
                .build());
        r.put("invalid-formulas", () -> Workbooks.edit(Workbooks.template(EN))
                .set(en.start("label.date"), new Workbooks.Formula("TODAY()", "46296"))
                .set(en.answer("2.1"), new Workbooks.Formula("1+2", "3"))
                .set(en.id("2.2"), new Workbooks.Formula("\"2.\"&\"2\"", "2.2"))
                .set(en.answer("2.2"), "Level 2")
                .set(en.foundation(0), new Workbooks.Formula("1=1", "1"))
                .build());
        r.put("invalid-reason-without-exclusion", () -> Workbooks.edit(Workbooks.template(JA))
                .set(ja.answer("3.1"), shared("レベル 3")).set(ja.reason("3.1"), "対象外の製品")
                .set(ja.reason("3.2"), "理由だけ")
                .build());
        r.put("invalid-foundation-answered-twice", () -> Workbooks.edit(Workbooks.template(EN))
                .set(en.foundation(8), "Yes")
                .set("Foundations!A12", "triage").set("Foundations!C12", "No")
                .build());
        r.put("invalid-value-beyond-row-1000", () -> Workbooks.edit(Workbooks.template(JA))
                .set(ja.answer("1.1"), "レベル 2").set("回答!L1001", "a note far below").build());
        r.put("invalid-note-longer-than-excel-allows", () -> Workbooks.edit(Workbooks.template(EN))
                .set(en.answer("4.1"), "Level 1").set(en.note("4.1"), "x".repeat(Limits.MAX_TEXT_LENGTH + 1)).build());

        // ---- the rubric's rules, placed in cells
        r.put("invalid-rubric-edition", () -> Workbooks.edit(Workbooks.template(JA))
                .set(ja.start("label.edition"), "2.0").set(ja.answer("1.1"), "レベル 1").build());
        r.put("invalid-framework-ids", () -> Workbooks.edit(Workbooks.template(EN))
                .set(en.id("2.1"), "２．１").set(en.answer("2.1"), "Level 3")
                .set(en.id("2.2"), "9.9").set(en.answer("2.2"), "Level 2")
                .set(en.id("2.3"), "").set(en.note("2.3"), "a note on a row without an id")
                .build());
        r.put("invalid-duplicate-rows", () -> Workbooks.edit(Workbooks.template(JA))
                .set(ja.answer("5.1"), "レベル 2")
                .set(ja.id("5.2"), "5.1").set(ja.answer("5.2"), "レベル 3")
                .build());
        r.put("invalid-out-of-scope-answered", () -> Workbooks.edit(Workbooks.template(EN))
                .set(en.answer("6.3"), "Level 3").build());
        r.put("invalid-undefined-level-in-strict-mode", () -> Workbooks.edit(Workbooks.template(JA))
                .set(ja.answer("4.4"), "レベル 4") // defined
                .set(ja.id("5.1"), "4.4").set(ja.answer("5.1"), "レベル 1") // a second row for 4.4, at an undefined level
                .set(ja.answer("5.2"), number("5")) // undefined for 5.2
                .build());
        r.put("invalid-incomplete-when-complete-required", () -> {
            Workbooks.Edit e = Workbooks.edit(Workbooks.template(EN));
            for (Framework f : Workbooks.rubric(EN).frameworks()) {
                String id = f.id().toString();
                if (!f.outOfScope() && !id.equals("1.1") && !id.equals("2.1") && !id.equals("3.1")) {
                    e.set(en.answer(id), f.level(4).isDefined() ? "Level 4" : "Level 5");
                }
            }
            e.set(en.answer("3.1"), "Level 9"); // unreadable: reported once, not also as missing
            return e.build();
        });
        r.put("invalid-foundation-key-unknown", () -> Workbooks.edit(Workbooks.template(EN))
                .set(en.foundationKey(0), "intake").set(en.foundation(0), "Yes").build());

        // ---- hostile, small enough to keep
        r.put("invalid-zip-bomb", () -> Workbooks.edit(Workbooks.template(EN)).put("xl/media/image1.png", new byte[8 * 1024 * 1024]).build());
        r.put("invalid-zip-bomb-of-many-parts", () -> {
            Workbooks.Edit e = Workbooks.edit(Workbooks.template(EN));
            for (int i = 0; i < 70; i++) {
                e.put("xl/media/image" + i + ".png", new byte[Limits.RATIO_GRACE_BYTES]);
            }
            return e.build();
        });
        r.put("invalid-too-many-parts", () -> {
            Workbooks.Edit e = Workbooks.edit(Workbooks.template(EN));
            for (int i = 0; i <= Limits.MAX_PARTS; i++) {
                e.put("xl/media/p" + i + ".bin", new byte[0]);
            }
            return e.build();
        });
        r.put("invalid-billion-laughs", () -> Workbooks.edit(Workbooks.template(JA)).put("xl/sharedStrings.xml", utf8(
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol3;</t></si></sst>")).build());
        r.put("invalid-not-well-formed-part", () -> Workbooks.edit(Workbooks.template(EN))
                .put("xl/styles.xml", utf8("<styleSheet><fonts></styleSheet>")).build());
        r.put("invalid-cell-reference-beyond-xfd", () -> {
            Workbooks.Edit e = Workbooks.edit(Workbooks.template(EN));
            String part = e.sheetPart("Answers");
            return e.part(part, x -> x.replace("</sheetData>", "<row r=\"40\"><c r=\"ZZZZZZ40\" t=\"b\"><v>1</v></c></row></sheetData>")).build();
        });
        r.put("invalid-array-formulas", () -> {
            Workbooks.Edit e = Workbooks.edit(Workbooks.template(EN));
            String part = e.sheetPart("Answers");
            StringBuilder row = new StringBuilder("<row r=\"40\">");
            for (int i = 0; i <= Limits.MAX_ARRAY_FORMULAS; i++) {
                row.append("<c><f t=\"array\" ref=\"A1:XFD1048576\">1</f><v>1</v></c>");
            }
            return e.part(part, x -> x.replace("</sheetData>", row + "</row></sheetData>")).build();
        });
        return r;
    }

    /** The options a catalogue entry is read with, by name (as its problems file says). */
    static List<String> names() {
        return new ArrayList<>(recipes().keySet());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
