package org.psirtmaturity.rubric;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.rubric.spi.RubricProvider;
import org.slf4j.LoggerFactory;

/**
 * Rubric provider jars made in the test: small provider classes compiled at test time with the JDK's
 * compiler, written into a jar with a {@code META-INF/services} file, and loaded through a
 * {@link URLClassLoader}.
 */
final class ProviderJars {

    /** The package of the compiled providers. */
    static final String PACKAGE = "com.example.rubrics";

    private static final String JA = "new RubricDescriptor(SoftwareIsacSheet.ID, \"1.0\", Locale.JAPANESE)";

    /** Provider sources by simple class name. */
    static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("GoodEnglish", bundled("GoodEnglish", "Locale.ENGLISH", "texts.en.json"));
        SOURCES.put("JapaneseA", bundled("JapaneseA", "Locale.JAPANESE", "texts.ja.json"));
        SOURCES.put("JapaneseB", bundled("JapaneseB", "Locale.JAPANESE", "texts.ja.json"));
        SOURCES.put("ConstructorThrows", provider("ConstructorThrows",
                "public ConstructorThrows() { throw new IllegalStateException(\"no licence file\"); }", JA, "null"));
        SOURCES.put("StaticInitialiserThrows", provider("StaticInitialiserThrows",
                "static final int X = fail(); static int fail() { throw new IllegalArgumentException(\"bad static state\"); }", JA, "null"));
        SOURCES.put("NoPublicConstructor", provider("NoPublicConstructor", "NoPublicConstructor(int unused) { }", JA, "null"));
        SOURCES.put("DescriptorThrows", provider("DescriptorThrows", "",
                "(RubricDescriptor) thrower(new IllegalStateException(\"descriptor failed\\non two lines\"))", "null"));
        SOURCES.put("DescriptorNull", provider("DescriptorNull", "", "null", "null"));
        SOURCES.put("LoadThrows", provider("LoadThrows", "", JA,
                "(Rubric) thrower(new UnsupportedOperationException(\"texts not bundled\"))"));
        SOURCES.put("LoadNull", provider("LoadNull", "", JA, "null"));
        SOURCES.put("LoadsAnother", provider("LoadsAnother", "", "new RubricDescriptor(\"another-rubric\", \"2\", Locale.JAPANESE)",
                "new JapaneseA().load()"));
        SOURCES.put("NotAProvider", "package " + PACKAGE + ";\npublic final class NotAProvider { }\n");
        SOURCES.put("BrokenLogging", "package " + PACKAGE + ";\n"
                + "import org.slf4j.*;\nimport org.slf4j.spi.*;\n"
                + "/** An SLF4J provider that fails to start: LoggerFactory then throws. */\n"
                + "public final class BrokenLogging implements SLF4JServiceProvider {\n"
                + "  public ILoggerFactory getLoggerFactory() { throw new IllegalStateException(\"broken logging\"); }\n"
                + "  public IMarkerFactory getMarkerFactory() { throw new IllegalStateException(\"broken logging\"); }\n"
                + "  public MDCAdapter getMDCAdapter() { throw new IllegalStateException(\"broken logging\"); }\n"
                + "  public String getRequestedApiVersion() { return \"2.0.99\"; }\n"
                + "  public void initialize() { throw new IllegalStateException(\"broken logging\"); }\n"
                + "}\n");
    }

    private ProviderJars() {
    }

    /** A provider bundling texts next to itself, as a rubric module would. */
    private static String bundled(String name, String locale, String resource) {
        return "package " + PACKAGE + ";\n"
                + "import java.io.InputStream;\nimport java.util.Locale;\n"
                + "import org.psirtmaturity.model.structure.SoftwareIsacSheet;\n"
                + "import org.psirtmaturity.rubric.spi.BundledRubricProvider;\n"
                + "public final class " + name + " extends BundledRubricProvider {\n"
                + "  public " + name + "() { super(SoftwareIsacSheet.structure(), " + locale + ", \"" + resource + "\"); }\n"
                + "  @Override protected InputStream open(String resource) { return " + name + ".class.getResourceAsStream(resource); }\n"
                + "}\n";
    }

    /** A provider with the given members, descriptor expression and load expression. */
    private static String provider(String name, String members, String descriptor, String load) {
        return "package " + PACKAGE + ";\n"
                + "import java.util.Locale;\n"
                + "import org.psirtmaturity.model.Rubric;\n"
                + "import org.psirtmaturity.model.structure.SoftwareIsacSheet;\n"
                + "import org.psirtmaturity.rubric.RubricDescriptor;\n"
                + "import org.psirtmaturity.rubric.spi.RubricProvider;\n"
                + "public final class " + name + " implements RubricProvider {\n"
                + "  " + members + "\n"
                + (members.contains("public " + name + "()") || members.contains(name + "(int") ? "" : "  public " + name + "() { }\n")
                + "  @Override public RubricDescriptor descriptor() { return " + descriptor + "; }\n"
                + "  @Override public Rubric load() { return " + load + "; }\n"
                + "  static Object thrower(RuntimeException e) { throw e; }\n"
                + "}\n";
    }

    /**
     * Compiles every provider source into {@code dir/classes}.
     *
     * @return the directory of the class files
     */
    static Path compile(Path dir) throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", classPath(RubricProvider.class, Rubric.class,
                LoggerFactory.class), "--release", "17", "-encoding", "UTF-8", "-proc:none", "-implicit:none"));
        for (Map.Entry<String, String> e : SOURCES.entrySet()) {
            Path file = src.resolve(PACKAGE.replace('.', '/')).resolve(e.getKey() + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new IllegalStateException("the tests need a JDK"));
        StringWriter diagnostics = new StringWriter();
        PrintWriter err = new PrintWriter(diagnostics);
        int status = javac.run(err, err, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("the test providers do not compile:\n" + diagnostics);
        }
        return out;
    }

    /**
     * Writes a jar with every compiled class, the placeholder texts in both languages and a services
     * file for {@code service} that lists the given classes in order.
     *
     * @param classes  the compiled classes
     * @param jar      the jar to write
     * @param service  the service interface's name
     * @param services simple class names in {@link #PACKAGE}, or other names as they are (with a dot)
     */
    static Path jar(Path classes, Path jar, String service, String... services) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                put(out, classes.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
            }
            String dir = PACKAGE.replace('.', '/') + "/";
            put(out, dir + "texts.en.json", PlaceholderRubric.json("en", PlaceholderRubric.texts()).getBytes(StandardCharsets.UTF_8));
            put(out, dir + "texts.ja.json", PlaceholderRubric.json("ja", PlaceholderRubric.texts()).getBytes(StandardCharsets.UTF_8));
            StringBuilder list = new StringBuilder("# made by ProviderJars\n");
            for (String s : services) {
                list.append(s.contains(".") ? s : PACKAGE + "." + s).append('\n');
            }
            put(out, "META-INF/services/" + service, list.toString().getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** A class path of the places the given classes were loaded from. */
    static String classPath(Class<?>... classes) {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : classes) {
            entries.add(location(c).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The jar or directory a class was loaded from. */
    static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A URL for a path. */
    static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
