/** The category names of the official indicator frameworks (2020, 2021) and how names resolve to them. */
package dev.perf.eval.framework;
