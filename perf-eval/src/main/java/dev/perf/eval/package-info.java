/**
 * perf-eval: validation rules, scoring policies, the self-evaluation scorer and monitoring for
 * performance target tables built with perf-model. Depends on perf-model only.
 *
 * <ul>
 *   <li>{@link dev.perf.eval.validate} — {@code Validator} and one class per rule;
 *   <li>{@link dev.perf.eval.policy} — {@code ScoringPolicy} and its presets;
 *   <li>{@link dev.perf.eval.score} — {@code Evaluator} and the self-evaluation report;
 *   <li>{@link dev.perf.eval.monitor} — {@code Monitor} and the monitoring report;
 *   <li>{@link dev.perf.eval.framework} — category names of the official frameworks;
 *   <li>{@link dev.perf.eval.finding} — findings attached to reports.
 * </ul>
 */
package dev.perf.eval;
