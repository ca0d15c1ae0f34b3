package org.psirtmaturity.cisoassistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.rubric.Rubrics;

/**
 * The tests run on the class path (see the pom); this one resolves the real module graph, this module,
 * Jackson and SnakeYAML included, in a {@link ModuleLayer} and writes a library through it, so that the
 * module declarations are proven to be enough at run time.
 */
class NamedModuleTest {

    private static Path[] modulePath() {
        List<Path> path = new ArrayList<>();
        path.add(Path.of("target/classes").toAbsolutePath());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            String s = p.toString().replace('\\', '/');
            String name = p.getFileName().toString();
            boolean sibling = s.contains("/psirt-") && !s.contains("/psirt-ciso-assistant/");
            boolean library = name.startsWith("jackson-") || name.startsWith("snakeyaml-") || name.startsWith("slf4j-api");
            if (sibling || library) {
                path.add(p);
            }
        }
        return path.toArray(Path[]::new);
    }

    @Test
    void writing_worksOnTheModulePath() throws Exception {
        ModuleFinder finder = ModuleFinder.of(modulePath());
        ModuleLayer boot = ModuleLayer.boot();
        Configuration config = boot.configuration().resolveAndBind(finder, ModuleFinder.of(),
                Set.of("org.psirtmaturity.cisoassistant", "org.psirtmaturity.rubric.ja", "org.psirtmaturity.rubric.en"));
        ModuleLayer layer = boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("org.psirtmaturity.cisoassistant");

        Class<?> library = loader.loadClass("org.psirtmaturity.cisoassistant.CisoAssistantLibrary");
        assertThat(library.getModule().isNamed()).isTrue();
        assertThat(library.getModule().getName()).isEqualTo("org.psirtmaturity.cisoassistant");

        Class<?> rubrics = loader.loadClass("org.psirtmaturity.rubric.Rubrics");
        Object installed = rubrics.getMethod("installed").invoke(null);
        Object ja = rubrics.getMethod("forLocale", Locale.class).invoke(installed, Locale.JAPANESE);
        Object en = rubrics.getMethod("forLocale", Locale.class).invoke(installed, Locale.ENGLISH);
        Class<?> rubric = loader.loadClass("org.psirtmaturity.model.Rubric");
        String yaml = (String) library.getMethod("toYaml", rubric, rubric).invoke(null, ja, en);

        Rubrics here = Rubrics.installed();
        assertThat(yaml).isEqualTo(CisoAssistantLibrary.toYaml(here.forLocale(Locale.JAPANESE), here.forLocale(Locale.ENGLISH)));
    }
}
