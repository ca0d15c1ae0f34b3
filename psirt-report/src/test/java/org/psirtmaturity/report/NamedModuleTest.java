package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.json.AssessmentJson;

/**
 * The tests run on the class path (see the pom); this one resolves the real module graph, this
 * module included, in a {@link ModuleLayer} and renders through it, so that the label bundles are
 * also proven to load from the named module {@code org.psirtmaturity.report}.
 */
class NamedModuleTest {

    private static Path[] modulePath() {
        List<Path> path = new ArrayList<>();
        path.add(Path.of("target/classes").toAbsolutePath());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            String s = p.toString().replace('\\', '/');
            String name = p.getFileName().toString();
            boolean sibling = s.contains("/psirt-") && !s.contains("/psirt-report/");
            boolean library = name.startsWith("jackson-") || name.startsWith("slf4j-api") || name.startsWith("slf4j-simple");
            if (sibling || library) {
                path.add(p);
            }
        }
        return path.toArray(Path[]::new);
    }

    @Test
    void rendering_worksOnTheModulePath_withLabelsFromTheNamedModule() throws Exception {
        ModuleFinder finder = ModuleFinder.of(modulePath());
        ModuleLayer boot = ModuleLayer.boot();
        Configuration config = boot.configuration().resolveAndBind(finder, ModuleFinder.of(),
                Set.of("org.psirtmaturity.report", "org.psirtmaturity.rubric.ja", "org.psirtmaturity.rubric.en"));
        ModuleLayer layer = boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("org.psirtmaturity.report");

        Class<?> reports = loader.loadClass("org.psirtmaturity.report.Reports");
        assertThat(reports.getModule().isNamed()).isTrue();
        assertThat(reports.getModule().getName()).isEqualTo("org.psirtmaturity.report");

        for (String lang : List.of("ja", "en")) {
            String json = AssessmentJson.write(Fixtures.realistic(Fixtures.rubric(lang), "Example Corp", "A. Tanaka", "no sales team"));
            Object assessment = loader.loadClass("org.psirtmaturity.json.AssessmentJson").getMethod("read", String.class).invoke(null, json);
            Class<?> rubrics = loader.loadClass("org.psirtmaturity.rubric.Rubrics");
            Object installed = rubrics.getMethod("installed").invoke(null);
            Object rubric = rubrics.getMethod("forLocale", Locale.class).invoke(installed, Locale.forLanguageTag(lang));
            Object report = loader.loadClass("org.psirtmaturity.scoring.Scoring").getMethod("score",
                    loader.loadClass("org.psirtmaturity.scoring.Assessment"), loader.loadClass("org.psirtmaturity.model.Rubric"))
                    .invoke(null, assessment, rubric);
            Class<?> formatClass = loader.loadClass("org.psirtmaturity.report.ReportFormat");
            Object text = formatClass.getMethod("parse", String.class).invoke(null, "text");
            Method render = reports.getMethod("render", loader.loadClass("org.psirtmaturity.scoring.ScoreReport"),
                    loader.loadClass("org.psirtmaturity.model.Rubric"), formatClass);
            String out = (String) render.invoke(null, report, rubric, text);
            assertThat(out).contains(lang.equals("ja") ? "全体平均" : "Overall average");
            Locale saved = Locale.getDefault();
            try {
                Locale.setDefault(lang.equals("ja") ? Locale.US : Locale.JAPAN);
                assertThat(render.invoke(null, report, rubric, text)).isEqualTo(out);
            } finally {
                Locale.setDefault(saved);
            }
        }
    }
}
