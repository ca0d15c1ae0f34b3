/**
 * The {@code psirt} command line. Distributed as the runnable jar {@code psirt.jar}; the module is
 * also usable on the module path ({@code java -p … -m org.psirtmaturity.cli}).
 */
module org.psirtmaturity.cli {
    requires org.psirtmaturity.report;
    requires org.psirtmaturity.rubric;
    requires org.psirtmaturity.cyclonedx;
    requires org.psirtmaturity.cisoassistant;
    requires org.psirtmaturity.spreadsheet;
    requires info.picocli;
    requires com.fasterxml.jackson.core;

    // picocli reads and writes the annotated fields of the commands reflectively
    opens org.psirtmaturity.cli to info.picocli;
}
