package org.psirtmaturity.scoring;

/** How much a validation problem matters. */
public enum Severity {
    /** The assessment cannot be scored as it is. */
    ERROR,
    /** The assessment can be scored; the report flags the problem. */
    WARNING
}
