package dev.perf.model.monitoring;

import dev.perf.model.Require;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.DeviationReason;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator in a monitoring record: the value to date, the projected full-year value (预计),
 * the possibility of completion and a deviation reason.
 */
public record MonitoringRow(
    String indicator,
    Actual toDate,
    Optional<Actual> projected,
    Optional<Possibility> possibility,
    Optional<DeviationReason> reason) {

  public MonitoringRow {
    Require.text(indicator, "indicator");
    Objects.requireNonNull(toDate, "toDate");
    Objects.requireNonNull(projected, "projected");
    Objects.requireNonNull(possibility, "possibility");
    Objects.requireNonNull(reason, "reason");
  }

  public static MonitoringRow of(String indicator, Actual toDate) {
    return new MonitoringRow(indicator, toDate, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
