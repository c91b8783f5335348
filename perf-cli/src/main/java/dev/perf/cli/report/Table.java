package dev.perf.cli.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table with a header row and body rows. The first {@code mergeColumns} columns merge vertically
 * where a cell repeats the one above (一级指标 and 二级指标 in the official tables); numeric columns
 * are right-aligned.
 */
public record Table(String caption, List<String> header, List<Row> rows, int mergeColumns, Set<Integer> numeric)
    implements Block {
  public Table {
    Objects.requireNonNull(caption, "caption");
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    numeric = Set.copyOf(numeric);
    for (Row r : rows) {
      if (r.cells().size() != header.size()) {
        throw new IllegalArgumentException("row of " + r.cells().size() + " cells under " + header.size() + " headers");
      }
    }
  }

  /** What a row is: a body row, a subtotal, or a total. */
  public enum Kind { BODY, SUBTOTAL, TOTAL }

  /** A tone a renderer may show: nothing, good, a warning level, or bad. */
  public enum Tone { NONE, GREEN, YELLOW, RED }

  /** One row. */
  public record Row(List<String> cells, Kind kind, Tone tone) {
    public Row {
      cells = List.copyOf(cells);
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(tone, "tone");
    }

    /** A body row. */
    public static Row of(List<String> cells) {
      return new Row(cells, Kind.BODY, Tone.NONE);
    }
  }
}
