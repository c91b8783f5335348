package dev.perf.eval.score;

import dev.perf.eval.policy.ExecutionBase;
import dev.perf.model.evaluation.DeviationReason;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The budget block of the 项目支出绩效自评表: 年初预算数, 全年预算数, 调整后预算数, 全年执行数, 分值,
 * 执行率, 得分. Amounts are in the project's money unit.
 *
 * @param initialBudget 年初预算数 (the record's, else the target table's 预算数)
 * @param annualBudget 全年预算数
 * @param adjustedBudget 调整后预算数
 * @param spent 全年执行数
 * @param base the figure the rate was computed on; empty if the table's 预算数 had to serve
 * @param baseAmount the amount of that figure
 * @param points 分值 of the execution row
 * @param ratePercent 执行率 in percent, exact
 * @param scoreExact 得分, exact: points × min(rate, 100%)
 * @param reason the reason given for a low rate
 */
public record BudgetResult(
    Optional<BigDecimal> initialBudget,
    Optional<BigDecimal> annualBudget,
    Optional<BigDecimal> adjustedBudget,
    Optional<BigDecimal> spent,
    Optional<ExecutionBase> base,
    Optional<BigDecimal> baseAmount,
    BigDecimal points,
    Optional<BigDecimal> ratePercent,
    BigDecimal scoreExact,
    Optional<DeviationReason> reason) {

  /** Rejects nulls. */
  public BudgetResult {
    Objects.requireNonNull(initialBudget, "initialBudget");
    Objects.requireNonNull(annualBudget, "annualBudget");
    Objects.requireNonNull(adjustedBudget, "adjustedBudget");
    Objects.requireNonNull(spent, "spent");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(baseAmount, "baseAmount");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(ratePercent, "ratePercent");
    Objects.requireNonNull(scoreExact, "scoreExact");
    Objects.requireNonNull(reason, "reason");
  }

  /** 得分 as shown: two decimals, HALF_UP. */
  public BigDecimal score() {
    return Arithmetic.display(scoreExact);
  }

  /** 执行率 as shown: percent with two decimals, HALF_UP. */
  public Optional<BigDecimal> rate() {
    return ratePercent.map(Arithmetic::display);
  }
}
