package org.psirtmaturity.model.first;

import java.util.Objects;
import java.util.Optional;

/**
 * How an id of the 2017 draft numbering (as cited by the maturity sheet) relates to version 1.1.
 *
 * @param draftId      the id as the sheet cites it, in {@link FrameworkNumbering#V1_0_DRAFT} numbering
 * @param kind         how the id relates to version 1.1
 * @param v11Equivalent the version 1.1 id meaning the same thing; present exactly when {@code kind}
 *                     is {@link Kind#SAME_ID}, {@link Kind#RENUMBERED} or {@link Kind#MERGED}
 * @param remark       a short English explanation for ids whose meaning moved, empty otherwise
 */
public record Correspondence(FirstId draftId, Kind kind, Optional<FirstId> v11Equivalent, String remark) {

    /** How a draft id relates to version 1.1. */
    public enum Kind {
        /** The id exists in version 1.1 and no renumbering of it is known: it means the same thing. */
        SAME_ID,
        /** The meaning moved to another version 1.1 id. */
        RENUMBERED,
        /** Several draft ids were merged into one version 1.1 id. */
        MERGED,
        /** Version 1.1 has no id for what the draft id means. */
        NO_EQUIVALENT,
        /**
         * The id is neither in the table of known renumberings nor among the version 1.1 ids: no
         * equivalent is established, so none is given.
         */
        NOT_ESTABLISHED
    }

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException if {@code draftId} is not a draft id, or the presence of
     *                                  {@code v11Equivalent} does not match {@code kind}
     * @throws NullPointerException     if an argument is null
     */
    public Correspondence {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(v11Equivalent, "v11Equivalent");
        Objects.requireNonNull(remark, "remark");
        if (draftId.numbering() != FrameworkNumbering.V1_0_DRAFT) {
            throw new IllegalArgumentException("draftId must be in draft numbering: " + draftId);
        }
        boolean hasEquivalent = kind == Kind.SAME_ID || kind == Kind.RENUMBERED || kind == Kind.MERGED;
        if (v11Equivalent.isPresent() != hasEquivalent) {
            throw new IllegalArgumentException(kind + " " + (hasEquivalent ? "needs" : "must not have") + " a v1.1 equivalent");
        }
        if (v11Equivalent.isPresent() && v11Equivalent.get().numbering() != FrameworkNumbering.V1_1) {
            throw new IllegalArgumentException("v11Equivalent must be in v1.1 numbering: " + v11Equivalent.get());
        }
    }
}
