package org.psirtmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the Java sample at the top of the README, so that it cannot rot. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void readmeSample_compilesAndRuns() throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("a java block in README.md").isTrue();
        String source = "import java.util.*;\n"
                + "import org.psirtmaturity.model.*;\n"
                + "import org.psirtmaturity.model.first.*;\n"
                + "import java.time.*;\n"
                + "import org.psirtmaturity.rubric.*;\n"
                + "import org.psirtmaturity.scoring.*;\n"
                + "import org.psirtmaturity.json.*;\n"
                + "public class ReadmeSample {\n"
                + "  public static void run(Locale userLocale) {\n" + m.group(1) + "\n  }\n}\n";
        Path file = dir.resolve("ReadmeSample.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);

        String classPath = String.join(File.pathSeparator,
                System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""));
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        StringWriter diagnostics = new StringWriter();
        PrintWriter err = new PrintWriter(diagnostics);
        int status = javac.run(err, err, "-classpath", classPath, "-d", dir.toString(), "-encoding", "UTF-8", file.toString());
        assertThat(status).as("README sample compiles: %s", diagnostics).isZero();

        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Method run = loader.loadClass("ReadmeSample").getMethod("run", Locale.class);
            run.invoke(null, Locale.FRENCH);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("2.60 WITHIN", "3.1: 2 -> 3", "5.3: 2 -> 3", "脆弱性報告の受付: ");
    }
}
