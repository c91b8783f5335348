package dev.perf.model.evaluation;

import dev.perf.model.Require;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A graded actual: {@code 达成}, {@code 部分达成 75%}. The rate, in percent, places the score inside
 * the grade's band; whether it lies in that band is a scoring-policy question.
 */
public record Graded(Grade grade, Optional<BigDecimal> ratePercent) implements Actual {
  public Graded {
    Objects.requireNonNull(grade, "grade");
    ratePercent = Objects.requireNonNull(ratePercent, "ratePercent").map(r -> Require.nonNegative(r, "ratePercent"));
  }

  public static Graded of(Grade grade) {
    return new Graded(grade, Optional.empty());
  }
}
