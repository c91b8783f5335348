/** Findings: what a self-evaluation or monitoring report asks a reader to look at. */
package dev.perf.eval.finding;
