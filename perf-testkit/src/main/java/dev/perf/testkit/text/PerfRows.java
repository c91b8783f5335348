package dev.perf.testkit.text;

import dev.perf.dsl.print.PerfPrinter;
import dev.perf.dsl.print.PrintOptions;
import dev.perf.model.Document;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Project;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.monitoring.MonitoringRow;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rows of a table in canonical {@code .perf} form, for failure messages: what a clerk would
 * find in the file. Everything is printed by {@link PerfPrinter}, so messages show exactly the
 * spelling {@code perf fmt} writes.
 */
public final class PerfRows {
  private static final PrintOptions WIDE = new PrintOptions(Language.ZH, 2, 10_000);
  private static final String CODE = "x";

  private PerfRows() {}

  /** One indicator row: {@code 培训合格率：≥98% 描述 "培训合格率（%）"}. */
  public static String row(Indicator indicator) {
    return PerfPrinter.indicator(indicator, WIDE);
  }

  /** The indicator table of {@code project}, indented by {@code indent} spaces; a note if it has none. */
  public static String table(Project project, int indent) {
    if (project.indicators().isEmpty()) {
      return " ".repeat(indent) + "（没有指标表 / no indicator table）";
    }
    List<String> lines = lines(withTable(Project.of(project.code(), project.name()), project.indicators().get()));
    return indentBody(lines, indent);
  }

  /** The 金额单位 and 预算 lines of {@code project}, indented; a note if it has no budget. */
  public static String budget(Project project, int indent) {
    if (project.budget().isEmpty()) {
      return " ".repeat(indent) + "（没有预算 / no budget）";
    }
    Project only = new Project(project.code(), project.name(), Optional.empty(), Optional.empty(),
        Optional.of(project.effectiveMoneyUnit()), project.budget(), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty());
    return indentBody(lines(only), indent);
  }

  /** A self-evaluation row: {@code 公众满意度：97.5%  偏差原因 "…"}. */
  public static String actualRow(String indicator, Actual actual, Optional<DeviationReason> reason) {
    return PerfPrinter.row(new ActualRow(indicator, actual, Optional.empty(), Optional.empty(), reason), WIDE);
  }

  /** An actual alone: {@code 34 场}, {@code 部分达成 75%}. */
  public static String actual(Actual actual) {
    return PerfPrinter.actual(actual, WIDE);
  }

  /** A monitoring row: {@code 公众满意度：96%  预计 97%  可能性 有可能}. */
  public static String monitoringRow(MonitoringRow row) {
    return PerfPrinter.row(row, WIDE);
  }

  /** Prefixes every line of {@code text} with {@code indent} spaces. */
  public static String indent(String text, int indent) {
    String pad = " ".repeat(indent);
    return Arrays.stream(text.split("\n", -1)).map(l -> l.isEmpty() ? l : pad + l).collect(Collectors.joining("\n"));
  }

  private static Project withTable(Project p, IndicatorTable table) {
    return new Project(p.code(), p.name(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Optional.of(table));
  }

  private static List<String> lines(Project project) {
    return lines(Document.of(project));
  }

  private static List<String> lines(Document document) {
    return Arrays.asList(PerfPrinter.print(document, WIDE).split("\n"));
  }

  /** The lines inside the item's braces, moved left by one level and then right by {@code indent}. */
  private static String indentBody(List<String> lines, int indent) {
    String pad = " ".repeat(indent);
    return lines.subList(1, lines.size() - 1).stream()
        .map(l -> l.isBlank() ? "" : pad + l.substring(Math.min(2, l.length())))
        .collect(Collectors.joining("\n"));
  }
}
