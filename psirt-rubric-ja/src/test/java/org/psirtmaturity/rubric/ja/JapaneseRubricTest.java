package org.psirtmaturity.rubric.ja;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.model.first.FirstId;
import org.psirtmaturity.model.first.FrameworkNumbering;
import org.psirtmaturity.rubric.Rubrics;

class JapaneseRubricTest {

    private static final Rubric JA = Rubrics.installed().forLocale(Locale.JAPAN);

    @Test
    void installedRubrics_includeTheJapaneseSheet() {
        assertThat(Rubrics.installed().available()).anySatisfy(d -> {
            assertThat(d.id()).isEqualTo("sisac-psirt-maturity-sheet");
            assertThat(d.locale()).isEqualTo(Locale.JAPANESE);
        });
        assertThat(JA.title()).isEqualTo("PSIRT Services Framework Ver 1.0 Draft に基づくプロダクト脆弱性対策・対応成熟度シート");
        assertThat(JA.source().publisher()).isEqualTo("Software ISAC");
    }

    @Test
    void caller_walksAreasFrameworksAndLevels() {
        ServiceArea area2 = JA.area(2).orElseThrow();
        assertThat(area2.title()).isEqualTo("脆弱性の発見");
        Framework intake = area2.frameworks().get(0);
        assertThat(intake.id()).isEqualTo(FrameworkId.parse("2.1"));
        assertThat(intake.title()).isEqualTo("脆弱性報告の受付");
        assertThat(intake.objective()).startsWith("PSIRT にとって主要のシナリオとなる");
        assertThat(intake.levels()).hasSize(6).allSatisfy(l -> assertThat(l.isDefined()).isTrue());
        assertThat(JA.framework(FrameworkId.parse("5.2")).orElseThrow().level(5).description()).isEmpty();
        assertThat(JA.framework(FrameworkId.parse("6.3")).orElseThrow().outOfScope()).isTrue();
        assertThat(JA.framework(FrameworkId.parse("2.4")).orElseThrow().notes()).hasSize(3)
                .first().asString().startsWith("レッドチームテスト：");
    }

    @Test
    void caller_listsCitationsOfALevelAndLevelsCitingAnId() {
        RubricLevel l = JA.level(FrameworkId.parse("1.1"), 5).orElseThrow();
        assertThat(l.citations()).extracting(Citation::text).containsExactly("1.1.3.2", "1.1.3.4", "1.1.3.5");
        assertThat(JA.levelsCiting(FirstId.parse("3.3.3", FrameworkNumbering.V1_0_DRAFT)))
                .extracting(x -> x.framework() + "/" + x.level())
                .containsExactly("3.3/1", "3.3/2", "3.3/3");
    }

    @Test
    void levelTexts_haveNoJustificationSpacesBetweenJapaneseCharacters() {
        for (Framework f : JA.frameworks()) {
            for (RubricLevel l : f.definedLevels()) {
                assertThat(l.description().orElseThrow())
                        .as("framework %s level %d", f.id(), l.level())
                        .doesNotContainPattern("[\\u3040-\\u30ff\\u4e00-\\u9fff] [\\u3040-\\u30ff\\u4e00-\\u9fff]")
                        .doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("─");
            }
        }
    }

    @Test
    void loading_ignoresAHostileContextClassLoader() throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader original = t.getContextClassLoader();
        try (URLClassLoader hostile = new URLClassLoader(new URL[0], null)) {
            t.setContextClassLoader(hostile);
            Rubric loaded = Rubrics.installed().forLocale(Locale.JAPANESE);
            assertThat(loaded).isEqualTo(JA);
            assertThat(new JapaneseRubricProvider().load().contentDigest()).isEqualTo(JA.contentDigest());
        } finally {
            t.setContextClassLoader(original);
        }
    }

    @Test
    void module_providesTheProviderNamedInTheServicesFile() throws IOException {
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.exports()).isEmpty();
        assertThat(d.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("org.psirtmaturity.rubric.spi.RubricProvider");
            assertThat(p.providers()).containsExactly(JapaneseRubricProvider.class.getName());
        });
        String services = Files.readString(Path.of("target/classes/META-INF/services/org.psirtmaturity.rubric.spi.RubricProvider"),
                StandardCharsets.UTF_8);
        assertThat(services.strip()).isEqualTo(JapaneseRubricProvider.class.getName());
    }

    @Test
    void resource_liesInTheProvidersPackageNotAtTheClassPathRoot() {
        assertThat(JapaneseRubricProvider.class.getResource(JapaneseRubricProvider.RESOURCE)).isNotNull();
        assertThat(JapaneseRubricProvider.class.getResource("/" + JapaneseRubricProvider.RESOURCE)).isNull();
    }
}
