package org.psirtmaturity.model.first;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.first.Correspondence.Kind;

class FirstCatalogTest {

    private static Correspondence of(String draft) {
        return FirstCatalog.correspondence(FirstId.parse(draft, FrameworkNumbering.V1_0_DRAFT));
    }

    @Test
    void correspondence_renumberedSubFunctionGetsItsV11Id() {
        Correspondence c = of("5.3.2.4");
        assertThat(c.kind()).isEqualTo(Kind.RENUMBERED);
        assertThat(c.v11Equivalent()).map(FirstId::toString).hasValue("5.3.2.5");
        assertThat(c.v11Equivalent().orElseThrow().numbering()).isEqualTo(FrameworkNumbering.V1_1);
        assertThat(of("1.3.2.1").v11Equivalent()).map(FirstId::toString).hasValue("1.2.2.1");
        assertThat(of("6.1.2").v11Equivalent()).map(FirstId::toString).hasValue("6.1.3");
        assertThat(of("6.1.3").v11Equivalent()).map(FirstId::toString).hasValue("6.1.2");
    }

    @Test
    void correspondence_droppedIdHasNoEquivalent() {
        assertThat(of("1.1.3.5").kind()).isEqualTo(Kind.NO_EQUIVALENT);
        assertThat(of("1.1.3.5").v11Equivalent()).isEmpty();
        assertThat(of("1.2.1.2").kind()).isEqualTo(Kind.NO_EQUIVALENT);
        assertThat(of("1.5.2.2").kind()).isEqualTo(Kind.NO_EQUIVALENT);
    }

    @Test
    void correspondence_mergedIdsShareOneEquivalent() {
        assertThat(of("1.7.1.1").kind()).isEqualTo(Kind.MERGED);
        assertThat(of("1.7.1.2").v11Equivalent()).isEqualTo(of("1.7.1.1").v11Equivalent());
    }

    @Test
    void correspondence_unchangedIdIsTheSameIdInV11() {
        Correspondence c = of("2.1.1.1");
        assertThat(c.kind()).isEqualTo(Kind.SAME_ID);
        assertThat(c.v11Equivalent()).hasValue(FirstId.parse("2.1.1.1", FrameworkNumbering.V1_1));
        assertThat(of("3.1").kind()).isEqualTo(Kind.SAME_ID);
    }

    @Test
    void correspondence_idUnknownToV11IsNotEstablished() {
        Correspondence c = of("2.1.1.9");
        assertThat(c.kind()).isEqualTo(Kind.NOT_ESTABLISHED);
        assertThat(c.v11Equivalent()).isEmpty();
    }

    @Test
    void correspondence_rejectsV11Ids() {
        assertThatThrownBy(() -> FirstCatalog.correspondence(FirstId.parse("2.1", FrameworkNumbering.V1_1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("draft");
    }

    @Test
    void v11Ids_containAreasServicesFunctionsAndSubFunctions() {
        assertThat(FirstCatalog.existsInV11(FirstId.parse("6.5", FrameworkNumbering.V1_1))).isTrue();
        assertThat(FirstCatalog.existsInV11(FirstId.parse("4.2.1.8", FrameworkNumbering.V1_1))).isTrue();
        assertThat(FirstCatalog.existsInV11(FirstId.parse("4.2.1.9", FrameworkNumbering.V1_1))).isFalse();
        assertThat(FirstCatalog.existsInV11(FirstId.parse("6.5.1", FrameworkNumbering.V1_1))).isFalse();
        assertThat(FirstCatalog.v11Ids()).isSorted().hasSizeGreaterThan(250);
    }

    @Test
    void knownDifferences_listTheReferenceTable() {
        assertThat(FirstCatalog.knownDifferences()).hasSize(21).extracting(c -> c.draftId().toString())
                .contains("1.1.3.4", "5.3.2.7", "6.1.3");
    }

    @Test
    void services_matchTheirIdsAndAreas() {
        assertThat(FirstService.values()).hasSize(28);
        assertThat(FirstService.byId("2.1")).hasValue(FirstService.S2_1);
        assertThat(FirstService.S2_1.englishName()).isEqualTo("Intake of Vulnerability Reporting");
        assertThat(FirstService.S6_5.area()).isEqualTo(FirstServiceArea.TRAINING_AND_EDUCATION);
        assertThat(FirstService.byId("7.1")).isEmpty();
        assertThat(FirstServiceArea.byNumber(3)).hasValue(FirstServiceArea.VULNERABILITY_TRIAGE_AND_ANALYSIS);
    }
}
