/**
 * Assessments and their scoring.
 *
 * <ul>
 *   <li>Input: an {@link org.psirtmaturity.scoring.Assessment} holds
 *       {@link org.psirtmaturity.scoring.FrameworkAnswer answers}, each an
 *       {@link org.psirtmaturity.scoring.Answer} (scored, excluded or unanswered), as given.</li>
 *   <li>Validation: {@link org.psirtmaturity.scoring.AssessmentValidator} reports every problem at
 *       once, as values with stable codes and localised messages.</li>
 *   <li>Scoring: {@link org.psirtmaturity.scoring.Scoring#score} returns a
 *       {@link org.psirtmaturity.scoring.ScoreReport} with exact averages
 *       ({@link org.psirtmaturity.scoring.Fraction}), band statuses, completeness, gaps to target
 *       levels, FIRST Maturity Level 1 coverage, flags and provenance.</li>
 *   <li>Comparison: {@link org.psirtmaturity.scoring.Comparisons} compares reports and builds trends.</li>
 *   <li>Portfolio: {@link org.psirtmaturity.scoring.PortfolioBuilder} rolls many units' reports up into a
 *       {@link org.psirtmaturity.scoring.Portfolio}.</li>
 * </ul>
 *
 * <p>Every type is immutable and thread-safe but {@link org.psirtmaturity.scoring.PortfolioBuilder}, a
 * builder for one thread; nothing here performs I/O on the caller's behalf or logs.
 */
package org.psirtmaturity.scoring;
