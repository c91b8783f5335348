package dev.perf.eval.monitor;

import static dev.perf.eval.fixture.Models.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class PlanCurveTest {
  private static final Year Y2025 = Year.of(2025);
  private static final PlanCurve SEED = PlanCurve.of(plan(3, 25, 6, 50, 10, 75, 12, 100), Y2025);

  private static BigDecimal at(PlanCurve c, String date) {
    return c.plannedPercentAt(LocalDate.parse(date)).setScale(6, RoundingMode.HALF_UP);
  }

  @Test
  void planPointsAreHitExactly() {
    assertThat(at(SEED, "2025-03-31")).isEqualByComparingTo("25");
    assertThat(at(SEED, "2025-06-30")).isEqualByComparingTo("50");
    assertThat(at(SEED, "2025-10-31")).isEqualByComparingTo("75");
    assertThat(at(SEED, "2025-12-31")).isEqualByComparingTo("100");
  }

  @Test
  void theYearStartsAtZeroAndTheFirstSegmentCountsFromTheStartOfJanuary() {
    assertThat(at(SEED, "2024-12-31")).isEqualByComparingTo("0");
    assertThat(at(SEED, "2024-06-01")).isEqualByComparingTo("0");
    // 1 January is one of the 90 days to 31 March: 25 × 1/90
    assertThat(at(SEED, "2025-01-01")).isEqualByComparingTo("0.277778");
    assertThat(at(SEED, "2025-02-14")).isEqualByComparingTo(new BigDecimal(25 * 45).divide(BigDecimal.valueOf(90), 6, RoundingMode.HALF_UP));
  }

  @Test
  void betweenPointsTheLineRunsByDayCount() {
    // 50 + 25 × 31/123
    assertThat(at(SEED, "2025-07-31")).isEqualByComparingTo("56.300813");
    // 75 + 25 × 30/61
    assertThat(at(SEED, "2025-11-30")).isEqualByComparingTo("87.295082");
  }

  @Test
  void afterTheLastPointThePlanStaysFlat() {
    PlanCurve c = PlanCurve.of(plan(6, 80), Y2025);
    assertThat(at(c, "2025-09-30")).isEqualByComparingTo("80");
    assertThat(at(c, "2026-03-01")).isEqualByComparingTo("80");
  }

  @Test
  void timeElapsedRunsFromTheStartOfJanuaryToTheEndOfDecember() {
    assertThat(PlanCurve.timeElapsedPercent(LocalDate.of(2025, 12, 31), Y2025)).isEqualByComparingTo("100");
    assertThat(PlanCurve.timeElapsedPercent(LocalDate.of(2025, 7, 31), Y2025).setScale(6, RoundingMode.HALF_UP))
        .isEqualByComparingTo("58.082192"); // 212/365
    assertThat(PlanCurve.timeElapsedPercent(LocalDate.of(2024, 7, 31), Year.of(2024)).setScale(6, RoundingMode.HALF_UP))
        .isEqualByComparingTo("58.196721"); // 213/366 in a leap year
  }

  @Test
  void monthEndOfFebruaryFollowsLeapYears() {
    PlanCurve c = PlanCurve.of(plan(2, 20, 12, 100), Year.of(2024));
    assertThat(c.plannedPercentAt(LocalDate.of(2024, 2, 29))).isEqualByComparingTo("20");
    PlanCurve common = PlanCurve.of(plan(2, 20, 12, 100), Y2025);
    assertThat(common.plannedPercentAt(LocalDate.of(2025, 2, 28))).isEqualByComparingTo("20");
  }
}
