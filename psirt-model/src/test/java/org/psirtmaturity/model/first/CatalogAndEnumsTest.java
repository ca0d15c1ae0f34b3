package org.psirtmaturity.model.first;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The FIRST catalogue's guards and order, the correspondence's invariants, and the enums' data. */
class CatalogAndEnumsTest {

    private static final FirstId DRAFT_2_1 = FirstId.parse("2.1", FrameworkNumbering.V1_0_DRAFT);
    private static final FirstId V11_2_1 = FirstId.parse("2.1", FrameworkNumbering.V1_1);

    @Test
    void catalogue_refusesIdsOfTheWrongNumberingWithAMessageSayingWhich() {
        assertThatThrownBy(() -> FirstCatalog.existsInV11(DRAFT_2_1))
                .hasMessage("expected an id in 1.1 (2020) numbering, got 2.1 in 1.0 draft (2017)");
        assertThatThrownBy(() -> FirstCatalog.correspondence(V11_2_1))
                .hasMessage("expected an id in 1.0 draft (2017) numbering, got 2.1 in 1.1 (2020)");
        assertThat(FirstCatalog.existsInV11(V11_2_1)).isTrue();
    }

    @Test
    void knownDifferences_areSortedByDraftId() {
        List<Correspondence> differences = FirstCatalog.knownDifferences();
        assertThat(differences).hasSizeGreaterThan(1);
        for (int i = 1; i < differences.size(); i++) {
            assertThat(differences.get(i - 1).draftId().compareTo(differences.get(i).draftId())).isNegative();
        }
    }

    @Test
    void correspondence_checksItsNumberingsAndItsEquivalent() {
        assertThatThrownBy(() -> new Correspondence(V11_2_1, Correspondence.Kind.NO_EQUIVALENT, Optional.empty(), ""))
                .hasMessage("draftId must be in draft numbering: 2.1");
        assertThatThrownBy(() -> new Correspondence(DRAFT_2_1, Correspondence.Kind.SAME_ID, Optional.of(DRAFT_2_1), ""))
                .hasMessage("v11Equivalent must be in v1.1 numbering: 2.1");
        assertThatThrownBy(() -> new Correspondence(DRAFT_2_1, Correspondence.Kind.RENUMBERED, Optional.empty(), ""))
                .hasMessage("RENUMBERED needs a v1.1 equivalent");
        assertThatThrownBy(() -> new Correspondence(DRAFT_2_1, Correspondence.Kind.NOT_ESTABLISHED, Optional.of(V11_2_1), ""))
                .hasMessage("NOT_ESTABLISHED must not have a v1.1 equivalent");
        assertThat(new Correspondence(DRAFT_2_1, Correspondence.Kind.MERGED, Optional.of(V11_2_1), "r").v11Equivalent()).hasValue(V11_2_1);
    }

    @Test
    void enums_carryTheirFirstData() {
        assertThat(FirstService.S2_3.number()).isEqualTo(3);
        assertThat(FirstService.S2_3.area()).isEqualTo(FirstServiceArea.VULNERABILITY_DISCOVERY);
        assertThat(FirstService.S2_3.id()).isEqualTo(FirstId.parse("2.3", FrameworkNumbering.V1_1));
        assertThat(FirstServiceArea.REMEDIATION.number()).isEqualTo(4);
        assertThat(FirstServiceArea.REMEDIATION.englishName()).isEqualTo("Remediation");
        assertThat(FirstServiceArea.REMEDIATION.id()).isEqualTo(FirstId.parse("4", FrameworkNumbering.V1_1));
        assertThat(FirstServiceArea.byNumber(6)).hasValue(FirstServiceArea.TRAINING_AND_EDUCATION);
        assertThat(FirstServiceArea.byNumber(7)).isEmpty();
        assertThat(OperationalFoundation.BUDGET.code()).isEqualTo("II.A");
        assertThat(OperationalFoundation.BUDGET.englishName()).isEqualTo("Budget");
        assertThat(OperationalFoundation.POLICIES_AND_PROCEDURES.code()).isEqualTo("III.A");
        assertThat(FrameworkNumbering.V1_1.label()).isEqualTo("1.1 (2020)");
    }

    @Test
    void requirement_kindDecidesWhichPartsArePresent() {
        Optional<OperationalFoundation> budget = Optional.of(OperationalFoundation.BUDGET);
        Optional<FirstServiceArea> area3 = Optional.of(FirstServiceArea.VULNERABILITY_TRIAGE_AND_ANALYSIS);
        Requirement.Kind foundation = Requirement.Kind.FOUNDATION;
        Requirement.Kind activity = Requirement.Kind.SERVICE_ACTIVITY;
        assertThatThrownBy(() -> new Requirement("k", foundation, Optional.empty(), Optional.empty(), Optional.empty(), "d"))
                .hasMessage("a foundation requirement names a foundation and no area or service: k");
        assertThatThrownBy(() -> new Requirement("k", foundation, budget, area3, Optional.empty(), "d"))
                .hasMessage("a foundation requirement names a foundation and no area or service: k");
        assertThatThrownBy(() -> new Requirement("k", foundation, budget, Optional.empty(), Optional.of(FirstService.S3_1), "d"))
                .hasMessage("a foundation requirement names a foundation and no area or service: k");
        assertThatThrownBy(() -> new Requirement("k", activity, budget, area3, Optional.empty(), "d"))
                .hasMessage("a service activity names an area and no foundation: k");
        assertThatThrownBy(() -> new Requirement("k", activity, Optional.empty(), Optional.empty(), Optional.empty(), "d"))
                .hasMessage("a service activity names an area and no foundation: k");
        for (String key : List.of("a.b-c", "x", "policy.remediation-sla", "a1.2b")) {
            assertThat(Requirement.activity(key, FirstServiceArea.REMEDIATION, "d").key()).isEqualTo(key);
        }
        for (String key : List.of("", "A", "a..b", "a-", ".a", "a b", "a_b")) {
            assertThatThrownBy(() -> Requirement.activity(key, FirstServiceArea.REMEDIATION, "d"))
                    .hasMessage("requirement key \"" + key + "\" must be lower-case words joined by '-' or '.'");
        }
        Requirement budgetReq = Requirement.foundation("budget", OperationalFoundation.BUDGET, "d");
        assertThat(budgetReq.kind()).isEqualTo(foundation);
        assertThat(budgetReq.foundation()).isEqualTo(budget);
        Requirement triage = Requirement.activity("triage", FirstServiceArea.VULNERABILITY_TRIAGE_AND_ANALYSIS, "d");
        assertThat(triage.area()).isEqualTo(area3);
        assertThat(triage.service()).isEmpty();
    }

    @Test
    void maturityProfile_acceptsLevelOneAndRejectsLevelZero() {
        List<Requirement> one = List.of(Requirement.foundation("budget", OperationalFoundation.BUDGET, "d"));
        assertThat(new MaturityProfile(1, "Basic", "s", one).level()).isEqualTo(1);
        assertThatThrownBy(() -> new MaturityProfile(0, "None", "s", one)).hasMessage("FIRST maturity levels start at 1, got 0");
        assertThatThrownBy(() -> new MaturityProfile(1, "Basic", "s", List.of())).hasMessage("a maturity profile needs at least one requirement");
        assertThat(MaturityProfile.firstLevel1().requirement("budget")).isPresent();
        assertThat(MaturityProfile.firstLevel1().requirement("nothing")).isEmpty();
    }
}
