package dev.perf.eval.score;

import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.target.Exact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Scores {@code =} targets: equal → full points; else points × (1 − |actual − target| / |target|),
 * never below 0. A target of 0 missed scores 0.
 */
public final class ExactScorer implements IndicatorScorer<Exact> {
  @Override
  public Achievement score(String indicator, Exact target, Actual actual, ScoringPolicy policy) {
    if (actual instanceof Graded g) {
      return GradeScorer.score(indicator, g, policy);
    }
    Quantity expected = target.value();
    BigDecimal a = ((Measured) actual).value().valueIn(expected.unit())
        .orElseThrow(() -> new IllegalArgumentException("incomparable"));
    BigDecimal t = expected.value();
    Optional<Quantity> deviation = Optional.of(new Quantity(a.subtract(t), expected.unit()));
    Optional<BigDecimal> ratio = t.signum() != 0 ? Optional.of(Arithmetic.percent(a, t)) : Optional.empty();
    if (a.compareTo(t) == 0) {
      return Achievement.scored(true, BigDecimal.ONE, ratio, deviation, Optional.empty(), List.of());
    }
    BigDecimal size = t.abs();
    BigDecimal gap = a.subtract(t).abs();
    BigDecimal fraction = gap.compareTo(size) < 0 ? Arithmetic.divide(size.subtract(gap), size) : BigDecimal.ZERO;
    return Achievement.scored(false, fraction, ratio, deviation, Optional.empty(), List.of());
  }
}
