package org.psirtmaturity.model.first;

/**
 * The edition of the FIRST PSIRT Services Framework whose numbering an id belongs to.
 *
 * <p>The maturity sheet (2019) cites ids of the 2017 public-comment draft of version 1.0. Service
 * ids and nearly all function ids mean the same thing in version 1.1 (2020), but some sub-function
 * ids were renumbered; see {@link FirstCatalog#correspondence(FirstId)}.
 */
public enum FrameworkNumbering {
    /** The 2017 public-comment draft of version 1.0, as cited by the maturity sheet. */
    V1_0_DRAFT("1.0 draft (2017)"),
    /** Version 1.1 (2020), the current edition. */
    V1_1("1.1 (2020)");

    private final String label;

    FrameworkNumbering(String label) {
        this.label = label;
    }

    /**
     * Returns a human-readable label, e.g. {@code "1.1 (2020)"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
