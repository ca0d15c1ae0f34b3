package org.psirtmaturity.spreadsheet;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.json.AssessmentJson;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.scoring.ValidationOptions;

/**
 * Writes the catalogue's workbooks into {@code src/test/resources}; run on purpose only:
 * {@code ./mvnw -pl psirt-spreadsheet verify -Dtest=CatalogueGenerator -Dpsirt.catalogue.write=true}.
 * It prints each workbook's problems in the form of its problems file, for review; the problems files
 * themselves are written by hand. The {@code valid-libreoffice-*} workbooks need LibreOffice.
 */
class CatalogueGenerator {

    private static final Path DIRECTORY = Path.of("src/test/resources/org/psirtmaturity/spreadsheet/catalogue");

    @Test
    void writeCatalogue() throws Exception {
        assumeTrue(Boolean.getBoolean("psirt.catalogue.write"), "writes the catalogue only when asked to");
        Files.createDirectories(DIRECTORY);
        for (Map.Entry<String, Supplier<byte[]>> e : Catalogue.recipes().entrySet()) {
            byte[] workbook = e.getValue().get();
            Files.write(DIRECTORY.resolve(e.getKey() + ".xlsx"), workbook);
            Path problems = DIRECTORY.resolve(e.getKey() + ".problems.txt");
            List<String> options = Files.exists(problems)
                    ? Files.readAllLines(problems).stream().filter(l -> l.startsWith("# options:")).toList() : List.of();
            ValidationOptions o = BadInputCatalogueTest.options(options);
            List<Problem> found = BadInputCatalogueTest.problems(workbook, Locale.ENGLISH, o);
            System.out.println("== " + e.getKey() + " " + options);
            found.forEach(p -> System.out.println(BadInputCatalogueTest.line(p) + "    | " + p.message()));
        }
        if (LibreOffice.soffice().isPresent()) {
            Path work = Files.createTempDirectory("catalogue");
            Path ja = Files.write(work.resolve("valid-libreoffice-ja.xlsx"), RoundTripTest.filled(Locale.JAPANESE));
            Path en = Files.write(work.resolve("valid-libreoffice-en.xlsx"), RoundTripTest.filled(Locale.ENGLISH));
            List<byte[]> saved = LibreOffice.resave(work, List.of(ja, en));
            Files.write(DIRECTORY.resolve("valid-libreoffice-ja.xlsx"), saved.get(0));
            Files.write(DIRECTORY.resolve("valid-libreoffice-en.xlsx"), saved.get(1));
            Files.writeString(DIRECTORY.resolve("valid-libreoffice-ja.assessment.json"),
                    AssessmentJson.write(RoundTripTest.expected(Workbooks.rubric(Locale.JAPANESE))));
            Files.writeString(DIRECTORY.resolve("valid-libreoffice-en.assessment.json"),
                    AssessmentJson.write(RoundTripTest.expected(Workbooks.rubric(Locale.ENGLISH))));
        }
    }
}
