package dev.perf.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;

/**
 * One point of a spending plan: by {@code at}, {@code cumulativePercent} of the budget is spent.
 * {@code 3月底} is March 31; {@code 2月底} is stored as 02-29 and means the last day of February.
 */
public record PlanPoint(MonthDay at, BigDecimal cumulativePercent) {
  public PlanPoint {
    Objects.requireNonNull(at, "at");
    cumulativePercent = Require.nonNegative(cumulativePercent, "cumulativePercent");
  }

  /** The point at the end of {@code month} (1–12). */
  public static PlanPoint monthEnd(int month, BigDecimal cumulativePercent) {
    java.time.Month m = java.time.Month.of(month);
    return new PlanPoint(MonthDay.of(m, m.maxLength()), cumulativePercent);
  }

  /** True if the point is the last day of its month (printed as {@code N月底}). */
  public boolean isMonthEnd() {
    return at.getDayOfMonth() == at.getMonth().maxLength();
  }

  /** The date in {@code year}, with 02-29 moved to 02-28 in common years. */
  public LocalDate dateIn(Year year) {
    return at.atYear(year.getValue());
  }
}
