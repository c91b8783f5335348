/**
 * Test support for suites that verify {@code .perf} target tables: {@link dev.perf.testkit.PerfAssertions}
 * (AssertJ), {@link dev.perf.testkit.PerfFiles} (folder checks) and {@link dev.perf.testkit.junit.PerfSource}
 * (JUnit 5 parameterised tests).
 */
package dev.perf.testkit;
