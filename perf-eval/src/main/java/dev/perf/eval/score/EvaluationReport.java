package dev.perf.eval.score;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.model.MoneyUnit;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 项目支出绩效自评表 of one project, computed: the budget block, the indicator rows grouped by
 * first-level category with subtotals, the total and grade, the review of claimed scores, and the
 * findings.
 *
 * @param projectCode 项目编码
 * @param projectName 项目名称
 * @param year 年度
 * @param moneyUnit the unit of all amounts
 * @param policyName the scoring policy applied
 * @param budget the budget block (the 预算执行率 row)
 * @param categories the indicator rows by first-level category, in table order
 * @param totalPoints the full score (100 under both presets)
 * @param totalExact the exact sum of the execution score and every indicator score
 * @param grade 优 / 良 / 中 / 差 from the total as shown
 * @param claims the review of claimed scores
 * @param findings everything to look at
 */
public record EvaluationReport(
    String projectCode,
    String projectName,
    Optional<Year> year,
    MoneyUnit moneyUnit,
    String policyName,
    BudgetResult budget,
    List<CategoryResult> categories,
    BigDecimal totalPoints,
    BigDecimal totalExact,
    OverallGrade grade,
    ClaimReview claims,
    List<Finding> findings) {

  /** Rejects nulls and copies the lists. */
  public EvaluationReport {
    Objects.requireNonNull(projectCode, "projectCode");
    Objects.requireNonNull(projectName, "projectName");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(moneyUnit, "moneyUnit");
    Objects.requireNonNull(policyName, "policyName");
    Objects.requireNonNull(budget, "budget");
    categories = List.copyOf(categories);
    Objects.requireNonNull(totalPoints, "totalPoints");
    Objects.requireNonNull(totalExact, "totalExact");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(claims, "claims");
    findings = List.copyOf(findings);
  }

  /** The total as shown: the exact total rounded HALF_UP to two decimals. */
  public BigDecimal total() {
    return Arithmetic.display(totalExact);
  }

  /** Every indicator row, in table order. */
  public List<IndicatorResult> indicators() {
    return categories.stream().flatMap(c -> c.indicators().stream()).toList();
  }

  /** The row of the indicator named {@code name}. */
  public Optional<IndicatorResult> indicator(String name) {
    return indicators().stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** The subtotal of the category named {@code name} (with or without the trailing 指标). */
  public Optional<CategoryResult> category(String name) {
    String n = dev.perf.model.Framework.withSuffix(name);
    return categories.stream().filter(c -> dev.perf.model.Framework.withSuffix(c.name()).equals(n)).findFirst();
  }

  /** The findings of {@code kind}. */
  public List<Finding> findings(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }
}
