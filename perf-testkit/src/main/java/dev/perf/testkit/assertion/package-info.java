/**
 * The AssertJ assertion classes behind {@link dev.perf.testkit.PerfAssertions}: one per kind of
 * value (document, project, indicator, parse result, evaluation and monitoring reports and their
 * rows). Failure messages show the rows involved in canonical {@code .perf} form.
 */
package dev.perf.testkit.assertion;
