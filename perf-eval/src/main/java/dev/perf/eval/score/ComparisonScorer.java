package dev.perf.eval.score;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.target.Comparator;
import dev.perf.model.target.Comparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores {@code ≥ > ≤ <} targets. Met → full points. Higher is better ({@code ≥ >}), not met →
 * points × actual / target. Lower is better ({@code ≤ <}), not met → points × target / actual.
 * Never below 0; a target or actual of 0 that would divide by zero scores 0 when not met.
 *
 * <p>A strict bound reached exactly ({@code > 30} with 30, {@code < 5} with 5) is not met, and an
 * unmet target must not earn full points, so an unmet strict target earns at most
 * {@link #STRICT_MISS_CAP} (99%) of its points.
 *
 * <p>A met higher-is-better actual above target × (1 + {@link ScoringPolicy#overAchievementPercent()})
 * is flagged for explanation; with {@link ScoringPolicy#overAchievementDeduction()} the indicator
 * also loses the excess beyond that threshold: fraction = max(0, 1 − (actual/target − 1 − threshold)).
 */
public final class ComparisonScorer implements IndicatorScorer<Comparison> {
  /** The most an unmet strict bound earns: 0.99 of the points. */
  public static final BigDecimal STRICT_MISS_CAP = new BigDecimal("0.99");

  @Override
  public Achievement score(String indicator, Comparison target, Actual actual, ScoringPolicy policy) {
    if (actual instanceof Graded g) {
      return GradeScorer.score(indicator, g, policy);
    }
    Quantity measured = ((Measured) actual).value();
    Quantity bound = target.bound();
    BigDecimal a = measured.valueIn(bound.unit()).orElseThrow(() -> new IllegalArgumentException("incomparable"));
    BigDecimal t = bound.value();
    Comparator op = target.comparator();
    boolean met = op.test(a.compareTo(t));
    Optional<Quantity> deviation = Optional.of(new Quantity(a.subtract(t), bound.unit()));
    List<Finding> findings = new ArrayList<>();
    if (op.higherIsBetter()) {
      Optional<BigDecimal> ratio = t.signum() > 0 ? Optional.of(Arithmetic.percent(a, t)) : Optional.empty();
      if (met) {
        BigDecimal fraction = BigDecimal.ONE;
        if (t.signum() > 0) {
          BigDecimal threshold = Arithmetic.divide(policy.overAchievementPercent(), Arithmetic.HUNDRED);
          BigDecimal excess = Arithmetic.divide(a, t).subtract(BigDecimal.ONE).subtract(threshold);
          if (excess.signum() > 0) {
            findings.add(Finding.about(FindingKind.OVER_ACHIEVEMENT, indicator, overAchieved(measured, bound, policy)));
            if (policy.overAchievementDeduction()) {
              fraction = Arithmetic.unit(BigDecimal.ONE.subtract(excess));
            }
          }
        }
        return Achievement.scored(true, fraction, ratio, deviation, Optional.empty(), findings);
      }
      BigDecimal fraction = t.signum() > 0 ? Arithmetic.unit(Arithmetic.divide(a, t)) : BigDecimal.ZERO;
      return Achievement.scored(false, capStrict(op, fraction), ratio, deviation, Optional.empty(), findings);
    }
    Optional<BigDecimal> ratio = a.signum() > 0 && t.signum() >= 0 ? Optional.of(Arithmetic.percent(t, a)) : Optional.empty();
    if (met) {
      return Achievement.scored(true, BigDecimal.ONE, ratio, deviation, Optional.empty(), findings);
    }
    BigDecimal fraction = a.signum() > 0 && t.signum() > 0 ? Arithmetic.unit(Arithmetic.divide(t, a)) : BigDecimal.ZERO;
    return Achievement.scored(false, capStrict(op, fraction), ratio, deviation, Optional.empty(), findings);
  }

  private static BigDecimal capStrict(Comparator op, BigDecimal fraction) {
    return op.inclusive() ? fraction : Arithmetic.min(fraction, STRICT_MISS_CAP);
  }

  private static Message overAchieved(Quantity actual, Quantity bound, ScoringPolicy policy) {
    String pct = Arithmetic.text(policy.overAchievementPercent());
    return Message.of(
        "完成值 " + actual + " 超过指标值 " + bound + " 的 " + pct + "% 以上，请说明原因（指标值是否设定过低）"
            + (policy.overAchievementDeduction() ? "；已按超出部分扣分" : ""),
        "the actual " + actual + " exceeds the target " + bound + " by more than " + pct
            + "%: explain it (was the target set too low?)" + (policy.overAchievementDeduction() ? "; points deducted for the excess" : ""));
  }
}
