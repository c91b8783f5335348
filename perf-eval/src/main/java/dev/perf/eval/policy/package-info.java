/** Scoring policies: every setting of the self-evaluation rules, with the national and Sichuan presets. */
package dev.perf.eval.policy;
