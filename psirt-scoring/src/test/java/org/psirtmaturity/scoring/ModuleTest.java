package org.psirtmaturity.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ModuleTest {

    private static final Module MODULE = Scoring.class.getModule();

    @Test
    void module_exportsTheApiPackagesToEveryoneAndNothingElse() {
        assertThat(MODULE.isNamed()).as("tests run on the module path").isTrue();
        ModuleDescriptor d = MODULE.getDescriptor();
        assertThat(d.name()).isEqualTo("org.psirtmaturity.scoring");
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("org.psirtmaturity.scoring", "org.psirtmaturity.scoring.json", "org.psirtmaturity.scoring.batch");
        assertThat(d.packages()).contains("org.psirtmaturity.scoring.internal");
        assertThat(d.uses()).isEmpty();
        assertThat(d.provides()).isEmpty();
    }

    @Test
    void module_opensOnlyTheRecordsAndOnlyToTheValidator() {
        assertThat(MODULE.getDescriptor().opens()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo("org.psirtmaturity.scoring");
            assertThat(o.targets()).containsExactly("org.hibernate.validator");
        });
    }

    @Test
    void module_needsJakartaValidationAtCompileTimeOnly() {
        assertThat(MODULE.getDescriptor().requires()).filteredOn(r -> r.name().equals("jakarta.validation")).singleElement()
                .satisfies(r -> assertThat(r.modifiers()).isEqualTo(
                        Set.of(ModuleDescriptor.Requires.Modifier.STATIC, ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
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
