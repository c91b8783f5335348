package dev.perf.eval.monitor;

import dev.perf.eval.policy.ScoringPolicy;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The settings of monitoring: how far behind plan (in percentage points) spending may fall before
 * the light turns yellow or red, and the scoring policy used to judge indicators (grade bands).
 *
 * @param name a human name
 * @param yellowBehindPoints more than this many points behind plan is yellow (10)
 * @param redBehindPoints more than this many points behind plan is red (20)
 * @param scoring how actuals are held against targets
 */
public record MonitoringPolicy(String name, BigDecimal yellowBehindPoints, BigDecimal redBehindPoints, ScoringPolicy scoring) {
  /** Checks {@code 0 ≤ yellow ≤ red}. */
  public MonitoringPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(yellowBehindPoints, "yellowBehindPoints");
    Objects.requireNonNull(redBehindPoints, "redBehindPoints");
    Objects.requireNonNull(scoring, "scoring");
    if (yellowBehindPoints.signum() < 0 || redBehindPoints.compareTo(yellowBehindPoints) < 0) {
      throw new IllegalArgumentException("thresholds must satisfy 0 ≤ yellow ≤ red");
    }
  }

  /** Yellow beyond 10 points behind plan, red beyond 20, national scoring. */
  public static MonitoringPolicy standard() {
    return new MonitoringPolicy("标准（黄 10 / 红 20）", BigDecimal.TEN, BigDecimal.valueOf(20), ScoringPolicy.national());
  }

  /** The standard thresholds with {@code scoring}. */
  public static MonitoringPolicy of(ScoringPolicy scoring) {
    return standard().withScoring(scoring);
  }

  /** This policy with other thresholds. */
  public MonitoringPolicy withThresholds(BigDecimal yellow, BigDecimal red) {
    return new MonitoringPolicy(name, yellow, red, scoring);
  }

  /** This policy with another scoring policy. */
  public MonitoringPolicy withScoring(ScoringPolicy newScoring) {
    return new MonitoringPolicy(name, yellowBehindPoints, redBehindPoints, newScoring);
  }
}
