package dev.perf.eval.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.model.FirstLevel;
import dev.perf.model.evaluation.Grade;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoringPolicyTest {
  @Test
  void theNationalPresetIsTenFiftyThirtyTen() {
    ScoringPolicy p = ScoringPolicy.national();
    assertThat(p.executionPoints()).isEqualByComparingTo("10");
    assertThat(p.scheme()).isInstanceOfSatisfying(PointScheme.ByCategory.class, b -> {
      assertThat(b.points().get(FirstLevel.OUTPUT)).isEqualByComparingTo("50");
      assertThat(b.points().get(FirstLevel.BENEFIT)).isEqualByComparingTo("30");
      assertThat(b.points().get(FirstLevel.SATISFACTION)).isEqualByComparingTo("10");
      assertThat(b.poolOf(FirstLevel.COST)).isEqualTo(FirstLevel.OUTPUT);
    });
    assertThat(p.totalPoints()).isEqualByComparingTo("100");
    assertThat(p.executionBase()).isEqualTo(ExecutionBase.ANNUAL_BUDGET);
    assertThat(p.band(Grade.ACHIEVED).defaultPercent()).isEqualByComparingTo("100");
    assertThat(p.band(Grade.PARTIAL).defaultPercent()).isEqualByComparingTo("70");
    assertThat(p.band(Grade.MISSED).defaultPercent()).isEqualByComparingTo("30");
    assertThat(p.overAchievementPercent()).isEqualByComparingTo("20");
    assertThat(p.overAchievementDeduction()).isFalse();
    assertThat(p.claimTolerance()).isEqualByComparingTo("0.5");
    assertThat(p.explanationThresholdPercent()).isEqualByComparingTo("90");
    assertThat(p.wholePointRounding()).isFalse();
    assertThat(p.gradeThresholds()).isEqualTo(GradeThresholds.standard());
  }

  @Test
  void theSichuanPresetSpreadsNinetyOnTheAdjustedBudget() {
    ScoringPolicy p = ScoringPolicy.sichuan();
    assertThat(p.scheme()).isEqualTo(new PointScheme.Spread(BigDecimal.valueOf(90)));
    assertThat(p.executionBase()).isEqualTo(ExecutionBase.ADJUSTED_BUDGET);
    assertThat(p.totalPoints()).isEqualByComparingTo("100");
  }

  @Test
  void policiesAreImmutableValuesChangedByCopy() {
    ScoringPolicy p = ScoringPolicy.national();
    ScoringPolicy q = p.withWholePointRounding(true).withName("某市");
    assertThat(p.wholePointRounding()).isFalse();
    assertThat(q.wholePointRounding()).isTrue();
    assertThat(q.name()).isEqualTo("某市");
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThatThrownBy(() -> p.bands().put(Grade.MISSED, GradeBand.of(0, 50, false, 10)))
        .isInstanceOf(UnsupportedOperationException.class);
    ScoringPolicy custom = p.toBuilder().band(Grade.PARTIAL, GradeBand.of(50, 80, false, 65)).build();
    assertThat(custom.band(Grade.PARTIAL).defaultPercent()).isEqualByComparingTo("65");
  }

  @Test
  void scalingMultipliesEveryPointFigure() {
    ScoringPolicy p = ScoringPolicy.national().scaledBy(new BigDecimal("2"));
    assertThat(p.totalPoints()).isEqualByComparingTo("200");
    assertThat(p.executionPoints()).isEqualByComparingTo("20");
  }

  @Test
  void badSettingsAreRejected() {
    assertThatThrownBy(() -> GradeBand.of(60, 80, false, 80)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GradeBand.of(80, 60, true, 70)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoringPolicy.builder().claimTolerance(new BigDecimal("-1")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GradeThresholds(BigDecimal.valueOf(80), BigDecimal.valueOf(90), BigDecimal.valueOf(60)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bandsHaveOpenAndClosedEnds() {
    GradeBand partial = ScoringPolicy.national().band(Grade.PARTIAL);
    assertThat(partial.contains(new BigDecimal("60"))).isTrue();
    assertThat(partial.contains(new BigDecimal("79.99"))).isTrue();
    assertThat(partial.contains(new BigDecimal("80"))).isFalse();
    assertThat(ScoringPolicy.national().band(Grade.ACHIEVED).contains(new BigDecimal("100"))).isTrue();
    assertThat(partial.notation()).isEqualTo("[60%, 80%)");
  }
}
