package dev.perf.eval.monitor;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.model.MoneyUnit;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 绩效运行监控 of one project as of a date: the budget track and the goal track.
 *
 * @param projectCode the project
 * @param projectName its name
 * @param asOf 截至 date
 * @param year the year the plan is read in: the project's 年度, else the as-of date's year
 * @param moneyUnit the unit of amounts
 * @param budget the budget track
 * @param indicators the goal track, one entry per monitored indicator in table order
 * @param unmonitored indicators of the table the record does not mention
 * @param findings what to look at
 */
public record MonitoringReport(
    String projectCode,
    String projectName,
    LocalDate asOf,
    Year year,
    MoneyUnit moneyUnit,
    BudgetTrack budget,
    List<IndicatorProgress> indicators,
    List<String> unmonitored,
    List<Finding> findings) {

  /** Rejects nulls and copies the lists. */
  public MonitoringReport {
    Objects.requireNonNull(projectCode, "projectCode");
    Objects.requireNonNull(projectName, "projectName");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(moneyUnit, "moneyUnit");
    Objects.requireNonNull(budget, "budget");
    indicators = List.copyOf(indicators);
    unmonitored = List.copyOf(unmonitored);
    findings = List.copyOf(findings);
  }

  /** The progress of the indicator named {@code name}. */
  public Optional<IndicatorProgress> indicator(String name) {
    return indicators.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** The findings of {@code kind}. */
  public List<Finding> findings(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }
}
