package dev.perf.eval.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The lower ends of the overall grades: total ≥ {@code excellent} is 优, ≥ {@code good} 良, ≥
 * {@code fair} 中, else 差. Defaults 90 / 80 / 60.
 *
 * @param excellent lowest total graded 优
 * @param good lowest total graded 良
 * @param fair lowest total graded 中
 */
public record GradeThresholds(BigDecimal excellent, BigDecimal good, BigDecimal fair) {
  /** Checks that {@code excellent ≥ good ≥ fair ≥ 0}. */
  public GradeThresholds {
    Objects.requireNonNull(excellent, "excellent");
    Objects.requireNonNull(good, "good");
    Objects.requireNonNull(fair, "fair");
    if (fair.signum() < 0 || good.compareTo(fair) < 0 || excellent.compareTo(good) < 0) {
      throw new IllegalArgumentException("grade thresholds must satisfy excellent ≥ good ≥ fair ≥ 0");
    }
  }

  /** 90 / 80 / 60. */
  public static GradeThresholds standard() {
    return new GradeThresholds(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60));
  }
}
