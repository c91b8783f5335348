/**
 * JUnit 5 support: {@link dev.perf.testkit.junit.PerfSource} yields each project, self-evaluation
 * or monitoring record of a folder as a named test case; {@link dev.perf.testkit.junit.PerfFolder}
 * loads such a folder for other sources.
 */
package dev.perf.testkit.junit;
