package org.psirtmaturity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    @Test
    void model_exportsItsApiPackagesAndRequiresNothingButTheJdk() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo("org.psirtmaturity.model");
            assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
                    "org.psirtmaturity.model", "org.psirtmaturity.model.first", "org.psirtmaturity.model.structure");
            assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
            assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name).containsExactly("java.base");
            assertThat(d.uses()).isEmpty();
        }
    }
}
