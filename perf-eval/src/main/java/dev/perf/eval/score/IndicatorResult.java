package dev.perf.eval.score;

import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator row of the 项目支出绩效自评表.
 *
 * @param category 一级指标 as written
 * @param subCategory 二级指标 as written
 * @param name 三级指标
 * @param target 年度指标值
 * @param actual 实际完成值, if the record gives one
 * @param status how it was scored
 * @param met whether the target is met
 * @param ratioPercent 完成率 in percent, where defined
 * @param allocatedPoints the points from the table and policy, before not-applicable rescaling
 * @param points 分值: the points it is scored out of (0 when not applicable)
 * @param scoreExact 得分, exact (or whole points under the rounding policy)
 * @param grade the grade that decided the score, if any
 * @param deviation actual minus target, in the target's unit (days for a deadline)
 * @param reason 偏差原因 as given
 */
public record IndicatorResult(
    String category,
    String subCategory,
    String name,
    Target target,
    Optional<Actual> actual,
    ResultStatus status,
    boolean met,
    Optional<BigDecimal> ratioPercent,
    BigDecimal allocatedPoints,
    BigDecimal points,
    BigDecimal scoreExact,
    Optional<Grade> grade,
    Optional<Quantity> deviation,
    Optional<DeviationReason> reason) {

  /** Rejects nulls. */
  public IndicatorResult {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(subCategory, "subCategory");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(ratioPercent, "ratioPercent");
    Objects.requireNonNull(allocatedPoints, "allocatedPoints");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(scoreExact, "scoreExact");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(deviation, "deviation");
    Objects.requireNonNull(reason, "reason");
  }

  /** 得分 as shown: two decimals, HALF_UP. */
  public BigDecimal score() {
    return Arithmetic.display(scoreExact);
  }

  /** 分值 as shown: two decimals, HALF_UP. */
  public BigDecimal pointsShown() {
    return Arithmetic.display(points);
  }

  /** 完成率 as shown: percent with two decimals. */
  public Optional<BigDecimal> ratio() {
    return ratioPercent.map(Arithmetic::display);
  }
}
