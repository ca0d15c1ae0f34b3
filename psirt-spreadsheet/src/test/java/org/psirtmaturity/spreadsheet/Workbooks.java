package org.psirtmaturity.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.rubric.Rubrics;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Test helper: makes templates and fills them in as a person (or another program) would, by editing the
 * worksheets' XML with the JDK's DOM parser and zipping the workbook again. Cells are named as a
 * spreadsheet program names them ({@code 回答!J3}); values are text (inline or shared), numbers as
 * stored, truth values, formulas or error values.
 */
final class Workbooks {

    /** A value to put in a cell. */
    sealed interface Cell {
    }

    /** Text, as an inline string. */
    record Inline(String text) implements Cell {
    }

    /** Text, in the shared-string table (as Excel and LibreOffice write text). */
    record Shared(String text) implements Cell {
    }

    /** A number, written exactly as given, e.g. {@code 3} or {@code 3.0}. */
    record Num(String raw) implements Cell {
    }

    /** A truth value. */
    record Bool(boolean value) implements Cell {
    }

    /** A formula with a cached value. */
    record Formula(String expression, String cached) implements Cell {
    }

    /** An error value such as {@code #N/A}. */
    record Err(String code) implements Cell {
    }

    /** Nothing: the cell's content is removed, its style kept. */
    record Empty() implements Cell {
    }

    static Cell text(String s) {
        return new Inline(s);
    }

    static Cell shared(String s) {
        return new Shared(s);
    }

    static Cell number(String raw) {
        return new Num(raw);
    }

    static Cell number(BigDecimal n) {
        return new Num(n.toPlainString());
    }

    private Workbooks() {
    }

    static Rubric rubric(Locale locale) {
        return Rubrics.installed().forLocale(locale);
    }

    /** The template of the installed rubric in a language. */
    static byte[] template(Locale locale) {
        return template(rubric(locale));
    }

    /** The templates made so far, by rubric language: a template is the same whenever it is written. */
    private static final Map<Locale, byte[]> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    static byte[] template(Rubric rubric) {
        return TEMPLATES.computeIfAbsent(rubric.locale(), l -> write(rubric)).clone();
    }

    private static byte[] write(Rubric rubric) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Questionnaires.write(rubric, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The one-based row of a framework on the answers sheet the template writes. */
    static int answerRow(Rubric rubric, String id) {
        int r = Layout.HEADER_ROW + 1;
        for (ServiceArea area : rubric.areas()) {
            r++;
            for (Framework f : area.frameworks()) {
                if (f.id().toString().equals(id)) {
                    return r;
                }
                r++;
            }
        }
        throw new IllegalArgumentException("no framework " + id);
    }

    /** Cell names of the template in a language. */
    static final class Names {
        final Words words;
        final Rubric rubric;

        Names(Locale locale) {
            this.words = Words.of(locale);
            this.rubric = rubric(locale);
        }

        String answer(String id) {
            return words.answersSheet() + "!J" + answerRow(rubric, id);
        }

        String id(String id) {
            return words.answersSheet() + "!A" + answerRow(rubric, id);
        }

        String reason(String id) {
            return words.answersSheet() + "!K" + answerRow(rubric, id);
        }

        String note(String id) {
            return words.answersSheet() + "!L" + answerRow(rubric, id);
        }

        String evidence(String id) {
            return words.answersSheet() + "!M" + answerRow(rubric, id);
        }

        /** The yes/no cell of a foundation, by its position among the keys (0 = executive-sponsorship). */
        String foundation(int index) {
            return words.foundationsSheet() + "!C" + (Layout.HEADER_ROW + 1 + index);
        }

        String foundationKey(int index) {
            return words.foundationsSheet() + "!A" + (Layout.HEADER_ROW + 1 + index);
        }

        /** A value cell of the start sheet, by the label's text key (label.organization …). */
        String start(String labelKey) {
            return words.startSheet() + "!B" + startRow(labelKey);
        }

        String startLabel(String labelKey) {
            return words.startSheet() + "!A" + startRow(labelKey);
        }

        private final Map<String, Integer> startRows = new java.util.HashMap<>();

        private int startRow(String labelKey) {
            return startRows.computeIfAbsent(labelKey, this::findStartRow);
        }

        private int findStartRow(String labelKey) {
            byte[] template = template(rubric);
            Edit e = edit(template);
            Document sheet = parse(e.parts().get(e.sheetPart(words.startSheet())));
            Document sst = parse(e.parts().get("xl/sharedStrings.xml"));
            NodeList strings = sst.getElementsByTagNameNS(MAIN, "si");
            NodeList cells = sheet.getElementsByTagNameNS(MAIN, "c");
            for (int i = 0; i < cells.getLength(); i++) {
                Element c = (Element) cells.item(i);
                if (c.getAttribute("r").startsWith("A") && c.getAttribute("t").equals("s")) {
                    String text = strings.item(Integer.parseInt(c.getTextContent())).getTextContent();
                    if (text.equals(words.text(labelKey))) {
                        return Integer.parseInt(c.getAttribute("r").substring(1));
                    }
                }
            }
            throw new IllegalArgumentException(labelKey);
        }
    }

    /** Edits of one workbook. */
    static final class Edit {
        private final Map<String, byte[]> parts;
        private final Map<String, Cell> cells = new LinkedHashMap<>();

        private Edit(byte[] workbook) {
            this.parts = unzip(workbook);
        }

        Edit set(String cell, Cell value) {
            cells.put(cell, value);
            return this;
        }

        Edit set(String cell, String inlineText) {
            return set(cell, new Inline(inlineText));
        }

        /** Changes a part's text (UTF-8). */
        Edit part(String name, UnaryOperator<String> change) {
            byte[] b = parts.get(name);
            if (b == null) {
                throw new IllegalArgumentException("no part " + name);
            }
            parts.put(name, change.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Edit put(String name, byte[] content) {
            parts.put(name, content);
            return this;
        }

        /** Renames a sheet in the workbook's list of sheets (nothing else refers to it by name that a reader needs). */
        Edit renameSheet(String from, String to) {
            Document wb = parse(parts.get("xl/workbook.xml"));
            NodeList sheets = wb.getElementsByTagNameNS("*", "sheet");
            for (int i = 0; i < sheets.getLength(); i++) {
                Element s = (Element) sheets.item(i);
                if (s.getAttribute("name").equals(from)) {
                    s.setAttribute("name", to);
                }
            }
            parts.put("xl/workbook.xml", serialize(wb));
            return this;
        }

        Edit remove(String name) {
            parts.remove(name);
            return this;
        }

        Map<String, byte[]> parts() {
            return parts;
        }

        /** The part holding a sheet, e.g. {@code xl/worksheets/sheet2.xml}. */
        String sheetPart(String sheet) {
            Document wb = parse(parts.get("xl/workbook.xml"));
            Document rels = parse(parts.get("xl/_rels/workbook.xml.rels"));
            NodeList sheets = wb.getElementsByTagNameNS("*", "sheet");
            for (int i = 0; i < sheets.getLength(); i++) {
                Element s = (Element) sheets.item(i);
                if (s.getAttribute("name").equals(sheet)) {
                    String id = s.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                    NodeList rs = rels.getElementsByTagNameNS("*", "Relationship");
                    for (int j = 0; j < rs.getLength(); j++) {
                        Element r = (Element) rs.item(j);
                        if (r.getAttribute("Id").equals(id)) {
                            String target = r.getAttribute("Target");
                            return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                        }
                    }
                }
            }
            throw new IllegalArgumentException("no sheet " + sheet);
        }

        byte[] build() {
            Map<String, Document> sheets = new LinkedHashMap<>();
            boolean shared = cells.values().stream().anyMatch(c -> c instanceof Shared);
            Document sst = shared ? parse(parts.get("xl/sharedStrings.xml")) : null;
            for (Map.Entry<String, Cell> e : cells.entrySet()) {
                int bang = e.getKey().lastIndexOf('!');
                String part = sheetPart(e.getKey().substring(0, bang));
                Document doc = sheets.computeIfAbsent(part, p -> parse(parts.get(p)));
                setCell(doc, sst, e.getKey().substring(bang + 1), e.getValue());
            }
            sheets.forEach((p, d) -> parts.put(p, serialize(d)));
            if (sst != null) {
                parts.put("xl/sharedStrings.xml", serialize(sst));
            }
            return zip(parts);
        }
    }

    static Edit edit(byte[] workbook) {
        return new Edit(workbook);
    }

    // ------------------------------------------------------------------ cells

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static void setCell(Document doc, Document sst, String ref, Cell value) {
        int split = 0;
        while (Character.isLetter(ref.charAt(split))) {
            split++;
        }
        int rowNumber = Integer.parseInt(ref.substring(split));
        int column = columnIndex(ref.substring(0, split));
        Element sheetData = (Element) doc.getElementsByTagNameNS(MAIN, "sheetData").item(0);
        Element row = null;
        for (Node n = sheetData.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element r && Integer.parseInt(r.getAttribute("r")) >= rowNumber) {
                if (Integer.parseInt(r.getAttribute("r")) == rowNumber) {
                    row = r;
                } else {
                    row = doc.createElementNS(MAIN, "row");
                    row.setAttribute("r", String.valueOf(rowNumber));
                    sheetData.insertBefore(row, r);
                }
                break;
            }
        }
        if (row == null) {
            row = doc.createElementNS(MAIN, "row");
            row.setAttribute("r", String.valueOf(rowNumber));
            sheetData.appendChild(row);
        }
        Element c = null;
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("c")) {
                int col = columnIndex(e.getAttribute("r").replaceAll("[0-9]", ""));
                if (col == column) {
                    c = e;
                    break;
                }
                if (col > column) {
                    c = doc.createElementNS(MAIN, "c");
                    c.setAttribute("r", ref);
                    row.insertBefore(c, e);
                    break;
                }
            }
        }
        if (c == null) {
            c = doc.createElementNS(MAIN, "c");
            c.setAttribute("r", ref);
            row.appendChild(c);
        }
        while (c.getFirstChild() != null) {
            c.removeChild(c.getFirstChild());
        }
        c.removeAttribute("t");
        if (value instanceof Inline t) {
            c.setAttribute("t", "inlineStr");
            Element is = doc.createElementNS(MAIN, "is");
            Element te = doc.createElementNS(MAIN, "t");
            te.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
            te.setTextContent(t.text());
            is.appendChild(te);
            c.appendChild(is);
        } else if (value instanceof Shared t) {
            Element root = sst.getDocumentElement();
            Element si = sst.createElementNS(MAIN, "si");
            Element te = sst.createElementNS(MAIN, "t");
            te.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
            te.setTextContent(t.text());
            si.appendChild(te);
            root.appendChild(si);
            int count = sst.getElementsByTagNameNS(MAIN, "si").getLength();
            root.setAttribute("count", String.valueOf(count));
            root.setAttribute("uniqueCount", String.valueOf(count));
            c.setAttribute("t", "s");
            c.appendChild(v(doc, String.valueOf(count - 1)));
        } else if (value instanceof Num n) {
            c.appendChild(v(doc, n.raw()));
        } else if (value instanceof Bool b) {
            c.setAttribute("t", "b");
            c.appendChild(v(doc, b.value() ? "1" : "0"));
        } else if (value instanceof Formula f) {
            Element fe = doc.createElementNS(MAIN, "f");
            fe.setTextContent(f.expression());
            c.appendChild(fe);
            c.appendChild(v(doc, f.cached()));
        } else if (value instanceof Err e) {
            c.setAttribute("t", "e");
            c.appendChild(v(doc, e.code()));
        }
    }

    private static Element v(Document doc, String text) {
        Element v = doc.createElementNS(MAIN, "v");
        v.setTextContent(text);
        return v;
    }

    private static int columnIndex(String letters) {
        int c = 0;
        for (char ch : letters.toCharArray()) {
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }

    // ------------------------------------------------------------------ XML and zip

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] serialize(Document doc) {
        try {
            var t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString().getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        // Through the central directory: fastexcel's zip writer (opczip) ends entries with data descriptors
        // that java.util.zip.ZipInputStream misreads; spreadsheet programs read the directory, as this does.
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                try (InputStream data = in.getInputStream(e)) {
                    parts.put(e.getName(), data.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(p.getKey()));
                out.write(p.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The text of a part. */
    static String text(byte[] workbook, String part) {
        return new String(unzip(workbook).get(part), StandardCharsets.UTF_8);
    }
}
