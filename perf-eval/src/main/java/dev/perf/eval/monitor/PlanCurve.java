package dev.perf.eval.monitor;

import dev.perf.eval.score.Arithmetic;
import dev.perf.model.PlanPoint;
import dev.perf.model.SpendingPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The planned cumulative spending of a year as a function of the date.
 *
 * <p>Every date stands for the <em>end</em> of that day. The curve starts at 0% at the start of
 * 1 January (= the end of 31 December of the year before) and runs linearly, by day count, between
 * consecutive plan points; after the last point it stays flat. With plan points {@code (D₀, p₀)} and
 * {@code (D₁, p₁)} and {@code D₀ ≤ d ≤ D₁}: planned(d) = p₀ + (p₁ − p₀) × days(D₀, d) / days(D₀, D₁),
 * where days(x, y) is the number of days from x to y ({@code ChronoUnit.DAYS.between}). Example:
 * 6月底 50%, 10月底 75%, as of 31 July: 50 + 25 × 31 / 123 = 56.30%.
 *
 * <p>Time elapsed is the same line without a plan: 0% at the start of 1 January, 100% at the end
 * of 31 December; at the end of 31 July 2025, 212 / 365 = 58.08%.
 */
public final class PlanCurve {
  private final LocalDate start;
  private final List<LocalDate> dates;
  private final List<BigDecimal> percents;

  private PlanCurve(LocalDate start, List<LocalDate> dates, List<BigDecimal> percents) {
    this.start = start;
    this.dates = List.copyOf(dates);
    this.percents = List.copyOf(percents);
  }

  /** The curve of {@code plan} in {@code year}; points are taken in date order. */
  public static PlanCurve of(SpendingPlan plan, Year year) {
    List<PlanPoint> points = new ArrayList<>(plan.points());
    points.sort(Comparator.comparing(p -> p.dateIn(year)));
    return new PlanCurve(startOf(year), points.stream().map(p -> p.dateIn(year)).toList(),
        points.stream().map(PlanPoint::cumulativePercent).toList());
  }

  /** The straight line from 0% at the start of the year to 100% at its end: time elapsed. */
  public static PlanCurve linear(Year year) {
    return new PlanCurve(startOf(year), List.of(year.atMonth(12).atEndOfMonth()), List.of(Arithmetic.HUNDRED));
  }

  /** The share of {@code year} elapsed at the end of {@code date}, in percent, within [0, 100]. */
  public static BigDecimal timeElapsedPercent(LocalDate date, Year year) {
    return linear(year).plannedPercentAt(date);
  }

  /** The planned cumulative percent at the end of {@code date}. */
  public BigDecimal plannedPercentAt(LocalDate date) {
    if (!date.isAfter(start)) {
      return BigDecimal.ZERO;
    }
    LocalDate fromDate = start;
    BigDecimal fromPercent = BigDecimal.ZERO;
    for (int i = 0; i < dates.size(); i++) {
      LocalDate to = dates.get(i);
      BigDecimal toPercent = percents.get(i);
      if (!date.isAfter(to)) {
        long span = ChronoUnit.DAYS.between(fromDate, to);
        if (span <= 0) {
          return toPercent;
        }
        long done = ChronoUnit.DAYS.between(fromDate, date);
        BigDecimal rise = toPercent.subtract(fromPercent).multiply(BigDecimal.valueOf(done));
        return fromPercent.add(Arithmetic.divide(rise, BigDecimal.valueOf(span)));
      }
      fromDate = to;
      fromPercent = toPercent;
    }
    return fromPercent;
  }

  private static LocalDate startOf(Year year) {
    return year.atDay(1).minusDays(1);
  }
}
