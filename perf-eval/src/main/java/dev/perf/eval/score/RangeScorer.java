package dev.perf.eval.score;

import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.target.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Scores inclusive ranges ({@code 40%～45%}, {@code [2, 4] 个工作日}): inside → full points; below →
 * points × actual / low; above → points × high / actual; never below 0. The 完成率 column shows the
 * same ratio (100% inside); the deviation is the distance to the nearest end (0 inside).
 */
public final class RangeScorer implements IndicatorScorer<Range> {
  @Override
  public Achievement score(String indicator, Range target, Actual actual, ScoringPolicy policy) {
    if (actual instanceof Graded g) {
      return GradeScorer.score(indicator, g, policy);
    }
    BigDecimal a = ((Measured) actual).value().valueIn(target.unit())
        .orElseThrow(() -> new IllegalArgumentException("incomparable"));
    BigDecimal low = target.low();
    BigDecimal high = target.high();
    if (a.compareTo(low) >= 0 && a.compareTo(high) <= 0) {
      return Achievement.scored(true, BigDecimal.ONE, Optional.of(Arithmetic.HUNDRED),
          Optional.of(new Quantity(BigDecimal.ZERO, target.unit())), Optional.empty(), List.of());
    }
    boolean below = a.compareTo(low) < 0;
    Optional<BigDecimal> fraction;
    if (below) {
      fraction = low.signum() > 0 ? Optional.of(Arithmetic.divide(a, low)) : Optional.empty();
    } else {
      fraction = a.signum() > 0 ? Optional.of(Arithmetic.divide(high, a)) : Optional.empty();
    }
    BigDecimal f = fraction.map(Arithmetic::unit).orElse(BigDecimal.ZERO);
    Optional<BigDecimal> ratio = fraction.map(x -> x.multiply(Arithmetic.HUNDRED));
    Quantity deviation = new Quantity(a.subtract(below ? low : high), target.unit());
    return Achievement.scored(false, f, ratio, Optional.of(deviation), Optional.empty(), List.of());
  }
}
