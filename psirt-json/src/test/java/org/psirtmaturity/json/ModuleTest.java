package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.module.ModuleDescriptor;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ModuleTest {

    private static final Module MODULE = AssessmentJson.class.getModule();

    @Test
    void module_exportsItsApi_andOpensItsPackageOnlyToTheMessageReader() {
        assertThat(MODULE.isNamed()).as("tests run on the module path").isTrue();
        ModuleDescriptor d = MODULE.getDescriptor();
        assertThat(d.name()).isEqualTo("org.psirtmaturity.json");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)
                .containsExactly(tuple("org.psirtmaturity.json", Set.of()));
        assertThat(d.opens()).extracting(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets)
                .containsExactly(tuple("org.psirtmaturity.json", Set.of("org.psirtmaturity.scoring")));
        // Beside the API package, only the test resources' directories (patched into the module for the tests).
        assertThat(d.packages()).contains("org.psirtmaturity.json").allSatisfy(p -> assertThat(p).startsWith("org.psirtmaturity.json"));
    }

    @Test
    void module_needsScoringAndJacksonsStreamingApiOnly() {
        assertThat(MODULE.getDescriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "org.psirtmaturity.scoring", "com.fasterxml.jackson.core");
        assertThat(MODULE.getDescriptor().requires()).filteredOn(r -> r.name().equals("org.psirtmaturity.scoring")).singleElement()
                .satisfies(r -> assertThat(r.modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }

    @Test
    void theMessageBundles_areFoundOnTheModulePath_inBothLanguages() {
        // Read by org.psirtmaturity.scoring's message reader, from another module.
        assertThat(AssessmentJson.parse("", Locale.ENGLISH).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the document is empty; expected a JSON object"));
        assertThat(AssessmentJson.parse("", Locale.JAPANESE).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("文書が空です。JSON オブジェクトが必要です"));
    }
}
