package org.psirtmaturity.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    @Test
    void module_exportsItsOnePackage_andRequiresScoringTransitivelyAndJackson() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo("org.psirtmaturity.cyclonedx");
            assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.psirtmaturity.cyclonedx");
            assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
            assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name).containsExactlyInAnyOrder("java.base",
                    "org.psirtmaturity.scoring", "com.fasterxml.jackson.core", "com.fasterxml.jackson.databind");
            assertThat(d.requires()).filteredOn(r -> r.name().equals("org.psirtmaturity.scoring"))
                    .allSatisfy(r -> assertThat(r.modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
            assertThat(d.opens()).isEmpty();
            assertThat(d.uses()).isEmpty();
            assertThat(d.provides()).isEmpty();
            assertThat(d.packages()).containsExactly("org.psirtmaturity.cyclonedx");
        }
    }

    @Test
    void bundles_liveInTheModulesPackage_notAtTheRoot() {
        for (String name : new String[] {"messages", "messages_ja", "labels", "labels_ja", "version"}) {
            assertThat(CycloneDx.class.getResource(name + ".properties")).as(name).isNotNull();
            assertThat(CycloneDx.class.getResource("/" + name + ".properties")).as(name).isNull();
        }
    }

    @Test
    void theJapaneseBundles_haveEveryKeyOfTheEnglishOnes() throws IOException {
        for (String name : new String[] {"messages", "labels"}) {
            java.util.Properties en = load(name + ".properties");
            java.util.Properties ja = load(name + "_ja.properties");
            assertThat(ja.keySet()).as(name).isEqualTo(en.keySet());
        }
    }

    private static java.util.Properties load(String file) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = CycloneDx.class.getResourceAsStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
