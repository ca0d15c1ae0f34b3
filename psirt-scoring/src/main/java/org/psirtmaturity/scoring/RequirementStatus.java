package org.psirtmaturity.scoring;

/** Whether an assessment shows a FIRST maturity requirement as met. */
public enum RequirementStatus {
    /** Met: the framework is scored at or above the threshold, or the yes/no answer is yes. */
    MET,
    /** Not met: the framework is scored below the threshold or excluded, or the yes/no answer is no. */
    MISSING,
    /** Not known: the framework is unanswered, or there is no yes/no answer. */
    UNKNOWN
}
