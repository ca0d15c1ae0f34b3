package org.psirtmaturity.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    @Test
    void spreadsheet_exportsItsOnePackage_andRequiresTheJsonModuleTransitively() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo("org.psirtmaturity.spreadsheet");
            assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.psirtmaturity.spreadsheet");
            assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
            assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name).containsExactlyInAnyOrder("java.base", "java.xml",
                    "org.psirtmaturity.json", "org.dhatim.fastexcel", "org.dhatim.fastexcel.reader", "org.apache.commons.compress");
            assertThat(d.requires()).filteredOn(r -> r.name().equals("org.psirtmaturity.json"))
                    .allSatisfy(r -> assertThat(r.modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
            assertThat(d.requires()).filteredOn(r -> r.name().startsWith("org.dhatim") || r.name().startsWith("org.apache"))
                    .allSatisfy(r -> assertThat(r.modifiers()).isEmpty());
            assertThat(d.opens()).isEmpty();
            assertThat(d.uses()).isEmpty();
            assertThat(d.provides()).isEmpty();
            assertThat(d.packages()).containsExactly("org.psirtmaturity.spreadsheet");
        }
    }
}
