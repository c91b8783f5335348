package dev.perf.eval.score;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the claimed-score review: what the unit claimed beside what the rules give.
 *
 * @param kind which row it is
 * @param item the indicator's name, 预算执行率 or 总分
 * @param claimedPoints the 分值 the record states
 * @param points the points the table and policy give
 * @param claimedScore the 得分 the unit claimed
 * @param computedScore the exact score computed
 * @param pointsContradict the claimed 分值 matches neither the table's points nor the rescaled ones
 * @param scoreFlagged the claimed score differs from the computed one by more than the tolerance
 */
public record ClaimLine(
    Kind kind,
    String item,
    Optional<BigDecimal> claimedPoints,
    BigDecimal points,
    Optional<BigDecimal> claimedScore,
    BigDecimal computedScore,
    boolean pointsContradict,
    boolean scoreFlagged) {

  /** The rows a claim can be about. */
  public enum Kind {
    /** The 预算执行率 row. */
    EXECUTION,
    /** An indicator row. */
    INDICATOR,
    /** The 总分. */
    TOTAL
  }

  /** Rejects nulls. */
  public ClaimLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(claimedPoints, "claimedPoints");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(claimedScore, "claimedScore");
    Objects.requireNonNull(computedScore, "computedScore");
  }

  /** Claimed minus computed, if a score was claimed. */
  public Optional<BigDecimal> difference() {
    return claimedScore.map(c -> c.subtract(computedScore));
  }

  /** True if anything on this line is flagged. */
  public boolean flagged() {
    return pointsContradict || scoreFlagged;
  }
}
