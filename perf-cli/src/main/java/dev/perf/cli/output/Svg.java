package dev.perf.cli.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small helpers for writing SVG by hand: coordinates with one decimal, escaped text. */
final class Svg {
  private Svg() {}

  /** A coordinate with at most one decimal. */
  static String n(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** A text element. */
  static String text(double x, double y, String anchor, String cls, String s) {
    return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\""
        + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + ">" + Html.escape(s) + "</text>";
  }

  /** A line. */
  static String line(double x1, double y1, double x2, double y2, String style) {
    return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" style=\"" + style + "\"/>";
  }

  /** A rectangle. */
  static String rect(double x, double y, double w, double h, String style) {
    return "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(Math.max(0, w)) + "\" height=\"" + n(h)
        + "\" style=\"" + style + "\"/>";
  }

  /** The opening tag of a chart. */
  static String open(String cls, double width, double height, String label) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + cls + "\" role=\"img\" aria-label=\"" + Html.escape(label)
        + "\" width=\"" + n(width) + "\" height=\"" + n(height) + "\" viewBox=\"0 0 " + n(width) + " " + n(height)
        + "\" style=\"font-size:11px;font-family:inherit\">";
  }
}
