package dev.perf.eval.score;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.model.MoneyUnit;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

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
 *
 * <p>The evaluator computes the numbers that decide the result (total and grade) first; the
 * presentation parts (budget block, rows, claim review, findings) are built on first access, once,
 * thread-safely. Equality, hash and text are those of a record of the twelve values above.
 */
public final class EvaluationReport {
  private final String projectCode;
  private final String projectName;
  private final Optional<Year> year;
  private final MoneyUnit moneyUnit;
  private final String policyName;
  private final BigDecimal totalPoints;
  private final BigDecimal totalExact;
  private final OverallGrade grade;
  /** Set once the presentation is built; read without a lock after that. */
  private volatile Presentation presentation;
  /** Builds the presentation; dropped once it has. */
  private Supplier<Presentation> builder;

  /** The parts built on first access. */
  record Presentation(BudgetResult budget, List<CategoryResult> categories, ClaimReview claims, List<Finding> findings) {
    /** Rejects nulls and copies the lists. */
    Presentation {
      Objects.requireNonNull(budget, "budget");
      categories = List.copyOf(categories);
      Objects.requireNonNull(claims, "claims");
      findings = List.copyOf(findings);
    }
  }

  /** A report with every part given; rejects nulls and copies the lists. */
  public EvaluationReport(String projectCode, String projectName, Optional<Year> year, MoneyUnit moneyUnit,
      String policyName, BudgetResult budget, List<CategoryResult> categories, BigDecimal totalPoints,
      BigDecimal totalExact, OverallGrade grade, ClaimReview claims, List<Finding> findings) {
    this(projectCode, projectName, year, moneyUnit, policyName, totalPoints, totalExact, grade,
        new Presentation(budget, categories, claims, findings));
  }

  private EvaluationReport(String projectCode, String projectName, Optional<Year> year, MoneyUnit moneyUnit,
      String policyName, BigDecimal totalPoints, BigDecimal totalExact, OverallGrade grade, Presentation presentation) {
    this(projectCode, projectName, year, moneyUnit, policyName, totalPoints, totalExact, grade, (Supplier<Presentation>) null);
    this.presentation = presentation;
  }

  /** A report whose presentation {@code builder} makes on first access. */
  EvaluationReport(String projectCode, String projectName, Optional<Year> year, MoneyUnit moneyUnit, String policyName,
      BigDecimal totalPoints, BigDecimal totalExact, OverallGrade grade, Supplier<Presentation> builder) {
    this.projectCode = Objects.requireNonNull(projectCode, "projectCode");
    this.projectName = Objects.requireNonNull(projectName, "projectName");
    this.year = Objects.requireNonNull(year, "year");
    this.moneyUnit = Objects.requireNonNull(moneyUnit, "moneyUnit");
    this.policyName = Objects.requireNonNull(policyName, "policyName");
    this.totalPoints = Objects.requireNonNull(totalPoints, "totalPoints");
    this.totalExact = Objects.requireNonNull(totalExact, "totalExact");
    this.grade = Objects.requireNonNull(grade, "grade");
    this.builder = builder;
  }

  private Presentation presentation() {
    Presentation p = presentation;
    if (p == null) {
      synchronized (this) {
        p = presentation;
        if (p == null) {
          p = Objects.requireNonNull(builder.get(), "presentation");
          presentation = p;
          builder = null;
        }
      }
    }
    return p;
  }

  /** 项目编码. */
  public String projectCode() {
    return projectCode;
  }

  /** 项目名称. */
  public String projectName() {
    return projectName;
  }

  /** 年度. */
  public Optional<Year> year() {
    return year;
  }

  /** The unit of all amounts. */
  public MoneyUnit moneyUnit() {
    return moneyUnit;
  }

  /** The scoring policy applied. */
  public String policyName() {
    return policyName;
  }

  /** The budget block (the 预算执行率 row). */
  public BudgetResult budget() {
    return presentation().budget();
  }

  /** The indicator rows by first-level category, in table order. */
  public List<CategoryResult> categories() {
    return presentation().categories();
  }

  /** The full score (100 under both presets). */
  public BigDecimal totalPoints() {
    return totalPoints;
  }

  /** The exact sum of the execution score and every indicator score. */
  public BigDecimal totalExact() {
    return totalExact;
  }

  /** 优 / 良 / 中 / 差 from the total as shown. */
  public OverallGrade grade() {
    return grade;
  }

  /** The review of claimed scores. */
  public ClaimReview claims() {
    return presentation().claims();
  }

  /** Everything to look at. */
  public List<Finding> findings() {
    return presentation().findings();
  }

  /** The total as shown: the exact total rounded HALF_UP to two decimals. */
  public BigDecimal total() {
    return Arithmetic.display(totalExact);
  }

  /** Every indicator row, in table order. */
  public List<IndicatorResult> indicators() {
    return categories().stream().flatMap(c -> c.indicators().stream()).toList();
  }

  /** The row of the indicator named {@code name}. */
  public Optional<IndicatorResult> indicator(String name) {
    return indicators().stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** The subtotal of the category named {@code name} (with or without the trailing 指标). */
  public Optional<CategoryResult> category(String name) {
    String n = dev.perf.model.Framework.withSuffix(name);
    return categories().stream().filter(c -> dev.perf.model.Framework.withSuffix(c.name()).equals(n)).findFirst();
  }

  /** The findings of {@code kind}. */
  public List<Finding> findings(FindingKind kind) {
    return findings().stream().filter(f -> f.kind() == kind).toList();
  }

  /** Equal to another report with equal values in all twelve parts, as a record would be. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EvaluationReport r)) {
      return false;
    }
    return projectCode.equals(r.projectCode) && projectName.equals(r.projectName) && year.equals(r.year)
        && moneyUnit.equals(r.moneyUnit) && policyName.equals(r.policyName) && budget().equals(r.budget())
        && categories().equals(r.categories()) && totalPoints.equals(r.totalPoints) && totalExact.equals(r.totalExact)
        && grade.equals(r.grade) && claims().equals(r.claims()) && findings().equals(r.findings());
  }

  /** The hash a record of the twelve parts would have. */
  @Override
  public int hashCode() {
    int h = 0;
    for (Object part : parts()) {
      h = 31 * h + Objects.hashCode(part);
    }
    return h;
  }

  /** The text a record of the twelve parts would have. */
  @Override
  public String toString() {
    Object[] parts = parts();
    StringBuilder out = new StringBuilder("EvaluationReport[");
    for (int i = 0; i < parts.length; i++) {
      out.append(i == 0 ? "" : ", ").append(PART_NAMES.get(i)).append('=').append(parts[i]);
    }
    return out.append(']').toString();
  }

  private static final List<String> PART_NAMES = List.of("projectCode", "projectName", "year", "moneyUnit", "policyName",
      "budget", "categories", "totalPoints", "totalExact", "grade", "claims", "findings");

  private Object[] parts() {
    return new Object[] {projectCode, projectName, year, moneyUnit, policyName, budget(), categories(), totalPoints,
        totalExact, grade, claims(), findings()};
  }
}
