package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path (see the pom); this one resolves the real module graph (this module,
 * fastexcel, fastexcel-reader, commons-compress and their modules) in a {@link ModuleLayer}, writes a
 * template and reads it back through it, so that the module declarations are proven at run time.
 */
class NamedModuleTest {

    private static Path[] modulePath() {
        List<Path> path = new ArrayList<>();
        path.add(Path.of("target/classes").toAbsolutePath());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            String s = p.toString().replace('\\', '/');
            String name = p.getFileName().toString();
            boolean sibling = s.contains("/psirt-") && !s.contains("/psirt-spreadsheet/");
            boolean library = name.startsWith("jackson-core") || name.startsWith("slf4j-api") || name.startsWith("fastexcel")
                    || name.startsWith("opczip") || name.startsWith("aalto-xml") || name.startsWith("stax2-api")
                    || name.startsWith("commons-") || name.startsWith("slf4j-simple");
            if (sibling || library) {
                path.add(p);
            }
        }
        return path.toArray(Path[]::new);
    }

    @Test
    void writingAndReading_workOnTheModulePath() throws Exception {
        ModuleFinder finder = ModuleFinder.of(modulePath());
        ModuleLayer boot = ModuleLayer.boot();
        Configuration config = boot.configuration().resolveAndBind(finder, ModuleFinder.of(),
                Set.of("org.psirtmaturity.spreadsheet", "org.psirtmaturity.rubric.ja"));
        ModuleLayer layer = boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("org.psirtmaturity.spreadsheet");

        Class<?> questionnaires = loader.loadClass("org.psirtmaturity.spreadsheet.Questionnaires");
        assertThat(questionnaires.getModule().getName()).isEqualTo("org.psirtmaturity.spreadsheet");
        Class<?> rubrics = loader.loadClass("org.psirtmaturity.rubric.Rubrics");
        Object installed = rubrics.getMethod("installed").invoke(null);
        Object rubric = rubrics.getMethod("forLocale", Locale.class).invoke(installed, Locale.JAPANESE);
        Class<?> rubricType = loader.loadClass("org.psirtmaturity.model.Rubric");
        Class<?> optionsType = loader.loadClass("org.psirtmaturity.scoring.ValidationOptions");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        questionnaires.getMethod("write", rubricType, OutputStream.class).invoke(null, rubric, out);
        byte[] filled = Workbooks.edit(out.toByteArray()).set(new Workbooks.Names(Locale.JAPANESE).answer("2.1"), "レベル 3").build();
        Object result = questionnaires.getMethod("read", byte[].class, rubricType, Locale.class, optionsType)
                .invoke(null, filled, rubric, Locale.JAPANESE, optionsType.getField("DEFAULT").get(null));

        assertThat(result.getClass().getModule().getName()).isEqualTo("org.psirtmaturity.json");
        assertThat(result.getClass().getMethod("isValid").invoke(result)).isEqualTo(true);
        assertThat(result.toString()).contains("framework=2.1", "level=3");
    }
}
