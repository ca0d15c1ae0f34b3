/**
 * The PSIRT maturity questionnaire as an Excel workbook (.xlsx), through
 * {@link org.psirtmaturity.spreadsheet.Questionnaires}: written from a rubric in its language, with a
 * drop-down on every answer, and read back into an assessment with the same one round of problems as the
 * JSON format, each naming its sheet and cell.
 *
 * <p>Writing uses fastexcel, reading fastexcel-reader; every entry of a workbook is checked through
 * commons-compress (the reader's own zip library, so both see the same archive) and the JDK's XML parser
 * before the reader opens it. The API takes and returns the JSON module's {@code ParseResult} and the
 * scoring module's assessments, so both are required transitively. Nothing is opened to another module,
 * nothing in a workbook is executed, and nothing is fetched.
 */
module org.psirtmaturity.spreadsheet {
    requires transitive org.psirtmaturity.json;
    requires java.xml;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;
    requires org.apache.commons.compress;

    exports org.psirtmaturity.spreadsheet;
}
