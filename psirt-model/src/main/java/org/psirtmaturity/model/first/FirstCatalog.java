package org.psirtmaturity.model.first;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.psirtmaturity.model.first.Correspondence.Kind;

/**
 * The ids of the FIRST PSIRT Services Framework version 1.1 and the known differences between the
 * 2017 draft numbering cited by the maturity sheet and version 1.1.
 *
 * <p>Only ids and short facts are held here; FIRST's prose is not copied. The table of renumbered
 * draft ids was deduced by comparing what the sheet says at each citation with version 1.1. A draft
 * id outside that table that also exists in version 1.1 is taken to mean the same thing (service ids
 * and all other function and sub-function ids did not move); a draft id that is neither in the table
 * nor in version 1.1 gets no equivalent ({@link Kind#NOT_ESTABLISHED}).
 *
 * <p>This class holds only immutable tables built once; it is thread-safe.
 */
public final class FirstCatalog {

    /** Version 1.1 functions as {@code id:number-of-sub-functions}. */
    private static final String V11_FUNCTIONS = "1.1.1:6 1.1.2:2 1.1.3:3 1.2.1:0 1.2.2:4 1.2.3:1 1.2.4:3 1.2.5:2 1.2.6:0 1.3.1:5 1.3.2:2 1.4.1:2 1.5.1:3 1.5.2:1 1.5.3:2 1.5.4:2 1.6.1:1 1.6.2:3 1.7.1:1 1.7.2:2 1.7.3:3 1.7.4:2 2.1.1:6 2.1.2:3 2.2.1:0 2.2.2:0 2.2.3:0 2.2.4:0 2.3.1:0 2.3.2:0 2.3.3:0 2.3.4:0 2.3.5:0 2.4.1:2 2.4.2:1 2.5.1:5 2.5.2:4 3.1.1:2 3.1.2:1 3.2.1:0 3.2.2:0 3.2.3:0 3.2.4:0 3.3.1:0 3.3.2:0 3.3.3:0 3.3.4:0 3.3.5:0 4.1.1:3 4.1.2:3 4.1.3:2 4.2.1:8 4.2.2:3 4.2.3:4 4.2.4:5 4.3.1:4 4.3.2:5 4.3.3:4 4.4.1:3 4.4.2:5 5.1.1:4 5.1.2:2 5.1.3:0 5.2.1:4 5.2.2:6 5.3.1:3 5.3.2:8 5.3.3:3 5.3.4:1 5.4.1:3 6.1.1:0 6.1.2:0 6.1.3:0 6.1.4:2 6.1.5:0 6.2.1:0 6.3.1:0 6.4.1:0 6.4.2:0 6.4.3:0 6.4.4:0 6.4.5:0 6.4.6:0 6.4.7:0";

    private static final Set<FirstId> V11_IDS = buildV11Ids();

    private static final Map<FirstId, Correspondence> DRAFT_DIFFERENCES = buildDifferences(
            row("1.1.3.4", Kind.RENUMBERED, "1.1.3.3", "lessons from high-profile incidents"),
            row("1.1.3.5", Kind.NO_EQUIVALENT, null, "realign internal processes after postmortems"),
            row("1.2.1.1", Kind.NO_EQUIVALENT, null, "finder contracts; inside function 1.2.1 in v1.1"),
            row("1.2.1.2", Kind.NO_EQUIVALENT, null, "conferences; inside function 1.2.1 in v1.1"),
            row("1.2.1.3", Kind.NO_EQUIVALENT, null, "academic research; inside function 1.2.1 in v1.1"),
            row("1.3.2.1", Kind.RENUMBERED, "1.2.2.1", "peer PSIRTs (v1.1's 1.3.2.1 means something else)"),
            row("1.3.2.2", Kind.RENUMBERED, "1.2.2.2", "responsible-disclosure parameters between organisations"),
            row("1.3.2.3", Kind.RENUMBERED, "1.2.2.3", "secure information-sharing channel"),
            row("1.3.5.1", Kind.RENUMBERED, "1.2.5.1", "relevant bug-bounty vendors"),
            row("1.5.2.2", Kind.NO_EQUIVALENT, null, "secure file transfer"),
            row("1.6.1.2", Kind.RENUMBERED, "1.6.1.1", "credit finders in advisories and release notes"),
            row("1.7.1.1", Kind.MERGED, "1.7.1.1", "internal stakeholder requirements; merged with 1.7.1.2"),
            row("1.7.1.2", Kind.MERGED, "1.7.1.1", "external stakeholder requirements; merged with 1.7.1.1"),
            row("4.3.1.1", Kind.RENUMBERED, "4.3.1.2", "resources for handling an incident"),
            row("4.3.1.2", Kind.RENUMBERED, "4.3.1.3", "key stakeholders of the response plan"),
            row("5.3.2.4", Kind.RENUMBERED, "5.3.2.5", "CVE assignment and CVSS"),
            row("5.3.2.5", Kind.RENUMBERED, "5.3.2.6", "ask whether the finder wants to be named"),
            row("5.3.2.6", Kind.RENUMBERED, "5.3.2.7", "define the review process"),
            row("5.3.2.7", Kind.RENUMBERED, "5.3.2.8", "review with the defined stakeholders"),
            row("6.1.2", Kind.RENUMBERED, "6.1.3", "smooth information flow (process)"),
            row("6.1.3", Kind.RENUMBERED, "6.1.2", "communication policy with external parties"));

    private FirstCatalog() {
    }

    private static Set<FirstId> buildV11Ids() {
        Set<FirstId> ids = new LinkedHashSet<>();
        for (FirstServiceArea area : FirstServiceArea.values()) {
            ids.add(area.id());
        }
        for (FirstService service : FirstService.values()) {
            ids.add(service.id());
        }
        for (String entry : V11_FUNCTIONS.split(" ")) {
            String[] parts = entry.split(":");
            FirstId function = FirstId.parse(parts[0], FrameworkNumbering.V1_1);
            ids.add(function);
            for (int i = 1; i <= Integer.parseInt(parts[1]); i++) {
                ids.add(function.child(i));
            }
        }
        return Set.copyOf(ids);
    }

    private static Object[] row(String draft, Kind kind, String v11, String remark) {
        return new Object[] {draft, kind, v11, remark};
    }

    private static Map<FirstId, Correspondence> buildDifferences(Object[]... rows) {
        Map<FirstId, Correspondence> map = new HashMap<>();
        for (Object[] r : rows) {
            FirstId draft = FirstId.parse((String) r[0], FrameworkNumbering.V1_0_DRAFT);
            Optional<FirstId> v11 = r[2] == null ? Optional.empty() : Optional.of(FirstId.parse((String) r[2], FrameworkNumbering.V1_1));
            map.put(draft, new Correspondence(draft, (Kind) r[1], v11, (String) r[3]));
        }
        return Map.copyOf(map);
    }

    /**
     * Tells whether an id exists in version 1.1 (service areas, services, functions, sub-functions).
     *
     * @param id an id in {@link FrameworkNumbering#V1_1} numbering
     * @return true if version 1.1 defines it
     * @throws IllegalArgumentException if {@code id} is not in version 1.1 numbering
     */
    public static boolean existsInV11(FirstId id) {
        requireNumbering(id, FrameworkNumbering.V1_1);
        return V11_IDS.contains(id);
    }

    /**
     * Returns every version 1.1 id known to the catalogue, in framework order.
     *
     * @return the ids, sorted
     */
    public static List<FirstId> v11Ids() {
        return V11_IDS.stream().sorted().toList();
    }

    /**
     * Returns how a draft id (as cited by the maturity sheet) relates to version 1.1.
     *
     * @param draftId an id in {@link FrameworkNumbering#V1_0_DRAFT} numbering
     * @return the correspondence; its equivalent is present only where one is established
     * @throws IllegalArgumentException if {@code draftId} is not in draft numbering
     */
    public static Correspondence correspondence(FirstId draftId) {
        requireNumbering(draftId, FrameworkNumbering.V1_0_DRAFT);
        Correspondence known = DRAFT_DIFFERENCES.get(draftId);
        if (known != null) {
            return known;
        }
        FirstId same = draftId.as(FrameworkNumbering.V1_1);
        if (V11_IDS.contains(same)) {
            return new Correspondence(draftId, Kind.SAME_ID, Optional.of(same), "");
        }
        return new Correspondence(draftId, Kind.NOT_ESTABLISHED, Optional.empty(), "");
    }

    /**
     * Returns the draft ids whose meaning is known to differ from the same id in version 1.1.
     *
     * @return the correspondences of the renumbered, merged and dropped ids, sorted by draft id
     */
    public static List<Correspondence> knownDifferences() {
        return DRAFT_DIFFERENCES.values().stream()
                .sorted((a, b) -> a.draftId().compareTo(b.draftId()))
                .toList();
    }

    private static void requireNumbering(FirstId id, FrameworkNumbering numbering) {
        Objects.requireNonNull(id, "id");
        if (id.numbering() != numbering) {
            throw new IllegalArgumentException("expected an id in " + numbering.label() + " numbering, got " + id + " in "
                    + id.numbering().label());
        }
    }
}
