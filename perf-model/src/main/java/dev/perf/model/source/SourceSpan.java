package dev.perf.model.source;

import java.util.Objects;

/**
 * A region of a source file. Lines and columns are 1-based and count Unicode code points (a CJK
 * character is one column here; renderers widen it on screen). The end is exclusive.
 *
 * @param file the file name as given to the parser
 * @param line first line
 * @param column first column
 * @param endLine last line
 * @param endColumn column just past the end
 */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn) {
  public SourceSpan {
    Objects.requireNonNull(file, "file");
    check(line, column, endLine, endColumn);
  }

  /** The rule every span obeys; also applied to spans stored by their parts ({@link SourceMap.Builder}). */
  static void check(int line, int column, int endLine, int endColumn) {
    if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException("bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  /** A span of {@code length} code points on one line. */
  public static SourceSpan of(String file, int line, int column, int length) {
    return new SourceSpan(file, line, column, line, column + Math.max(0, length));
  }

  /** The smallest span covering this one and {@code other}. */
  public SourceSpan to(SourceSpan other) {
    boolean otherEndsLater = other.endLine > endLine || (other.endLine == endLine && other.endColumn > endColumn);
    return otherEndsLater ? new SourceSpan(file, line, column, other.endLine, other.endColumn) : this;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
