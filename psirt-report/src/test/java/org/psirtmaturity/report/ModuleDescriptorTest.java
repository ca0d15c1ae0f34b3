package org.psirtmaturity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    @Test
    void report_exportsItsOnePackageAndRequiresTheJsonFormatsTransitively() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo("org.psirtmaturity.report");
            assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.psirtmaturity.report");
            assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
            assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
                    .containsExactlyInAnyOrder("java.base", "org.psirtmaturity.json");
            assertThat(d.requires()).filteredOn(r -> r.name().equals("org.psirtmaturity.json"))
                    .allSatisfy(r -> assertThat(r.modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
            assertThat(d.opens()).isEmpty();
            assertThat(d.uses()).isEmpty();
            assertThat(d.provides()).isEmpty();
            assertThat(d.packages()).containsExactly("org.psirtmaturity.report");
        }
    }

    @Test
    void labels_liveInTheModulesPackage_notAtTheRoot() {
        assertThat(Labels.class.getResource("labels.properties")).isNotNull();
        assertThat(Labels.class.getResource("labels_ja.properties")).isNotNull();
        assertThat(Labels.class.getResource("/labels.properties")).isNull();
    }
}
