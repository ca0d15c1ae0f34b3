package org.psirtmaturity.scoring;

/** What the assessment says about one framework of the rubric. */
public enum FrameworkStatus {
    /** Scored at a level; the framework counts in the averages. */
    SCORED,
    /** Excluded as clearly outside the organisation's business; left out of the averages. */
    EXCLUDED,
    /** Not answered, or marked unanswered; left out of the averages, and the assessment is partial. */
    UNANSWERED,
    /** Marked out of scope by the rubric itself (framework 6.3 of the maturity sheet); never scored. */
    OUT_OF_SCOPE
}
