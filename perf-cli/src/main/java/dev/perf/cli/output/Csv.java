package dev.perf.cli.output;

import java.io.PrintWriter;
import java.util.List;

/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (so Chinese text is not garbled), CRLF line
 * ends, and RFC 4180 quoting.
 */
public final class Csv {
  private final PrintWriter out;

  /** Starts a CSV on {@code out} (which must encode UTF-8) by writing the byte-order mark. */
  public Csv(PrintWriter out) {
    this.out = out;
    out.print('\uFEFF');
  }

  /** Writes one record. */
  public void row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.print(',');
      }
      out.print(quote(cells.get(i)));
    }
    out.print("\r\n");
  }

  /** {@code s} quoted if it holds a comma, quote, or line break. */
  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
