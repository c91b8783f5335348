package dev.perf.dsl.print;

/**
 * One printed line: its nesting level, its text, and the source line it came from (0 if none),
 * which lets the formatter put comments and blank lines back where they were.
 */
record Line(int level, String text, int origin) {}
