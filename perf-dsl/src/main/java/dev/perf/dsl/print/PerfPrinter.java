package dev.perf.dsl.print;

import dev.perf.model.Document;
import dev.perf.model.Indicator;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.monitoring.MonitoringRow;
import dev.perf.model.source.SourceMap;
import dev.perf.model.target.Target;
import java.util.List;

/**
 * Writes a model as canonical {@code .perf} text. For every model the library can build,
 * {@code PerfParser.parse(print(m))} yields a model equal to {@code m}.
 */
public final class PerfPrinter {
  private PerfPrinter() {}

  /** Canonical text with Chinese keywords. */
  public static String print(Document document) {
    return print(document, PrintOptions.canonical());
  }

  /** Text written with {@code options}. */
  public static String print(Document document, PrintOptions options) {
    List<Line> lines = new LinePrinter(options, SourceMap.empty()).print(document);
    return render(lines, options, true);
  }

  /** A target value in its canonical spelling, such as {@code ≥30 场}. */
  public static String target(Target target) {
    return LinePrinter.target(target);
  }

  /** One indicator row as it stands in a table: {@code 培训合格率：≥98% 描述 "培训合格率（%）"}. */
  public static String indicator(Indicator indicator, PrintOptions options) {
    return new LinePrinter(options, SourceMap.empty()).indicator(indicator);
  }

  /** An actual alone: {@code 34 场}, {@code 部分达成 75%}, {@code 不适用}. */
  public static String actual(Actual actual, PrintOptions options) {
    return new LinePrinter(options, SourceMap.empty()).actual(actual);
  }

  /** A self-evaluation row: {@code 公众满意度：97.5%  偏差原因 "…"}. */
  public static String row(ActualRow row, PrintOptions options) {
    return new LinePrinter(options, SourceMap.empty()).actualRow(row);
  }

  /** A monitoring row: {@code 公众满意度：96%  预计 97%  可能性 有可能}. */
  public static String row(MonitoringRow row, PrintOptions options) {
    return new LinePrinter(options, SourceMap.empty()).monitoringRow(row);
  }

  static List<Line> lines(Document document, PrintOptions options, SourceMap sourceMap) {
    return new LinePrinter(options, sourceMap).print(document);
  }

  /** Joins lines; with {@code blankBetweenItems} a blank line separates top-level blocks. */
  static String render(List<Line> lines, PrintOptions options, boolean blankBetweenItems) {
    StringBuilder b = new StringBuilder();
    Line previous = null;
    for (Line l : lines) {
      if (blankBetweenItems && previous != null && l.level() == 0 && previous.level() == 0 && previous.text().equals("}")) {
        b.append('\n');
      }
      appendLine(b, l, options);
      previous = l;
    }
    return b.toString();
  }

  static void appendLine(StringBuilder b, Line l, PrintOptions options) {
    if (!l.text().isEmpty()) {
      b.append(" ".repeat(l.level() * options.indent())).append(l.text());
    }
    b.append('\n');
  }
}
