package org.psirtmaturity.spreadsheet;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: LibreOffice Calc, headless, opens workbooks and saves them again as .xlsx, as a person
 * who fills the questionnaire in LibreOffice does. Debian's {@code libreoffice-calc-nogui} provides
 * {@code soffice}; tests that need it are skipped where it is absent.
 */
final class LibreOffice {

    private LibreOffice() {
    }

    /** The {@code soffice} program on the PATH, if there is one. */
    static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Opens each workbook in LibreOffice and saves it as an Excel 2007-365 workbook, in one run.
     *
     * @param work a directory to work in (a private LibreOffice profile goes there too)
     * @param in   the workbooks, by file name (ending .xlsx)
     * @return the saved workbooks, in the same order
     */
    static List<byte[]> resave(Path work, List<Path> in) throws IOException, InterruptedException {
        Path out = Files.createDirectories(work.resolve("resaved"));
        Path profile = work.resolve("profile");
        List<String> command = new ArrayList<>(List.of(soffice().orElseThrow().toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString()));
        in.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("soffice did not finish in five minutes");
        }
        List<byte[]> saved = new ArrayList<>();
        for (Path p : in) {
            Path file = out.resolve(p.getFileName());
            if (!Files.exists(file)) {
                throw new IllegalStateException("soffice saved no " + file + ": " + Files.readString(work.resolve("soffice.log")));
            }
            saved.add(Files.readAllBytes(file));
        }
        return saved;
    }
}
