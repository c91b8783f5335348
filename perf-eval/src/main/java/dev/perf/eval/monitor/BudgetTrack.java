package dev.perf.eval.monitor;

import dev.perf.eval.score.Arithmetic;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The budget track of a monitoring report: spending to date against the plan and against time.
 * Percentages are exact; deviations are in percentage points, negative when behind.
 *
 * @param budget the project's 预算数, in its money unit
 * @param spent 执行数 to date
 * @param executionRatePercent spent / budget in percent
 * @param plannedPercent the plan's cumulative percent at the date ({@link PlanCurve})
 * @param timeElapsedPercent the share of the year elapsed
 * @param deviationFromPlan execution rate minus planned, in points
 * @param deviationFromTime execution rate minus time elapsed, in points
 * @param light the warning level, from the deviation from plan
 * @param hasPlan true if the project has a spending plan (else time elapsed serves as plan)
 */
public record BudgetTrack(
    Optional<BigDecimal> budget,
    Optional<BigDecimal> spent,
    Optional<BigDecimal> executionRatePercent,
    BigDecimal plannedPercent,
    BigDecimal timeElapsedPercent,
    Optional<BigDecimal> deviationFromPlan,
    Optional<BigDecimal> deviationFromTime,
    Optional<TrafficLight> light,
    boolean hasPlan) {

  /** Rejects nulls. */
  public BudgetTrack {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(spent, "spent");
    Objects.requireNonNull(executionRatePercent, "executionRatePercent");
    Objects.requireNonNull(plannedPercent, "plannedPercent");
    Objects.requireNonNull(timeElapsedPercent, "timeElapsedPercent");
    Objects.requireNonNull(deviationFromPlan, "deviationFromPlan");
    Objects.requireNonNull(deviationFromTime, "deviationFromTime");
    Objects.requireNonNull(light, "light");
  }

  /** The planned percent as shown (two decimals). */
  public BigDecimal plannedShown() {
    return Arithmetic.display(plannedPercent);
  }

  /** The execution rate as shown (two decimals). */
  public Optional<BigDecimal> executionRate() {
    return executionRatePercent.map(Arithmetic::display);
  }
}
