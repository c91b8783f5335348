package dev.perf.eval.validate;

import dev.perf.model.Budget;
import dev.perf.model.Department;
import dev.perf.model.IndicatorTable;
import dev.perf.model.MoneyUnit;
import dev.perf.model.Project;
import dev.perf.model.SpendingPlan;
import java.util.Objects;
import java.util.Optional;

/**
 * A project or a department seen as the owner of a budget and an indicator table, so that table
 * rules check both alike.
 *
 * @param node the {@link Project} or {@link Department}
 * @param code its code
 * @param name its name
 * @param budget its 预算数
 * @param plan its spending plan (projects only)
 * @param indicators its indicator table
 * @param moneyUnit the unit of its amounts
 */
public record TableOwner(
    Object node,
    String code,
    String name,
    Optional<Budget> budget,
    Optional<SpendingPlan> plan,
    Optional<IndicatorTable> indicators,
    MoneyUnit moneyUnit) {

  /** Rejects nulls. */
  public TableOwner {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(moneyUnit, "moneyUnit");
  }

  /** A project as a table owner. */
  public static TableOwner of(Project p) {
    return new TableOwner(p, p.code(), p.name(), p.budget(), p.plan(), p.indicators(), p.effectiveMoneyUnit());
  }

  /** A department as a table owner. */
  public static TableOwner of(Department d) {
    return new TableOwner(d, d.code(), d.name(), d.budget(), Optional.empty(), d.indicators(), d.effectiveMoneyUnit());
  }

  /** 项目 or 部门. */
  public String kindZh() {
    return node instanceof Project ? "项目" : "部门";
  }

  /** project or department. */
  public String kindEn() {
    return node instanceof Project ? "project" : "department";
  }
}
