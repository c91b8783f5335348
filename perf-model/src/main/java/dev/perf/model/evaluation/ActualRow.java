package dev.perf.model.evaluation;

import dev.perf.model.Require;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a self-evaluation: the indicator it is for, the actual, and optionally the points the
 * published table gives (分值), the score the unit claimed (得分) and the reason for a deviation.
 */
public record ActualRow(
    String indicator,
    Actual actual,
    Optional<BigDecimal> points,
    Optional<BigDecimal> claimedScore,
    Optional<DeviationReason> reason) {

  public ActualRow {
    Require.text(indicator, "indicator");
    Objects.requireNonNull(actual, "actual");
    points = Objects.requireNonNull(points, "points").map(p -> Require.nonNegative(p, "points"));
    claimedScore = Objects.requireNonNull(claimedScore, "claimedScore").map(p -> Require.nonNegative(p, "claimedScore"));
    Objects.requireNonNull(reason, "reason");
  }

  public static ActualRow of(String indicator, Actual actual) {
    return new ActualRow(indicator, actual, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
