package org.psirtmaturity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import com.fasterxml.jackson.core.util.VersionUtil;
import org.junit.jupiter.api.Test;

class JacksonFloorTest {

    private static Version version(String text) {
        return VersionUtil.parseVersion(text, "com.fasterxml.jackson.core", "jackson-core");
    }

    @Test
    void olderJacksonIsNamedWithWhatToAlign() {
        assertThat(JacksonFloor.problem(version("2.17.2"))).hasValue("psirt-json needs jackson-core 2.18.0 or later, found 2.17.2;"
                + " align Jackson (e.g. import com.fasterxml.jackson:jackson-bom 2.18.0 or later in dependencyManagement, before other BOMs)");
        assertThat(JacksonFloor.problem(version("2.9.10"))).get().asString().contains("found 2.9.10;");
        assertThat(JacksonFloor.problem(version("1.99.99"))).isPresent();
        assertThat(JacksonFloor.problem(version("2.17.999"))).isPresent();
    }

    @Test
    void floorAndLaterPass() {
        for (String ok : new String[] {"2.18.0", "2.18.0-SNAPSHOT", "2.18.6", "2.19.0", "2.21.8", "2.23.0", "3.0.0"}) {
            assertThat(JacksonFloor.problem(version(ok))).as(ok).isEmpty();
        }
    }

    @Test
    void theJacksonOfThisBuildPasses() {
        assertThat(JacksonFloor.problem(PackageVersion.VERSION)).isEmpty();
        assertThatCode(JacksonFloor::require).doesNotThrowAnyException();
    }
}
