package org.psirtmaturity.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.internal.Paths;

/**
 * The checks a file passes before the workbook reader opens it, so that a hostile file fails with a
 * problem in bounded memory and time, and nothing in it is expanded, fetched or executed.
 *
 * <p>In order: what the file is by its first bytes (empty, an OLE2 compound file such as {@code .xls}
 * or a password-protected workbook, a zip archive, or anything else); its size; the number of entries
 * its central directory may hold (counted by their signatures before the archive is opened); then,
 * through commons-compress (the zip library the reader reads with, so both see the same entries), an
 * OpenDocument spreadsheet or a zip without workbook parts is named as such, and every entry is
 * uncompressed once with a running count: all entries together within
 * {@value Limits#MAX_UNCOMPRESSED_BYTES} bytes, and each within {@value Limits#MAX_RATIO} times its
 * compressed size once past {@value Limits#RATIO_GRACE_BYTES} bytes. Every entry that begins as XML
 * does is parsed with the JDK's streaming parser, DTDs and external entities off: a document type
 * declaration is refused, the entry must be well-formed (except a legacy VML drawing, which Excel
 * writes loosely and the reader never reads, after its root element), every cell and row reference
 * must lie within the last cell of a worksheet, a part may hold at most {@value Limits#MAX_CELLS}
 * cells and {@value Limits#MAX_ARRAY_FORMULAS} array formulas, and no cell may refer to a shared
 * string the workbook does not have. The reader is thus never given a part it would expand without
 * bound.
 */
final class Container {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final SheetMessages messages;
    /** One parser factory per check: a factory is configured once and used by one thread. */
    private final XMLInputFactory factory = factory();
    private final List<Problem> problems = new ArrayList<>();
    private long uncompressed;
    /** The fewest shared strings any shared-string table holds, or -1 if there is none. */
    private long sharedStrings = -1;
    /** The highest shared-string index a cell refers to, and the part it is in. */
    private long highestSharedIndex = -1;
    private String highestSharedIndexPart = "";

    private Container(SheetMessages messages) {
        this.messages = messages;
    }

    /**
     * Checks a file.
     *
     * @param bytes    the whole file
     * @param messages the messages' language
     * @return the problems, empty if the reader may open the file
     */
    static List<Problem> check(byte[] bytes, SheetMessages messages) {
        Container c = new Container(messages);
        c.run(bytes);
        return List.copyOf(c.problems);
    }

    /** Whether bytes begin as a zip archive or an OLE2 compound file does. */
    static boolean isSpreadsheetFile(byte[] firstBytes) {
        return isZip(firstBytes) || startsWith(firstBytes, OLE2);
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && ((b[2] == 3 && b[3] == 4) || (b[2] == 5 && b[3] == 6));
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void run(byte[] bytes) {
        if (bytes.length == 0) {
            format("empty");
            return;
        }
        if (startsWith(bytes, OLE2)) {
            format("ole2");
            return;
        }
        if (!isZip(bytes)) {
            format("other");
            return;
        }
        if (bytes.length > Limits.MAX_WORKBOOK_BYTES) {
            problems.add(messages.problem("", "sheet.limit.size", "sheet.limit.size", String.valueOf(Limits.MAX_WORKBOOK_BYTES)));
            return;
        }
        if (centralDirectoryEntries(bytes) > Limits.MAX_PARTS) {
            problems.add(messages.problem("", "sheet.limit.entries", "sheet.limit.entries", String.valueOf(Limits.MAX_PARTS)));
            return;
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > Limits.MAX_PARTS) {
                problems.add(messages.problem("", "sheet.limit.entries", "sheet.limit.entries", String.valueOf(Limits.MAX_PARTS)));
                return;
            }
            if (has(entries, "mimetype") && has(entries, "content.xml")) {
                format("ods");
                return;
            }
            if (!has(entries, "[Content_Types].xml") || entries.stream().noneMatch(e -> e.getName().toLowerCase(Locale.ROOT).startsWith("xl/"))) {
                format("zip");
                return;
            }
            for (ZipArchiveEntry e : entries) {
                if (!entry(zip, e)) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The archive's directory or an entry's header cannot be read: commons-compress signals a
            // damaged or unsupported archive with IOExceptions and, for some malformed fields, runtime ones.
            format("corrupt");
            return;
        }
        if (sharedStrings >= 0 && highestSharedIndex >= sharedStrings) {
            damaged(highestSharedIndexPart);
        }
    }

    /** Counts the central directory's entry signatures (PK 1 2) anywhere in the file: never fewer than it holds. */
    private static int centralDirectoryEntries(byte[] b) {
        int count = 0;
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                count++;
            }
        }
        return count;
    }

    private static boolean has(List<ZipArchiveEntry> entries, String name) {
        return entries.stream().anyMatch(e -> e.getName().equalsIgnoreCase(name));
    }

    /** Uncompresses and checks one entry; false once a problem ends the check. */
    private boolean entry(ZipFile zip, ZipArchiveEntry e) throws IOException {
        String part = Paths.quote(e.getName());
        Counted in;
        try {
            InputStream raw = zip.getInputStream(e);
            if (raw == null) {
                damaged(part);
                return false;
            }
            in = new Counted(raw, Math.max(1, e.getCompressedSize()), part);
        } catch (IOException ex) {
            damaged(part); // an unsupported compression method, or an encrypted entry
            return false;
        }
        try (PushbackInputStream peek = new PushbackInputStream(in, 4)) {
            byte[] head = new byte[4];
            int n = peek.readNBytes(head, 0, 4);
            peek.unread(head, 0, n);
            if (looksLikeXml(head, n)) {
                Optional<Problem> p = new XmlCheck(part, e.getName().toLowerCase(Locale.ROOT).endsWith(".vml")).scan(peek);
                if (p.isPresent()) {
                    problems.add(in.exceeded != null ? in.exceeded : p.get());
                    return false;
                }
            } else {
                peek.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException ex) {
            if (in.exceeded != null) {
                problems.add(in.exceeded);
            } else {
                damaged(part);
            }
            return false;
        }
        if (in.exceeded != null) {
            problems.add(in.exceeded);
            return false;
        }
        return true;
    }

    /**
     * Whether an entry begins as an XML document may (after an optional byte-order mark): with
     * {@code <} or white space in an ASCII-compatible encoding, with {@code <} in UTF-16 or UTF-32
     * without a byte-order mark, or with EBCDIC's {@code <?xm}. Anything else (images, binary parts) is
     * not parsed: no XML parser would find a document in it.
     */
    private static boolean looksLikeXml(byte[] head, int n) {
        if (n == 0) {
            return false;
        }
        int b0 = head[0] & 0xFF;
        if (b0 == '<' || b0 == ' ' || b0 == '\t' || b0 == '\r' || b0 == '\n' || b0 == 0xEF || b0 == 0xFE || b0 == 0xFF) {
            return true;
        }
        if (n < 4) {
            return false;
        }
        int b1 = head[1] & 0xFF;
        int b2 = head[2] & 0xFF;
        int b3 = head[3] & 0xFF;
        boolean utf16be = b0 == 0 && b1 == '<';
        boolean ucs4 = b0 == 0 && b1 == 0 && (b2 == 0 && b3 == '<' || b2 == '<' && b3 == 0 || b2 == 0xFE && b3 == 0xFF);
        boolean ebcdic = b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94;
        return utf16be || ucs4 || ebcdic;
    }

    private void format(String kind) {
        problems.add(messages.problem("", "sheet.format", "sheet.format." + kind));
    }

    private void damaged(String where) {
        problems.add(messages.problem("", "sheet.damaged", "sheet.damaged", where));
    }

    /** Counts the bytes an entry uncompresses to, against the total and the ratio limits; the first exceeded one stops reading. */
    private final class Counted extends FilterInputStream {

        private final long compressed;
        private final String part;
        private long count;
        private Problem exceeded;

        Counted(InputStream in, long compressed, String part) {
            super(in);
            this.compressed = compressed;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws IOException {
            count += n;
            uncompressed += n;
            if (exceeded == null && uncompressed > Limits.MAX_UNCOMPRESSED_BYTES) {
                exceeded = messages.problem("", "sheet.limit.uncompressed", "sheet.limit.uncompressed", String.valueOf(Limits.MAX_UNCOMPRESSED_BYTES));
            } else if (exceeded == null && count > Limits.RATIO_GRACE_BYTES && count > compressed * Limits.MAX_RATIO) {
                exceeded = messages.problem("", "sheet.limit.ratio", "sheet.limit.ratio", part,
                        String.valueOf(Limits.MAX_RATIO));
            }
            if (exceeded != null) {
                throw new IOException("limit exceeded");
            }
        }
    }

    /** One XML entry's scan: the DOCTYPE, well-formedness, references, counts and shared strings. */
    private final class XmlCheck {

        private final String part;
        private final boolean loose;
        private boolean rootSeen;
        private int cells;
        private int arrayFormulas;

        XmlCheck(String part, boolean loose) {
            this.part = part;
            this.loose = loose;
        }

        /** Scans to the end; the problem that ends the check, if any. */
        Optional<Problem> scan(InputStream in) throws IOException {
            XMLStreamReader r;
            try {
                r = factory.createXMLStreamReader(in);
            } catch (XMLStreamException e) {
                return Optional.of(notWellFormed());
            }
            try {
                return scan(r);
            } catch (XMLStreamException e) {
                if (e.getNestedException() instanceof IOException io) {
                    throw io;
                }
                return loose && rootSeen ? Optional.empty() : Optional.of(notWellFormed());
            } finally {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // closing releases the parser only; the stream is the caller's
                }
            }
        }

        private Optional<Problem> scan(XMLStreamReader r) throws XMLStreamException {
            int depth = 0;
            boolean sst = false;
            long si = 0;
            boolean sharedStringCell = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    return Optional.of(messages.problem("", "sheet.xml.doctype", "sheet.xml.doctype", part));
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    return Optional.of(notWellFormed()); // no entity is declared in a part without a DTD
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                rootSeen = true;
                String name = r.getLocalName();
                if (depth == 1 && name.equals("sst")) {
                    sst = true;
                } else if (sst && depth == 2 && name.equals("si")) {
                    si++;
                } else if (name.equals("row")) {
                    String ref = r.getAttributeValue(null, "r");
                    if (ref != null && !isRowNumber(ref)) {
                        return Optional.of(damagedProblem());
                    }
                } else if (name.equals("c")) {
                    if (++cells > Limits.MAX_CELLS) {
                        return Optional.of(messages.problem("", "sheet.limit.cells", "sheet.limit.cells", part, String.valueOf(Limits.MAX_CELLS)));
                    }
                    String ref = r.getAttributeValue(null, "r");
                    if (ref != null && !isCellReference(ref)) {
                        return Optional.of(damagedProblem());
                    }
                    sharedStringCell = "s".equals(r.getAttributeValue(null, "t"));
                } else if (name.equals("f")) {
                    if ("array".equals(r.getAttributeValue(null, "t")) && ++arrayFormulas > Limits.MAX_ARRAY_FORMULAS) {
                        return Optional.of(messages.problem("", "sheet.limit.formulas", "sheet.limit.formulas", part,
                                String.valueOf(Limits.MAX_ARRAY_FORMULAS)));
                    }
                } else if (name.equals("v") && sharedStringCell) {
                    depth--; // the index reads up to the end of the element
                    long index = sharedStringIndex(r);
                    if (index < 0) {
                        return Optional.of(damagedProblem());
                    }
                    if (index > highestSharedIndex) {
                        highestSharedIndex = index;
                        highestSharedIndexPart = part;
                    }
                }
            }
            if (sst) {
                sharedStrings = sharedStrings < 0 ? si : Math.min(sharedStrings, si);
            }
            return Optional.empty();
        }

        /** The index a shared-string cell's value holds: up to ten ASCII digits, or -1. Reads to the end of the element. */
        private long sharedStringIndex(XMLStreamReader r) throws XMLStreamException {
            StringBuilder digits = new StringBuilder();
            boolean valid = true;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.CDATA) {
                    if (digits.length() + r.getTextLength() > 10) {
                        valid = false;
                    } else {
                        digits.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    valid = false;
                    r.next(); // a child element: skip to its end and give up on this value
                }
            }
            String text = digits.toString().strip();
            if (!valid || text.isEmpty() || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return -1;
            }
            return Long.parseLong(text);
        }

        private Problem notWellFormed() {
            return messages.problem("", "sheet.xml", "sheet.xml", part);
        }

        private Problem damagedProblem() {
            return messages.problem("", "sheet.damaged", "sheet.damaged", part);
        }
    }

    /** A row number from 1 to the last row, in ASCII digits. */
    static boolean isRowNumber(String s) {
        if (s.isEmpty() || s.length() > 7 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return false;
        }
        int n = Integer.parseInt(s);
        return n >= 1 && n <= Limits.LAST_ROW;
    }

    /** A cell reference within A1 to XFD1048576: one to three letters (either case), then a row number, an optional $ before each. */
    static boolean isCellReference(String s) {
        int i = 0;
        if (i < s.length() && s.charAt(i) == '$') {
            i++;
        }
        int column = 0;
        int letters = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i)) && s.charAt(i) < 128) {
            column = column * 26 + (Character.toUpperCase(s.charAt(i)) - 'A' + 1);
            letters++;
            i++;
        }
        if (letters < 1 || letters > 3 || column - 1 > Limits.LAST_COLUMN) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == '$') {
            i++;
        }
        return isRowNumber(s.substring(i));
    }

    /** The JDK's own StAX parser (never a provider found on the class path), DTDs and external entities off. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read");
        });
        return f;
    }
}
