package dev.perf.testkit.assertion;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.monitor.IndicatorProgress;
import dev.perf.eval.monitor.MonitoringReport;
import dev.perf.eval.monitor.TrafficLight;
import dev.perf.model.diagnostic.DidYouMean;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.text.Describe;
import dev.perf.testkit.text.ReportRows;
import dev.perf.testkit.value.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions about a monitoring report (绩效运行监控): the traffic light of the budget track and
 * the goal track. A light that cannot be computed (no 执行数 or no budget) fails every light
 * assertion rather than passing by default. A failure prints the budget track and every goal.
 */
public final class MonitoringReportAssert extends AbstractPerfAssert<MonitoringReportAssert, MonitoringReport> {

  /** Assertions about {@code actual}. */
  public MonitoringReportAssert(MonitoringReport actual) {
    super(actual, MonitoringReportAssert.class);
  }

  /** Fails if the light is red, or cannot be computed. */
  public MonitoringReportAssert isNotRed() {
    TrafficLight light = light("not red");
    if (light == TrafficLight.RED) {
      failWith("Expecting the monitoring of " + who() + " not to be red (红) but it is:\n" + ReportRows.monitoring(actual));
    }
    return self();
  }

  /** Fails unless the light is green. */
  public MonitoringReportAssert isGreen() {
    return hasLight(TrafficLight.GREEN);
  }

  /** Fails unless the light is {@code expected}. */
  public MonitoringReportAssert hasLight(TrafficLight expected) {
    Objects.requireNonNull(expected, "expected");
    TrafficLight light = light(expected.english());
    if (light != expected) {
      failWith("Expecting the monitoring of " + who() + " to be " + expected.english() + " (" + expected.chinese()
          + ") but it is " + light.english() + " (" + light.chinese() + "):\n" + ReportRows.monitoring(actual));
    }
    return self();
  }

  /** Fails unless the execution rate to date (as shown) is at least {@code minimumPercent}. */
  public MonitoringReportAssert hasExecutionRateAtLeast(String minimumPercent) {
    isNotNull();
    BigDecimal minimum = Decimals.parse(minimumPercent);
    Optional<BigDecimal> rate = actual.budget().executionRate();
    if (rate.isEmpty() || rate.get().compareTo(minimum) < 0) {
      failWith("Expecting the execution rate of " + who() + " to be at least " + Decimals.plain(minimum)
          + "% but:\n" + ReportRows.monitoring(actual));
    }
    return self();
  }

  /** Assertions about the goal track of the indicator {@code name}; fails if it was not monitored. */
  public IndicatorProgressAssert indicator(String name) {
    isNotNull();
    Objects.requireNonNull(name, "name");
    Optional<IndicatorProgress> row = actual.indicator(name);
    if (row.isEmpty()) {
      List<String> names = actual.indicators().stream().map(IndicatorProgress::name).toList();
      String hint = DidYouMean.closest(name, names).map(s -> " (did you mean " + Describe.quoted(s) + "?)").orElse("");
      failWith("Expecting the monitoring of " + who() + " to have a row for the indicator " + Describe.quoted(name)
          + " but it has none" + hint + ":\n" + ReportRows.monitoring(actual));
    }
    return new IndicatorProgressAssert(row.orElseThrow(), who());
  }

  /** Fails if an indicator of the table is missing from the monitoring record. */
  public MonitoringReportAssert hasEveryIndicatorMonitored() {
    isNotNull();
    if (!actual.unmonitored().isEmpty()) {
      failWith("Expecting the monitoring of " + who() + " to cover every indicator but it leaves out "
          + actual.unmonitored() + ":\n" + ReportRows.monitoring(actual));
    }
    return self();
  }

  /** Fails if any finding is at or above {@code severity}. */
  public MonitoringReportAssert hasNoFindingsAtOrAbove(Severity severity) {
    isNotNull();
    List<Finding> found = actual.findings().stream().filter(f -> f.severity().atLeast(severity)).toList();
    if (!found.isEmpty()) {
      failWith("Expecting the monitoring of " + who() + " to have no findings at or above "
          + severity.label(Language.EN) + " but it has " + found.size() + ":\n" + ReportRows.findings(found) + "\n"
          + ReportRows.monitoring(actual));
    }
    return self();
  }

  /** Fails unless the report has a finding of {@code kind}. */
  public MonitoringReportAssert hasFinding(FindingKind kind) {
    isNotNull();
    if (actual.findings(kind).isEmpty()) {
      failWith("Expecting the monitoring of " + who() + " to have a finding " + kind + " but its findings are:\n"
          + ReportRows.findings(actual.findings()));
    }
    return self();
  }

  private TrafficLight light(String wanted) {
    isNotNull();
    Optional<TrafficLight> light = actual.budget().light();
    if (light.isEmpty()) {
      failWith("Expecting the monitoring of " + who() + " to be " + wanted
          + " but its light cannot be computed (no 执行数 or no budget):\n" + ReportRows.monitoring(actual));
    }
    return light.orElseThrow();
  }

  private String who() {
    return Describe.project(actual.projectCode(), actual.projectName()) + " as of " + actual.asOf();
  }
}
