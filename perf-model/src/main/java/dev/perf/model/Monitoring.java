package dev.perf.model;

import dev.perf.model.monitoring.MonitoringRow;



import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A monitoring record (绩效运行监控) of one project as of a date.
 *
 * @param projectCode the project monitored
 * @param asOf 截至 date
 * @param spent 执行数: spending to date, in the project's money unit
 * @param rows the indicators monitored
 */
public record Monitoring(String projectCode, LocalDate asOf, Optional<BigDecimal> spent, List<MonitoringRow> rows)
    implements DocumentItem {

  public Monitoring {
    Require.text(projectCode, "projectCode");
    Objects.requireNonNull(asOf, "asOf");
    spent = Objects.requireNonNull(spent, "spent").map(s -> Require.nonNegative(s, "spent"));
    rows = Require.copy(rows, "rows");
  }

  @Override
  public String code() {
    return projectCode;
  }

  public Optional<MonitoringRow> row(String indicator) {
    return rows.stream().filter(r -> r.indicator().equals(indicator)).findFirst();
  }
}
