/** Tables and reports as text for failure messages, in canonical {@code .perf} form. */
package dev.perf.testkit.text;
