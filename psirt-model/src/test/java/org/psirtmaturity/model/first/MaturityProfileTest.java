package org.psirtmaturity.model.first;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MaturityProfileTest {

    @Test
    void level1_requiresTheFoundationsAndServicesOfTheMaturityDocument() {
        MaturityProfile l1 = MaturityProfile.firstLevel1();
        assertThat(l1.level()).isEqualTo(1);
        assertThat(l1.name()).isEqualTo("Basic");
        assertThat(l1.requirements()).extracting(Requirement::key).containsExactly(
                "executive-sponsorship", "stakeholders", "budget",
                "policy.vulnerability-management", "policy.information-handling", "policy.scoring-prioritisation",
                "policy.remediation-sla", "policy.disclosure",
                "intake", "qualification", "triage", "analysis", "remediation", "disclosure");
        assertThat(l1.requirements()).flatExtracting(r -> r.service().stream().toList())
                .containsExactly(FirstService.S2_1, FirstService.S3_1, FirstService.S3_3, FirstService.S4_2, FirstService.S5_3);
    }

    @Test
    void level1_excludesServiceAreasOneAndSix() {
        assertThat(MaturityProfile.firstLevel1().requirements())
                .flatExtracting(r -> r.area().stream().toList())
                .doesNotContain(FirstServiceArea.STAKEHOLDER_ECOSYSTEM_MANAGEMENT, FirstServiceArea.TRAINING_AND_EDUCATION);
    }

    @Test
    void triage_hasNoServiceOfItsOwn() {
        Requirement triage = MaturityProfile.firstLevel1().requirement("triage").orElseThrow();
        assertThat(triage.service()).isEmpty();
        assertThat(triage.area()).hasValue(FirstServiceArea.VULNERABILITY_TRIAGE_AND_ANALYSIS);
    }

    @Test
    void userCanSupplyAHigherLevel() {
        MaturityProfile l2 = new MaturityProfile(2, "Intermediate", "our own reading", List.of(
                Requirement.service("coordination", FirstService.S5_2, "Coordination")));
        assertThat(l2.requirement("coordination")).isPresent();
        assertThat(l2.requirement("intake")).isEmpty();
    }

    @Test
    void profile_rejectsDuplicateKeysAndBadLevels() {
        Requirement r = Requirement.service("x", FirstService.S2_1, "x");
        assertThatThrownBy(() -> new MaturityProfile(2, "n", "s", List.of(r, r))).hasMessageContaining("duplicate requirement key \"x\"");
        assertThatThrownBy(() -> new MaturityProfile(0, "n", "s", List.of(r))).hasMessageContaining("start at 1");
        assertThatThrownBy(() -> new MaturityProfile(2, "n", "s", List.of())).hasMessageContaining("at least one");
    }

    @Test
    void requirement_checksItsShape() {
        assertThatThrownBy(() -> Requirement.foundation("Bad Key", OperationalFoundation.BUDGET, "d")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new Requirement("k", Requirement.Kind.SERVICE_ACTIVITY, Optional.empty(),
                Optional.of(FirstServiceArea.REMEDIATION), Optional.of(FirstService.S2_1), "d")).hasMessageContaining("not in area 4");
    }
}
