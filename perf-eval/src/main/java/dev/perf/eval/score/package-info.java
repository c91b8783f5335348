/**
 * Self-evaluation scoring (绩效自评): point allocation, one scorer per target form, the
 * {@link dev.perf.eval.score.Evaluator} and its report, and the review of claimed scores.
 */
package dev.perf.eval.score;
