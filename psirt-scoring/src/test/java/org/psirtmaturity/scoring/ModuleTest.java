package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.module.ModuleDescriptor;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ModuleTest {

    private static final Module MODULE = Scoring.class.getModule();

    @Test
    void module_exportsTheApiToEveryoneAndItsInternalsOnlyToTheFormatModules() {
        assertThat(MODULE.isNamed()).as("tests run on the module path").isTrue();
        ModuleDescriptor d = MODULE.getDescriptor();
        assertThat(d.name()).isEqualTo("org.psirtmaturity.scoring");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets).containsExactlyInAnyOrder(
                tuple("org.psirtmaturity.scoring", Set.of()),
                tuple("org.psirtmaturity.scoring.internal", Set.of("org.psirtmaturity.json", "org.psirtmaturity.spreadsheet", "org.psirtmaturity.cyclonedx")));
        assertThat(d.packages()).containsExactlyInAnyOrder("org.psirtmaturity.scoring", "org.psirtmaturity.scoring.internal");
        assertThat(d.uses()).isEmpty();
        assertThat(d.provides()).isEmpty();
    }

    @Test
    void module_isPure_itNeedsTheModelAndNothingElseAtRunTime() {
        assertThat(MODULE.getDescriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "org.psirtmaturity.model", "jakarta.validation");
    }

    @Test
    void module_opensOnlyTheRecordsAndOnlyToTheValidator() {
        assertThat(MODULE.getDescriptor().opens()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo("org.psirtmaturity.scoring");
            assertThat(o.targets()).containsExactly("org.hibernate.validator");
        });
    }

    @Test
    void module_needsJakartaValidationAtCompileTimeOnlyAndDoesNotPassItOn() {
        assertThat(MODULE.getDescriptor().requires()).filteredOn(r -> r.name().equals("jakarta.validation")).singleElement()
                .satisfies(r -> assertThat(r.modifiers()).isEqualTo(
                        Set.of(ModuleDescriptor.Requires.Modifier.STATIC)));
        assertThat(MODULE.getDescriptor().requires()).filteredOn(r -> r.name().equals("org.psirtmaturity.model")).singleElement()
                .satisfies(r -> assertThat(r.modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }

    @Test
    void validationMessages_areFoundWhereAProviderLooksForThem() {
        ClassLoader loader = Scoring.class.getClassLoader();
        assertThat(loader.getResource("ValidationMessages.properties")).isNotNull();
        assertThat(loader.getResource("ValidationMessages_ja.properties")).isNotNull();
        assertThat(loader.getResource("ValidationMessages_en.properties")).isNotNull();
        ResourceBundle ja = ResourceBundle.getBundle("ValidationMessages", Locale.JAPANESE, loader);
        assertThat(ja.getString("org.psirtmaturity.scoring.constraints.levelMax")).contains("0 から 5");
    }
}
