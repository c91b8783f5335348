package dev.perf.eval.score;

import static dev.perf.eval.fixture.Models.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.fixture.Seed;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Framework;
import dev.perf.model.IndicatorTable;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointAllocationTest {
  private static List<BigDecimal> points(IndicatorTable t, ScoringPolicy p) {
    return PointAllocation.of(t, p).indicators().stream().map(AllocatedIndicator::points)
        .map(v -> v.setScale(4, java.math.RoundingMode.HALF_UP)).toList();
  }

  @Test
  void nationalSplitsEachCategoryEqually() {
    assertThat(points(Seed.table1(), ScoringPolicy.national())).containsExactly(
        d("12.5000"), d("12.5000"), d("12.5000"), d("12.5000"), d("15.0000"), d("15.0000"), d("10.0000"));
    assertThat(PointAllocation.of(Seed.table1(), ScoringPolicy.national()).issues()).isEmpty();
  }

  @Test
  void under2021CostSharesTheOutputFifty() {
    IndicatorTable t = table(Framework.F2021,
        cat("成本指标", sub("经济成本指标", ind("k", atMost("20", "万元")))),
        cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个")), ind("b", atLeast("1", "个"))), sub("质量指标", ind("c", atLeast("1", "%")))),
        cat("效益指标", sub("社会效益指标", ind("e", qualitative("好")))),
        cat("满意度指标", sub("服务对象满意度指标", ind("s", atLeast("90", "%")))));
    assertThat(points(t, ScoringPolicy.national())).containsExactly(
        d("12.5000"), d("12.5000"), d("12.5000"), d("12.5000"), d("30.0000"), d("10.0000"));
  }

  @Test
  void filePointsOverrideAndTheRestSplitsEqually() {
    IndicatorTable t = table(
        cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个"), "8"), ind("b", atLeast("1", "个"))), sub("质量指标", ind("c", atLeast("1", "%")))),
        cat("效益指标", sub("社会效益指标", ind("e", qualitative("好")))),
        cat("满意度指标", sub("服务对象满意度指标", ind("s", atLeast("90", "%")))));
    assertThat(points(t, ScoringPolicy.national())).containsExactly(d("8.0000"), d("21.0000"), d("21.0000"), d("30.0000"), d("10.0000"));
  }

  @Test
  void subCategoryPointsAreRespected() {
    IndicatorTable t = table(
        cat("产出指标", sub("数量指标", "30", ind("a", atLeast("1", "个")), ind("b", atLeast("1", "个"))), sub("质量指标", ind("c", atLeast("1", "%")))),
        cat("效益指标", sub("社会效益指标", ind("e", qualitative("好")))),
        cat("满意度指标", sub("服务对象满意度指标", ind("s", atLeast("90", "%")))));
    assertThat(points(t, ScoringPolicy.national())).containsExactly(d("15.0000"), d("15.0000"), d("20.0000"), d("30.0000"), d("10.0000"));
  }

  @Test
  void sichuanSpreadsNinetyOverAllIndicatorsWithoutPoints() {
    assertThat(points(Seed.table1(), ScoringPolicy.sichuan())).allSatisfy(p -> assertThat(p).isEqualByComparingTo("12.8571"));
    IndicatorTable t = table(
        cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个"), "30"), ind("b", atLeast("1", "个")))),
        cat("效益指标", "20", sub("社会效益指标", ind("e", qualitative("好")))),
        cat("满意度指标", sub("服务对象满意度指标", ind("s", atLeast("90", "%")))));
    // 90 − 30 − 20 = 40 for b and s
    assertThat(points(t, ScoringPolicy.sichuan())).containsExactly(d("30.0000"), d("20.0000"), d("20.0000"), d("20.0000"));
  }

  @Test
  void sharesNeverAddUpToMoreThanThePool() {
    IndicatorTable t = table(
        cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个")), ind("b", atLeast("1", "个")), ind("c", atLeast("1", "个")))),
        cat("效益指标", sub("社会效益指标", ind("e", qualitative("好")))),
        cat("满意度指标", sub("服务对象满意度指标", ind("s", atLeast("90", "%")))));
    BigDecimal total = PointAllocation.of(t, ScoringPolicy.national()).total();
    assertThat(total).isLessThanOrEqualTo(d("90"));
    assertThat(d("90").subtract(total)).isLessThan(d("1e-30"));
  }

  @Test
  void anUnknownCategoryKeepsOnlyItsOwnPoints() {
    IndicatorTable t = table(
        cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个")))),
        cat("其他", sub("别的", ind("z", atLeast("1", "个")))),
        cat("效益指标", sub("社会效益指标", ind("e", qualitative("好")))),
        cat("满意度指标", sub("服务对象满意度指标", ind("s", atLeast("90", "%")))));
    assertThat(points(t, ScoringPolicy.national())).containsExactly(d("50.0000"), d("0.0000"), d("30.0000"), d("10.0000"));
  }
}
