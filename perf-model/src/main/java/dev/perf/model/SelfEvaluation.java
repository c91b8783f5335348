package dev.perf.model;

import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.DeviationReason;



import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A self-evaluation (绩效自评) of one project: the budget block of the 项目支出绩效自评表 and one row
 * of actuals per indicator. Amounts are in the project's money unit.
 *
 * @param projectCode the project evaluated
 * @param initialBudget 年初预算数
 * @param annualBudget 全年预算数
 * @param adjustedBudget 调整后预算数
 * @param spent 全年执行数
 * @param executionPoints 分值 of the execution-rate row, as published
 * @param executionClaimedScore 得分 the unit claimed for the execution rate
 * @param executionReason the reason for a low execution rate
 * @param claimedTotal the total score the unit claimed (总分)
 * @param rows the actuals, one per indicator
 */
public record SelfEvaluation(
    String projectCode,
    Optional<BigDecimal> initialBudget,
    Optional<BigDecimal> annualBudget,
    Optional<BigDecimal> adjustedBudget,
    Optional<BigDecimal> spent,
    Optional<BigDecimal> executionPoints,
    Optional<BigDecimal> executionClaimedScore,
    Optional<DeviationReason> executionReason,
    Optional<BigDecimal> claimedTotal,
    List<ActualRow> rows) implements DocumentItem {

  public SelfEvaluation {
    Require.text(projectCode, "projectCode");
    initialBudget = amount(initialBudget, "initialBudget");
    annualBudget = amount(annualBudget, "annualBudget");
    adjustedBudget = amount(adjustedBudget, "adjustedBudget");
    spent = amount(spent, "spent");
    executionPoints = amount(executionPoints, "executionPoints");
    executionClaimedScore = amount(executionClaimedScore, "executionClaimedScore");
    Objects.requireNonNull(executionReason, "executionReason");
    claimedTotal = amount(claimedTotal, "claimedTotal");
    rows = Require.copy(rows, "rows");
    if (spent.isEmpty() && (executionPoints.isPresent() || executionClaimedScore.isPresent() || executionReason.isPresent())) {
      throw new IllegalArgumentException("the execution row's points, score and reason need the amount spent");
    }
  }

  private static Optional<BigDecimal> amount(Optional<BigDecimal> value, String what) {
    return Objects.requireNonNull(value, what).map(v -> Require.nonNegative(v, what));
  }

  @Override
  public String code() {
    return projectCode;
  }

  /** The row for {@code indicator}. */
  public Optional<ActualRow> row(String indicator) {
    return rows.stream().filter(r -> r.indicator().equals(indicator)).findFirst();
  }
}
