/** Parsing and validating files as {@code perf check} does, and finding the files of a folder. */
package dev.perf.testkit.check;
