package dev.perf.eval.monitor;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.score.Achievement;
import dev.perf.eval.score.Arithmetic;
import dev.perf.eval.score.Assessor;
import dev.perf.eval.score.ResultStatus;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Budget;
import dev.perf.model.Category;
import dev.perf.model.Document;
import dev.perf.model.Indicator;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.monitoring.MonitoringRow;
import dev.perf.model.monitoring.Possibility;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a monitoring record (绩效运行监控) against its project: the budget track (execution rate
 * against the spending plan and against time, with a traffic light) and the goal track (progress
 * per indicator, whether the projection meets the target, possibility and reason).
 */
public final class Monitor {
  private Monitor() {}

  /** The report of {@code record} for {@code project} under {@code policy}. */
  public static MonitoringReport check(Project project, Monitoring record, MonitoringPolicy policy) {
    List<Finding> findings = new ArrayList<>();
    Year year = project.year().orElse(Year.of(record.asOf().getYear()));
    if (record.asOf().getYear() != year.getValue()) {
      findings.add(Finding.of(FindingKind.AS_OF_OUTSIDE_YEAR, Message.of(
          "监控日期 " + record.asOf() + " 不在项目年度 " + year + " 内",
          "the as-of date " + record.asOf() + " lies outside the project's year " + year)));
    }
    BudgetTrack budget = budgetTrack(project, record, year, policy, findings);
    List<IndicatorProgress> progress = new ArrayList<>();
    List<String> unmonitored = new ArrayList<>();
    Map<String, MonitoringRow> rows = new LinkedHashMap<>();
    record.rows().forEach(r -> rows.putIfAbsent(r.indicator(), r));
    List<String> known = new ArrayList<>();
    project.indicators().ifPresent(table -> {
      for (Category c : table.categories()) {
        c.indicators().forEach(i -> {
          known.add(i.name());
          MonitoringRow row = rows.get(i.name());
          if (row == null) {
            unmonitored.add(i.name());
          } else {
            progress.add(goal(c, i, row, policy.scoring(), findings));
          }
        });
      }
    });
    for (String name : rows.keySet()) {
      if (!known.contains(name)) {
        findings.add(Finding.about(FindingKind.UNKNOWN_INDICATOR, name, Message.of(
            "指标表中没有「" + name + "」", "the table has no indicator '" + name + "'")));
      }
    }
    return new MonitoringReport(project.code(), project.name(), record.asOf(), year, project.effectiveMoneyUnit(),
        budget, progress, unmonitored, findings);
  }

  /** The report under the standard thresholds with {@code scoring}. */
  public static MonitoringReport check(Project project, Monitoring record, ScoringPolicy scoring) {
    return check(project, record, MonitoringPolicy.of(scoring));
  }

  /** The report under {@link MonitoringPolicy#standard()}. */
  public static MonitoringReport check(Project project, Monitoring record) {
    return check(project, record, MonitoringPolicy.standard());
  }

  /** The reports of every monitoring record of {@code document} whose project it holds, in order. */
  public static List<MonitoringReport> check(Document document, MonitoringPolicy policy) {
    List<MonitoringReport> out = new ArrayList<>();
    for (Monitoring m : document.monitorings()) {
      document.project(m.projectCode()).ifPresent(p -> out.add(check(p, m, policy)));
    }
    return List.copyOf(out);
  }

  private static BudgetTrack budgetTrack(Project project, Monitoring record, Year year, MonitoringPolicy policy,
      List<Finding> findings) {
    boolean planned = project.plan().filter(p -> !p.points().isEmpty()).isPresent();
    PlanCurve curve = planned ? PlanCurve.of(project.plan().get(), year) : PlanCurve.linear(year);
    if (!planned) {
      findings.add(Finding.of(FindingKind.NO_PLAN, Message.of(
          "项目没有支出计划，按时间进度比较", "the project has no spending plan: compared with time elapsed")));
    }
    BigDecimal plannedPercent = curve.plannedPercentAt(record.asOf());
    BigDecimal elapsed = PlanCurve.timeElapsedPercent(record.asOf(), year);
    Optional<BigDecimal> budget = project.budget().map(Budget::total);
    Optional<BigDecimal> rate = record.spent().isPresent() && budget.filter(b -> b.signum() > 0).isPresent()
        ? Optional.of(Arithmetic.percent(record.spent().get(), budget.get()))
        : Optional.empty();
    if (rate.isEmpty()) {
      findings.add(Finding.of(FindingKind.SPENDING_UNAVAILABLE, Message.of(
          record.spent().isEmpty() ? "缺少执行数，无法计算执行进度" : "缺少预算数，无法计算执行进度",
          record.spent().isEmpty() ? "no 执行数: spending progress unknown" : "no budget: spending progress unknown")));
    }
    Optional<BigDecimal> fromPlan = rate.map(r -> r.subtract(plannedPercent));
    Optional<BigDecimal> fromTime = rate.map(r -> r.subtract(elapsed));
    Optional<TrafficLight> light = fromPlan.map(d -> TrafficLight.of(d.negate(), policy));
    light.filter(l -> l != TrafficLight.GREEN).ifPresent(l -> findings.add(Finding.of(FindingKind.BEHIND_PLAN, Message.of(
        "执行率 " + Arithmetic.text(rate.get()) + "%，计划 " + Arithmetic.text(plannedPercent) + "%，落后 "
            + Arithmetic.text(fromPlan.get().negate()) + " 个百分点（" + l.chinese() + "色预警）",
        "execution rate " + Arithmetic.text(rate.get()) + "% against a plan of " + Arithmetic.text(plannedPercent) + "%: "
            + Arithmetic.text(fromPlan.get().negate()) + " points behind (" + l.english() + ")"))));
    return new BudgetTrack(budget, record.spent(), rate, plannedPercent, elapsed, fromPlan, fromTime, light, planned);
  }

  private static IndicatorProgress goal(Category category, Indicator indicator, MonitoringRow row, ScoringPolicy scoring,
      List<Finding> findings) {
    String name = indicator.name();
    Achievement now = Assessor.assess(name, indicator.target(), row.toDate(), scoring);
    now.findings().stream().filter(f -> f.kind() == FindingKind.INCOMPARABLE_ACTUAL
        || f.kind() == FindingKind.GRADE_RATE_OUT_OF_BAND).forEach(findings::add);
    Optional<Boolean> meets = Optional.empty();
    if (row.projected().isPresent()) {
      Achievement projected = Assessor.assess(name, indicator.target(), row.projected().get(), scoring);
      projected.findings().stream().filter(f -> f.kind() == FindingKind.INCOMPARABLE_ACTUAL
          || f.kind() == FindingKind.GRADE_RATE_OUT_OF_BAND).forEach(findings::add);
      if (projected.status() == ResultStatus.SCORED) {
        meets = Optional.of(projected.met());
      }
    }
    boolean misses = meets.filter(m -> !m).isPresent();
    if (misses) {
      findings.add(Finding.about(FindingKind.PROJECTION_MISSES, name, Message.of(
          "「" + name + "」预计全年完成值达不到指标值", "'" + name + "' is projected to miss its target")));
    }
    Optional<Possibility> possibility = row.possibility();
    boolean contradicts = meets.isPresent() && possibility.isPresent()
        && ((possibility.get() == Possibility.CERTAIN && !meets.get())
            || (possibility.get() == Possibility.IMPOSSIBLE && meets.get()));
    if (contradicts) {
      findings.add(Finding.about(FindingKind.POSSIBILITY_CONTRADICTS, name, Message.of(
          "「" + name + "」完成可能性为「" + possibility.get().chinese() + "」，与预计完成值矛盾",
          "'" + name + "' is marked '" + possibility.get().english() + "', which contradicts its projection")));
    }
    boolean doubtful = possibility.filter(p -> p != Possibility.CERTAIN).isPresent();
    if ((misses || doubtful) && row.reason().isEmpty()) {
      findings.add(Finding.about(FindingKind.MISSING_REASON, name, Message.of(
          "「" + name + "」可能无法完成，请说明偏差原因（经费/制度/人员/硬件/其他）",
          "'" + name + "' may miss its target: give a reason (funding/policy/staff/hardware/other)")));
    }
    boolean metToDate = now.status() == ResultStatus.SCORED && now.met();
    return new IndicatorProgress(category.name(), name, indicator.target(), row.toDate(), row.projected(),
        now.status() == ResultStatus.SCORED ? now.ratioPercent() : Optional.empty(), metToDate, meets, possibility,
        row.reason());
  }
}
