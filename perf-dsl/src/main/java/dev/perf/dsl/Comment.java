package dev.perf.dsl;

import java.util.Objects;

/**
 * A {@code #} comment of the source, kept so that the formatter can put it back.
 *
 * @param line 1-based line
 * @param column 1-based code-point column
 * @param text the comment including its {@code #}
 * @param ownLine true if nothing but whitespace precedes it on its line
 */
public record Comment(int line, int column, String text, boolean ownLine) {
  public Comment {
    Objects.requireNonNull(text, "text");
  }
}
