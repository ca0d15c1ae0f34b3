package org.psirtmaturity.cisoassistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    @Test
    void cisoAssistant_exportsItsOnePackage_andRequiresTheModelTransitively() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo("org.psirtmaturity.cisoassistant");
            assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.psirtmaturity.cisoassistant");
            assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
            assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name).containsExactlyInAnyOrder("java.base",
                    "org.psirtmaturity.model", "com.fasterxml.jackson.databind", "com.fasterxml.jackson.dataformat.yaml");
            assertThat(d.requires()).filteredOn(r -> r.name().equals("org.psirtmaturity.model"))
                    .allSatisfy(r -> assertThat(r.modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
            assertThat(d.requires()).filteredOn(r -> r.name().startsWith("com.fasterxml"))
                    .allSatisfy(r -> assertThat(r.modifiers()).isEmpty());
            assertThat(d.opens()).isEmpty();
            assertThat(d.uses()).isEmpty();
            assertThat(d.provides()).isEmpty();
            assertThat(d.packages()).containsExactly("org.psirtmaturity.cisoassistant");
        }
    }
}
