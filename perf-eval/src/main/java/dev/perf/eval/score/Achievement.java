package dev.perf.eval.score;

import dev.perf.eval.finding.Finding;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.quantity.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one actual achieves one target, independent of points.
 *
 * @param status how it was scored
 * @param fraction the share of the indicator's points earned, in {@code [0, 1]}
 * @param met whether the target is met. An unmet target never earns full points; a met one earns
 *     them unless the policy deducts for over-achievement
 * @param ratioPercent the 完成率 column: actual against target in percent (uncapped), where defined
 * @param deviation actual minus target in the target's unit (days late for a deadline), where defined
 * @param grade the grade that decided the score, if a grade did
 * @param findings what to look at (over-achievement, late deadline, rate outside its band …)
 */
public record Achievement(
    ResultStatus status,
    BigDecimal fraction,
    boolean met,
    Optional<BigDecimal> ratioPercent,
    Optional<Quantity> deviation,
    Optional<Grade> grade,
    List<Finding> findings) {

  /** Checks the fraction and copies the findings. */
  public Achievement {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(fraction, "fraction");
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("fraction outside [0, 1]: " + fraction);
    }
    if (!met && fraction.compareTo(BigDecimal.ONE) == 0) {
      throw new IllegalArgumentException("an unmet target cannot earn full points");
    }
    Objects.requireNonNull(ratioPercent, "ratioPercent");
    Objects.requireNonNull(deviation, "deviation");
    Objects.requireNonNull(grade, "grade");
    findings = List.copyOf(findings);
  }

  /** A scored achievement. */
  public static Achievement scored(boolean met, BigDecimal fraction, Optional<BigDecimal> ratioPercent, Optional<Quantity> deviation,
      Optional<Grade> grade, List<Finding> findings) {
    return new Achievement(ResultStatus.SCORED, fraction, met, ratioPercent,
        deviation, grade, findings);
  }

  /** An indicator that earns nothing for {@code status} (missing, incomparable, not applicable). */
  public static Achievement none(ResultStatus status, List<Finding> findings) {
    return new Achievement(status, BigDecimal.ZERO, false, Optional.empty(), Optional.empty(), Optional.empty(), findings);
  }
}
