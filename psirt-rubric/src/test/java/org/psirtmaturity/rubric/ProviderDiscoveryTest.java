package org.psirtmaturity.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;
import org.psirtmaturity.rubric.ProviderProblem.Kind;
import org.psirtmaturity.rubric.spi.RubricProvider;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * Discovery with broken providers, each in a jar made in the test and loaded through a class loader
 * whose parent sees this library; beside each broken provider, listed after it, a good one.
 */
class ProviderDiscoveryTest {

    private static final String SERVICE = RubricProvider.class.getName();
    private static final String P = ProviderJars.PACKAGE + ".";
    private static final RubricDescriptor JA = new RubricDescriptor(SoftwareIsacSheet.ID, "1.0", Locale.JAPANESE);
    private static final RubricDescriptor EN = new RubricDescriptor(SoftwareIsacSheet.ID, "1.0", Locale.ENGLISH);

    @TempDir
    static Path shared;
    private static Path classes;

    @TempDir
    Path dir;
    private final List<URLClassLoader> loaders = new ArrayList<>();

    @BeforeAll
    static void compileProviders() throws IOException {
        classes = ProviderJars.compile(shared);
    }

    @AfterEach
    void closeLoaders() throws IOException {
        for (URLClassLoader l : loaders) {
            l.close();
        }
    }

    /** Discovers the providers of a jar that lists the given classes, in a loader whose parent sees this library. */
    private Rubrics discover(String... providers) throws IOException {
        Path jar = ProviderJars.jar(classes, dir.resolve("providers-" + loaders.size() + ".jar"), SERVICE, providers);
        URLClassLoader loader = new URLClassLoader(new URL[] {ProviderJars.url(jar)}, Rubrics.class.getClassLoader());
        loaders.add(loader);
        return Rubrics.installedIn(loader);
    }

    /** The good English provider was found and loads its texts from its jar. */
    private static void assertEnglishLoads(Rubrics rubrics) {
        Rubric en = rubrics.forLocale(Locale.US);
        assertThat(en.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(en.contentDigest()).isEqualTo(PlaceholderRubric.read(Locale.ENGLISH,
                PlaceholderRubric.json("en", PlaceholderRubric.texts())).contentDigest());
        assertThat(rubrics.forId(SoftwareIsacSheet.ID, "1.0", Locale.ENGLISH)).isSameAs(en);
    }

    @Test
    void constructorThrows_providerIsSkippedAndNamed_goodOneLoads() throws IOException {
        Rubrics rubrics = discover("ConstructorThrows", "GoodEnglish");

        assertThat(rubrics.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.INSTANTIATION_FAILED);
            assertThat(p.providers()).containsExactly(P + "ConstructorThrows");
            assertThat(p.rubric()).isEmpty();
            assertThat(p.message()).isEqualTo("rubric provider " + P + "ConstructorThrows could not be instantiated: "
                    + "java.lang.IllegalStateException: no licence file");
            assertThat(p.cause()).get().isInstanceOf(IllegalStateException.class);
        });
        assertThat(rubrics.available()).containsExactly(EN);
        assertEnglishLoads(rubrics);
        // the broken provider may have been the Japanese one: asking for it names the provider
        assertThatThrownBy(() -> rubrics.forLocale(Locale.JAPANESE))
                .isInstanceOf(RubricNotFoundException.class)
                .asInstanceOf(type(RubricProviderException.class))
                .satisfies(e -> {
                    assertThat(e).hasMessage("no rubric installed for locale ja; installed: sisac-psirt-maturity-sheet 1.0 (en); "
                            + "rubric providers that failed, one of which may supply it: rubric provider " + P
                            + "ConstructorThrows could not be instantiated: java.lang.IllegalStateException: no licence file");
                    assertThat(e.problems()).isEqualTo(rubrics.problems());
                    assertThat(e.installed()).containsExactly(EN);
                    assertThat(e).hasCauseInstanceOf(IllegalStateException.class);
                });
        // an explicit fallback still applies: no rubric matched the first locale
        assertThat(rubrics.forLocale(Locale.JAPANESE, Locale.ENGLISH).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void staticInitialiserThrows_isAnInstantiationFailureWithItsCause() throws IOException {
        Rubrics rubrics = discover("StaticInitialiserThrows", "GoodEnglish");

        assertThat(rubrics.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.INSTANTIATION_FAILED);
            assertThat(p.providers()).containsExactly(P + "StaticInitialiserThrows");
            assertThat(p.message()).isEqualTo("rubric provider " + P + "StaticInitialiserThrows could not be instantiated: "
                    + "java.lang.ExceptionInInitializerError (caused by java.lang.IllegalArgumentException: bad static state)");
        });
        assertEnglishLoads(rubrics);
    }

    @Test
    void descriptorThrows_providerIsSkippedAndNamed_messageStaysOnOneLine() throws IOException {
        Rubrics rubrics = discover("DescriptorThrows", "GoodEnglish");

        assertThat(rubrics.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DESCRIPTOR_THREW);
            assertThat(p.providers()).containsExactly(P + "DescriptorThrows");
            assertThat(p.message()).isEqualTo("rubric provider " + P + "DescriptorThrows: descriptor() threw "
                    + "java.lang.IllegalStateException: descriptor failed\\non two lines");
            assertThat(p.cause()).get().extracting(Throwable::getMessage).isEqualTo("descriptor failed\non two lines");
        });
        assertEnglishLoads(rubrics);
        assertThatThrownBy(() -> rubrics.forId(SoftwareIsacSheet.ID, Locale.JAPANESE))
                .isInstanceOf(RubricProviderException.class)
                .hasMessageStartingWith("no rubric installed for rubric sisac-psirt-maturity-sheet in locale ja; installed: "
                        + "sisac-psirt-maturity-sheet 1.0 (en); rubric providers that failed, one of which may supply it: "
                        + "rubric provider " + P + "DescriptorThrows: descriptor() threw")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void descriptorReturnsNull_providerIsSkippedAndNamed() throws IOException {
        Rubrics rubrics = discover("DescriptorNull", "GoodEnglish");

        assertThat(rubrics.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DESCRIPTOR_NULL);
            assertThat(p.providers()).containsExactly(P + "DescriptorNull");
            assertThat(p.message()).isEqualTo("rubric provider " + P + "DescriptorNull: descriptor() returned null");
            assertThat(p.cause()).isEmpty();
        });
        assertThat(rubrics.available()).containsExactly(EN);
        assertEnglishLoads(rubrics);
        assertThatThrownBy(() -> rubrics.forLocale(Locale.JAPAN, Locale.GERMAN))
                .isInstanceOf(RubricProviderException.class)
                .hasMessage("no rubric installed for locale ja-JP or fallback de; installed: sisac-psirt-maturity-sheet 1.0 (en); "
                        + "rubric providers that failed, one of which may supply it: rubric provider " + P
                        + "DescriptorNull: descriptor() returned null");
    }

    @Test
    void loadThrows_requestForThatRubricNamesTheProviderAndWhatItThrew() throws IOException {
        Rubrics rubrics = discover("LoadThrows", "GoodEnglish");

        assertThat(rubrics.problems()).isEmpty(); // load() is not called in discovery
        assertThat(rubrics.available()).containsExactly(EN, JA);
        assertEnglishLoads(rubrics);
        assertThatThrownBy(() -> rubrics.forLocale(Locale.JAPAN))
                .asInstanceOf(type(RubricProviderException.class))
                .satisfies(e -> {
                    assertThat(e).hasMessage("no usable rubric for locale ja-JP: rubric provider " + P + "LoadThrows: load() of "
                            + "sisac-psirt-maturity-sheet 1.0 (ja) threw java.lang.UnsupportedOperationException: texts not bundled");
                    assertThat(e).hasCauseInstanceOf(UnsupportedOperationException.class);
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.kind()).isEqualTo(Kind.LOAD_THREW);
                        assertThat(p.providers()).containsExactly(P + "LoadThrows");
                        assertThat(p.rubric()).contains(JA);
                    });
                });
        // a failed load is not kept: the next request asks the provider again, and fails the same way
        assertThatThrownBy(() -> rubrics.forId(SoftwareIsacSheet.ID, "1.0", Locale.JAPANESE))
                .isInstanceOf(RubricProviderException.class)
                .hasMessageStartingWith("no usable rubric for rubric sisac-psirt-maturity-sheet 1.0 in locale ja: rubric provider "
                        + P + "LoadThrows: load() of");
    }

    @Test
    void loadReturnsNull_requestForThatRubricNamesTheProvider() throws IOException {
        Rubrics rubrics = discover("LoadNull", "GoodEnglish");

        assertThat(rubrics.problems()).isEmpty();
        assertEnglishLoads(rubrics);
        assertThatThrownBy(() -> rubrics.forLocale(Locale.JAPANESE))
                .asInstanceOf(type(RubricProviderException.class))
                .satisfies(e -> {
                    assertThat(e).hasMessage("no usable rubric for locale ja: rubric provider " + P + "LoadNull: load() of "
                            + "sisac-psirt-maturity-sheet 1.0 (ja) returned null");
                    assertThat(e).hasNoCause();
                    assertThat(e.problems()).extracting(ProviderProblem::kind).containsExactly(Kind.LOAD_NULL);
                });
    }

    @Test
    void loadReturnsAnotherRubric_requestForThatRubricNamesTheProvider() throws IOException {
        Rubrics rubrics = discover("LoadsAnother", "GoodEnglish");

        assertEnglishLoads(rubrics);
        assertThatThrownBy(() -> rubrics.forId("another-rubric", Locale.JAPANESE))
                .isInstanceOf(RubricProviderException.class)
                .hasMessage("no usable rubric for rubric another-rubric in locale ja: rubric provider " + P
                        + "LoadsAnother describes another-rubric 2 (ja) but loaded sisac-psirt-maturity-sheet 1.0 (ja)");
    }

    @Test
    void twoProvidersOfOneRubricAndLocale_requestNamesBoth_noneIsPickedSilently() throws IOException {
        Rubrics rubrics = discover("JapaneseA", "JapaneseB", "GoodEnglish");

        String duplicate = "rubric providers " + P + "JapaneseA and " + P + "JapaneseB both supply rubric "
                + "sisac-psirt-maturity-sheet 1.0 (ja); keep only one of them on the class path or module path";
        assertThat(rubrics.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DUPLICATE);
            assertThat(p.providers()).containsExactly(P + "JapaneseA", P + "JapaneseB");
            assertThat(p.rubric()).contains(JA);
            assertThat(p.message()).isEqualTo(duplicate);
        });
        assertThat(rubrics.available()).containsExactly(EN, JA);
        assertEnglishLoads(rubrics);
        assertThatThrownBy(() -> rubrics.forLocale(Locale.JAPANESE))
                .asInstanceOf(type(RubricProviderException.class))
                .satisfies(e -> {
                    assertThat(e).hasMessage("no usable rubric for locale ja: " + duplicate);
                    assertThat(e.problems()).isEqualTo(rubrics.problems());
                });
        assertThatThrownBy(() -> rubrics.forId(SoftwareIsacSheet.ID, "1.0", Locale.JAPAN))
                .isInstanceOf(RubricProviderException.class).hasMessageEndingWith(duplicate);
        // the fallback is for a locale with no rubric, not for one whose rubric is unusable
        assertThatThrownBy(() -> rubrics.forLocale(Locale.JAPANESE, Locale.ENGLISH)).isInstanceOf(RubricProviderException.class);
    }

    @Test
    void classesTheServiceLoaderCannotUse_areRecordedWithItsMessage() throws IOException {
        Rubrics rubrics = discover("Missing", "NotAProvider", "NoPublicConstructor", "GoodEnglish");

        assertThat(rubrics.problems()).hasSize(3).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.LOOKUP_FAILED);
            assertThat(p.providers()).isEmpty();
            assertThat(p.cause()).get().isInstanceOf(java.util.ServiceConfigurationError.class);
        });
        assertThat(rubrics.problems()).extracting(ProviderProblem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("a rubric provider could not be loaded: java.util.ServiceConfigurationError: "
                        + SERVICE + ": ").contains(P + "Missing", "not found"),
                m -> assertThat(m).contains(P + "NotAProvider", "not a subtype"),
                m -> assertThat(m).contains(P + "NoPublicConstructor", "no-arg constructor"));
        assertEnglishLoads(rubrics);
    }

    @Test
    void everythingBrokenAtOnce_goodProvidersInBetweenAreFound_problemsInDiscoveryOrder() throws IOException {
        Rubrics rubrics = discover("ConstructorThrows", "JapaneseA", "DescriptorThrows", "Missing", "GoodEnglish", "DescriptorNull",
                "LoadThrows", "JapaneseB", "StaticInitialiserThrows");

        assertThat(rubrics.problems()).extracting(ProviderProblem::kind).containsExactly(Kind.INSTANTIATION_FAILED,
                Kind.DESCRIPTOR_THREW, Kind.LOOKUP_FAILED, Kind.DESCRIPTOR_NULL, Kind.INSTANTIATION_FAILED, Kind.DUPLICATE);
        // three providers describe the Japanese rubric
        assertThat(rubrics.problems().get(5).providers()).containsExactly(P + "JapaneseA", P + "LoadThrows", P + "JapaneseB");
        assertThat(rubrics.problems().get(5).message()).startsWith("rubric providers " + P + "JapaneseA, " + P + "LoadThrows and "
                + P + "JapaneseB all supply rubric sisac-psirt-maturity-sheet 1.0 (ja)");
        assertThat(rubrics.available()).containsExactly(EN, JA);
        assertEnglishLoads(rubrics);
    }

    @Test
    void serviceLoaderThatCannotListConfigurationFiles_failureIsRecordedOnce_andDiscoveryEnds() {
        ClassLoader unreadable = new ClassLoader(Rubrics.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                throw new IOException("disk on fire");
            }
        };
        Rubrics rubrics = Rubrics.installedIn(unreadable); // the service loader fails the same way on every step

        assertThat(rubrics.problems()).extracting(ProviderProblem::message).containsExactly(
                "a rubric provider could not be loaded: java.util.ServiceConfigurationError: " + SERVICE
                        + ": Error locating configuration files (caused by java.io.IOException: disk on fire)",
                "rubric discovery stopped: the service loader failed 65 times in a row with the same error; "
                        + "providers after it were not looked for");
        assertThat(rubrics.problems()).extracting(ProviderProblem::kind).containsOnly(Kind.LOOKUP_FAILED);
        assertThat(rubrics.available()).isEmpty();
        assertThatThrownBy(() -> rubrics.forLocale(Locale.ENGLISH)).isInstanceOf(RubricProviderException.class)
                .hasMessageContaining("disk on fire");
    }

    @Test
    void nothingInstalled_noProblems() {
        Rubrics rubrics = Rubrics.installed(); // this module's tests install no provider
        assertThat(rubrics.problems()).isEmpty();
        assertThat(rubrics.available()).isEmpty();
        assertThatThrownBy(() -> rubrics.forLocale(Locale.JAPANESE)).isExactlyInstanceOf(RubricNotFoundException.class);
    }

    /**
     * A broken SLF4J provider makes {@code LoggerFactory.getLogger} throw. Discovery (which logs the
     * broken rubric provider) and loading (which logs the loaded rubric) still work: no logger is
     * held in a static field, so no class fails to initialise. Runs in a class loader of its own,
     * with its own copy of SLF4J, this library and its dependencies.
     */
    @Test
    void brokenLoggingSystem_doesNotBreakDiscoveryOrLoading() throws Exception {
        Path jar = ProviderJars.jar(classes, dir.resolve("with-broken-logging.jar"), "org.slf4j.spi.SLF4JServiceProvider", "BrokenLogging");
        Path providers = ProviderJars.jar(classes, dir.resolve("providers.jar"), SERVICE, "DescriptorThrows", "GoodEnglish");
        List<URL> urls = new ArrayList<>();
        for (Path p : List.of(jar, providers, ProviderJars.location(Rubrics.class), ProviderJars.location(Rubric.class),
                ProviderJars.location(JsonFactory.class), ProviderJars.location(org.slf4j.LoggerFactory.class))) {
            urls.add(ProviderJars.url(p));
        }
        assertThat(Files.isRegularFile(ProviderJars.location(org.slf4j.LoggerFactory.class))).isTrue();
        // the parent is the boot loader: the platform loader would pass on requests for the modules of the
        // boot layer (this library and SLF4J on the test's module path) to the application loader
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), null)) {
            Method getLogger = isolated.loadClass("org.slf4j.LoggerFactory").getMethod("getLogger", String.class);
            assertThatThrownBy(() -> getLogger.invoke(null, "x")).isInstanceOf(InvocationTargetException.class)
                    .cause().isInstanceOf(IllegalStateException.class).hasRootCauseMessage("broken logging");
            assertThatThrownBy(() -> getLogger.invoke(null, "x")).cause().isInstanceOf(IllegalStateException.class); // and stays broken

            Class<?> rubricsClass = isolated.loadClass(Rubrics.class.getName());
            assertThat(rubricsClass).isNotSameAs(Rubrics.class);
            assertThat(getLogger.getDeclaringClass()).isNotSameAs(org.slf4j.LoggerFactory.class);
            Object rubrics = rubricsClass.getMethod("installedIn", ClassLoader.class).invoke(null, isolated);
            assertThat((List<?>) rubricsClass.getMethod("problems").invoke(rubrics)).singleElement().asString()
                    .startsWith("rubric provider " + P + "DescriptorThrows: descriptor() threw");
            Object en = rubricsClass.getMethod("forLocale", Locale.class).invoke(rubrics, Locale.ENGLISH);
            assertThat(en.getClass().getMethod("locale").invoke(en)).isEqualTo(Locale.ENGLISH);
        }
    }

    @Test
    void problem_valuesAreCheckedAndCopied() {
        List<String> names = new ArrayList<>(List.of("a.B"));
        ProviderProblem p = new ProviderProblem(Kind.DESCRIPTOR_NULL, names, Optional.empty(), "m", Optional.empty());
        names.add("c.D");
        assertThat(p.providers()).containsExactly("a.B");
        assertThat(p).hasToString("m");
        assertThatThrownBy(() -> new ProviderProblem(null, List.of(), Optional.empty(), "m", Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void problem_longAndHostileExceptionMessagesAreCutAndEscaped() {
        String longMessage = "x".repeat(ProviderProblem.MAX_QUOTED_LENGTH + 50);
        assertThat(ProviderProblem.descriptorThrew("a.B", new IllegalStateException(longMessage)).message())
                .isEqualTo("rubric provider a.B: descriptor() threw java.lang.IllegalStateException: "
                        + "x".repeat(ProviderProblem.MAX_QUOTED_LENGTH) + "… (50 more characters)");
        assertThat(ProviderProblem.descriptorThrew("a.B", new IllegalStateException("tab\tbell\u0007crlf\r\nls\u2028end")).message())
                .endsWith(": tab\\tbell\\u0007crlf\\r\\nls\\u2028end");
        RuntimeException hostile = new RuntimeException() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getMessage() {
                throw new IllegalStateException("no message for you");
            }
        };
        assertThat(ProviderProblem.loadThrew("a.B", JA, hostile).message())
                .endsWith(" threw " + hostile.getClass().getName() + ": (its getMessage() threw java.lang.IllegalStateException)");
    }
}
