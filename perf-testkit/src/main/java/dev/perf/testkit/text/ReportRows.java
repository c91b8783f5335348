package dev.perf.testkit.text;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.monitor.BudgetTrack;
import dev.perf.eval.monitor.IndicatorProgress;
import dev.perf.eval.monitor.MonitoringReport;
import dev.perf.eval.score.BudgetResult;
import dev.perf.eval.score.CategoryResult;
import dev.perf.eval.score.ClaimLine;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.IndicatorResult;
import dev.perf.eval.score.ResultStatus;
import dev.perf.model.Indicator;
import dev.perf.model.monitoring.MonitoringRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Evaluation and monitoring reports as text for failure messages: each indicator as its target
 * row and its actual in {@code .perf} form, with the figures the engine computed.
 */
public final class ReportRows {
  private ReportRows() {}

  /** The whole self-evaluation report: execution row, indicator rows by category, total and grade. */
  public static String evaluation(EvaluationReport report) {
    StringBuilder b = new StringBuilder();
    b.append("  自评 ").append(Describe.project(report.projectCode(), report.projectName()))
        .append("（").append(report.policyName()).append("）\n");
    b.append("    ").append(execution(report.budget(), report.moneyUnit().symbol())).append('\n');
    for (CategoryResult c : report.categories()) {
      b.append("    ").append(c.name()).append("  得分 ").append(shown(c.score())).append(" / ")
          .append(shown(c.points())).append('\n');
      for (IndicatorResult r : c.indicators()) {
        b.append("      ").append(indicator(r)).append('\n');
      }
    }
    b.append("    总分 ").append(shown(report.total())).append(" / ").append(shown(report.totalPoints()))
        .append("  等级 ").append(report.grade().chinese()).append(" (").append(report.grade().english()).append(")");
    return b.toString();
  }

  /** One indicator: {@code 培训合格率：≥98%  ← 99%  得分 12.50 / 12.50  完成率 101.02%  达成}. */
  public static String indicator(IndicatorResult r) {
    StringBuilder b = new StringBuilder(PerfRows.row(Indicator.of(r.name(), r.target())));
    b.append("  ← ").append(r.actual().map(a -> PerfRows.actualRow(r.name(), a, r.reason()))
        .map(row -> row.substring(row.indexOf('：') + 1)).orElse("（无完成值 / no actual）"));
    b.append("  得分 ").append(shown(r.score())).append(" / ").append(shown(r.pointsShown()));
    r.ratio().ifPresent(x -> b.append("  完成率 ").append(shown(x)).append('%'));
    if (r.status() != ResultStatus.SCORED) {
      b.append("  ").append(r.status().chinese());
    } else {
      b.append("  ").append(r.met() ? "达成 (met)" : "未达成 (not met)");
    }
    return b.toString();
  }

  /** The execution-rate row: {@code 预算执行率 98.00%（全年执行数 19.60 / 20.00 万元）得分 9.80 / 10}. */
  public static String execution(BudgetResult budget, String moneyUnit) {
    StringBuilder b = new StringBuilder("预算执行率 ");
    b.append(budget.rate().map(r -> shown(r) + "%").orElse("（无法计算 / unavailable）"));
    if (budget.spent().isPresent() && budget.baseAmount().isPresent()) {
      b.append("（全年执行数 ").append(budget.spent().get().toPlainString()).append(" / ")
          .append(budget.baseAmount().get().toPlainString()).append(' ').append(moneyUnit).append('）');
    }
    b.append("  得分 ").append(shown(budget.score())).append(" / ").append(shown(budget.points()));
    return b.toString();
  }

  /** The claims that were flagged, one per line. */
  public static String claims(List<ClaimLine> flagged) {
    return flagged.stream().map(l -> "    " + l.item()
        + l.claimedPoints().map(p -> "  分值 " + shown(p) + "（应为 " + shown(l.points()) + "）").orElse("")
        + l.claimedScore().map(s -> "  得分 " + shown(s) + "（复核 " + shown(round(l.computedScore())) + "）").orElse(""))
        .collect(Collectors.joining("\n"));
  }

  /** The monitoring report: budget track and goal track. */
  public static String monitoring(MonitoringReport report) {
    StringBuilder b = new StringBuilder();
    b.append("  监控 \"").append(report.projectCode()).append("\" 截至 ").append(report.asOf())
        .append("（").append(Describe.project(report.projectCode(), report.projectName())).append("）\n");
    b.append("    ").append(budget(report.budget(), report.moneyUnit().symbol())).append('\n');
    for (IndicatorProgress p : report.indicators()) {
      b.append("    ").append(progress(p)).append('\n');
    }
    if (!report.unmonitored().isEmpty()) {
      b.append("    未监控 / not monitored: ").append(report.unmonitored()).append('\n');
    }
    return b.toString().stripTrailing();
  }

  /** The budget track: spending, plan, time and the light. */
  public static String budget(BudgetTrack t, String moneyUnit) {
    StringBuilder b = new StringBuilder("执行数 ");
    b.append(t.spent().map(BigDecimal::toPlainString).orElse("（无 / none）"));
    b.append(" / 预算 ").append(t.budget().map(x -> x.toPlainString() + " " + moneyUnit).orElse("（无 / none）"));
    t.executionRate().ifPresent(r -> b.append(" = 执行率 ").append(shown(r)).append('%'));
    b.append("；计划进度 ").append(shown(t.plannedShown())).append('%');
    b.append("，时间进度 ").append(shown(round(t.timeElapsedPercent()))).append('%');
    t.deviationFromPlan().ifPresent(d -> b.append("，偏离计划 ").append(shown(round(d))).append(" 个百分点"));
    b.append("；预警 ").append(t.light().map(l -> l.chinese() + " (" + l.english() + ")").orElse("（无法判断 / unknown）"));
    return b.toString();
  }

  /** One goal: the target row and the monitored row. */
  public static String progress(IndicatorProgress p) {
    String row = PerfRows.monitoringRow(new MonitoringRow(p.name(), p.toDate(), p.projected(), p.possibility(), p.reason()));
    StringBuilder b = new StringBuilder(PerfRows.row(Indicator.of(p.name(), p.target())));
    b.append("  ← ").append(row.substring(row.indexOf('：') + 1));
    b.append(p.metToDate() ? "  已达成 (met to date)" : "");
    p.projectionMeets().ifPresent(m -> b.append(m ? "  预计达成 (projected to meet)" : "  预计未达成 (projected to miss)"));
    return b.toString();
  }

  /** Findings, one per line, with their kind and severity. */
  public static String findings(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "    （无 / none）";
    }
    return findings.stream().map(f -> "    " + f.severity().name() + " " + f.kind().name()
        + f.indicator().map(i -> " 「" + i + "」").orElse("") + ": " + f.message().zh())
        .collect(Collectors.joining("\n"));
  }

  /** A figure as shown: two decimals, HALF_UP. */
  static String shown(BigDecimal value) {
    return round(value).toPlainString();
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
