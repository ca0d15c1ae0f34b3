/**
 * Streaming batch scoring of assessments in JSON Lines: one assessment per input line, one report or
 * one problem line per output line, in constant memory ({@link org.psirtmaturity.scoring.batch.BatchScorer}).
 */
package org.psirtmaturity.scoring.batch;
