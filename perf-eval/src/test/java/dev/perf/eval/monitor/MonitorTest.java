package dev.perf.eval.monitor;

import static dev.perf.eval.fixture.Models.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.fixture.Seed;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.monitoring.MonitoringRow;
import dev.perf.model.monitoring.Possibility;
import dev.perf.model.evaluation.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonitorTest {
  private static final BigDecimal EPS = new BigDecimal("1e-30");

  /*
   * Seed project 1, budget 20.00, plan 3月底 25% · 6月底 50% · 10月底 75% · 12月底 100%, 截至 2025-07-31, 执行数 9.80.
   *   planned(07-31) = 50 + (75 − 50) × days(06-30 → 07-31) / days(06-30 → 10-31) = 50 + 25 × 31/123 = 56.3008130081…%
   *   execution rate = 9.80 / 20.00 = 49%
   *   deviation from plan = 49 − 56.3008… = −7.3008… points → green (not more than 10 behind)
   *   time elapsed = days(2024-12-31 → 2025-07-31) / 365 = 212/365 = 58.0821917808…%
   *   deviation from time = 49 − 58.0821… = −9.0821… points
   */
  @Test
  void theSeedMonitoringRecord() {
    MonitoringReport r = Monitor.check(Seed.project1(), Seed.monitoring1());
    BudgetTrack b = r.budget();

    assertThat(b.plannedPercent().subtract(new BigDecimal("56.30081300813008130081300813008130")).abs()).isLessThan(EPS);
    assertThat(b.plannedShown()).isEqualByComparingTo("56.30");
    assertThat(b.executionRatePercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("49"));
    assertThat(b.deviationFromPlan().orElseThrow().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("-7.30");
    assertThat(b.timeElapsedPercent().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("58.0822");
    assertThat(b.deviationFromTime().orElseThrow().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("-9.08");
    assertThat(b.light()).contains(TrafficLight.GREEN);
    assertThat(b.hasPlan()).isTrue();
    assertThat(r.year()).isEqualTo(Year.of(2025));

    IndicatorProgress count = r.indicator("组织开展网络宣传活动次数").orElseThrow();
    assertThat(count.progress()).contains(new BigDecimal("56.67"));
    assertThat(count.metToDate()).isFalse();
    assertThat(count.projectionMeets()).contains(true);
    assertThat(count.possibility()).contains(Possibility.CERTAIN);
    assertThat(r.indicator("培训合格率").orElseThrow().projectionMeets()).contains(true);
    IndicatorProgress satisfaction = r.indicator("公众满意度").orElseThrow();
    assertThat(satisfaction.projectionMeets()).contains(false);
    assertThat(satisfaction.reason()).isPresent();
    assertThat(r.unmonitored()).containsExactly("随机考核工作完成时限", "控制在预算内", "构建清朗网络空间，提高社会治理", "增强影响力");
    assertThat(r.findings()).extracting(f -> f.kind()).containsExactly(FindingKind.PROJECTION_MISSES);
  }

  @Test
  void lightsTurnYellowBeyondTenPointsAndRedBeyondTwenty() {
    Project p = Seed.project1(); // planned 56.3008% at 07-31
    assertThat(light(p, "9.24")).isEqualTo(TrafficLight.YELLOW); // 46.2%: 10.1 behind
    assertThat(light(p, "9.27")).isEqualTo(TrafficLight.GREEN); // 46.35%: 9.95 behind
    assertThat(light(p, "7.20")).isEqualTo(TrafficLight.RED); // 36%: 20.3 behind
    assertThat(light(p, "7.28")).isEqualTo(TrafficLight.YELLOW); // 36.4%: 19.9 behind
    assertThat(light(p, "20.00")).isEqualTo(TrafficLight.GREEN); // ahead
  }

  @Test
  void thresholdsAreConfigurable() {
    MonitoringPolicy strict = MonitoringPolicy.standard().withThresholds(BigDecimal.ONE, new BigDecimal("5"));
    Monitoring m = new Monitoring(Seed.CODE_1, LocalDate.of(2025, 7, 31), Optional.of(d("9.80")), List.of());
    assertThat(Monitor.check(Seed.project1(), m, strict).budget().light()).contains(TrafficLight.RED);
    MonitoringPolicy lax = MonitoringPolicy.standard().withThresholds(new BigDecimal("30"), new BigDecimal("40"));
    Monitoring far = new Monitoring(Seed.CODE_1, LocalDate.of(2025, 7, 31), Optional.of(d("5")), List.of());
    assertThat(Monitor.check(Seed.project1(), far, lax).budget().light()).contains(TrafficLight.YELLOW);
    assertThat(Monitor.check(Seed.project1(), far, lax).findings(FindingKind.BEHIND_PLAN)).hasSize(1);
  }

  private static TrafficLight light(Project p, String spent) {
    Monitoring m = new Monitoring(p.code(), LocalDate.of(2025, 7, 31), Optional.of(d(spent)), List.of());
    return Monitor.check(p, m).budget().light().orElseThrow();
  }

  @Test
  void withoutAPlanTimeElapsedIsThePlan() {
    Project p = project("P", "100", table(cat("产出指标", sub("数量指标", ind("x", atLeast("1", "个"))))));
    Monitoring m = new Monitoring("P", LocalDate.of(2025, 7, 31), Optional.of(d("58")), List.of());
    MonitoringReport r = Monitor.check(p, m);
    assertThat(r.budget().hasPlan()).isFalse();
    assertThat(r.budget().plannedPercent()).isEqualByComparingTo(r.budget().timeElapsedPercent());
    assertThat(r.findings(FindingKind.NO_PLAN)).hasSize(1);
    assertThat(r.unmonitored()).containsExactly("x");
  }

  @Test
  void withoutSpendingTheBudgetTrackHasNoLight() {
    Monitoring m = new Monitoring(Seed.CODE_1, LocalDate.of(2025, 7, 31), Optional.empty(), List.of());
    MonitoringReport r = Monitor.check(Seed.project1(), m);
    assertThat(r.budget().light()).isEmpty();
    assertThat(r.budget().executionRatePercent()).isEmpty();
    assertThat(r.findings(FindingKind.SPENDING_UNAVAILABLE)).hasSize(1);
  }

  @Test
  void possibilityContradictingTheProjectionAndMissingReasonsAreFound() {
    Monitoring m = new Monitoring(Seed.CODE_1, LocalDate.of(2025, 7, 31), Optional.of(d("10")), List.of(
        new MonitoringRow("组织开展网络宣传活动次数", measured("10", "场"), Optional.of(measured("20", "场")),
            Optional.of(Possibility.CERTAIN), Optional.empty()),
        new MonitoringRow("培训合格率", measured("99", "%"), Optional.of(measured("99", "%")),
            Optional.of(Possibility.IMPOSSIBLE), Optional.empty()),
        new MonitoringRow("随机考核工作完成时限", graded(Grade.ACHIEVED), Optional.of(graded(Grade.ACHIEVED)), Optional.empty(),
            Optional.empty()),
        new MonitoringRow("公众满意度", measured("96", "场"), Optional.empty(), Optional.empty(), Optional.empty()),
        new MonitoringRow("不存在的指标", measured("1", "个"), Optional.empty(), Optional.empty(), Optional.empty())));
    MonitoringReport r = Monitor.check(Seed.project1(), m);

    assertThat(r.findings(FindingKind.POSSIBILITY_CONTRADICTS)).extracting(f -> f.indicator().orElseThrow())
        .containsExactly("组织开展网络宣传活动次数", "培训合格率");
    assertThat(r.findings(FindingKind.MISSING_REASON)).extracting(f -> f.indicator().orElseThrow())
        .containsExactly("组织开展网络宣传活动次数", "培训合格率");
    assertThat(r.findings(FindingKind.INCOMPARABLE_ACTUAL)).extracting(f -> f.indicator().orElseThrow()).containsExactly("公众满意度");
    assertThat(r.findings(FindingKind.UNKNOWN_INDICATOR)).extracting(f -> f.indicator().orElseThrow()).containsExactly("不存在的指标");
    assertThat(r.indicator("随机考核工作完成时限").orElseThrow().projectionMeets()).contains(true);
    assertThat(r.indicator("公众满意度").orElseThrow().progressPercent()).isEmpty();
    assertThat(r.indicator("公众满意度").orElseThrow().projectionMeets()).isEmpty();
  }

  @Test
  void theYearComesFromTheProjectElseFromTheDate() {
    Project noYear = new Project("P", "p", Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(budget("100")),
        Optional.empty(), Optional.of(plan(12, 100)), List.of(), Optional.empty());
    Monitoring m = new Monitoring("P", LocalDate.of(2024, 12, 31), Optional.of(d("100")), List.of());
    MonitoringReport r = Monitor.check(noYear, m);
    assertThat(r.year()).isEqualTo(Year.of(2024));
    assertThat(r.budget().plannedPercent()).isEqualByComparingTo("100");
    assertThat(r.findings(FindingKind.AS_OF_OUTSIDE_YEAR)).isEmpty();

    Monitoring late = new Monitoring(Seed.CODE_1, LocalDate.of(2026, 1, 15), Optional.of(d("20")), List.of());
    assertThat(Monitor.check(Seed.project1(), late).findings(FindingKind.AS_OF_OUTSIDE_YEAR)).hasSize(1);
    assertThat(Monitor.check(Seed.project1(), late).budget().plannedPercent()).isEqualByComparingTo("100");
  }

  @Test
  void documentsPairRecordsWithProjects() {
    assertThat(Monitor.check(Seed.all(), MonitoringPolicy.standard())).extracting(MonitoringReport::projectCode)
        .containsExactly(Seed.CODE_1);
  }
}
