package dev.perf.model;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project performance target table (项目支出绩效目标表).
 *
 * @param code 项目编码
 * @param name 项目名称
 * @param unit the budget unit (单位)
 * @param year 年度
 * @param moneyUnit 金额单位 as written ({@link #effectiveMoneyUnit()} applies the default)
 * @param budget 预算数 and its sources
 * @param purpose 资金用途
 * @param plan 资金支出计划
 * @param goals 绩效目标, one entry per numbered goal
 * @param indicators the indicator table
 */
public record Project(
    String code,
    String name,
    Optional<BudgetUnit> unit,
    Optional<Year> year,
    Optional<MoneyUnit> moneyUnit,
    Optional<Budget> budget,
    Optional<String> purpose,
    Optional<SpendingPlan> plan,
    List<String> goals,
    Optional<IndicatorTable> indicators) implements DocumentItem {

  public Project {
    Require.text(code, "code");
    Require.text(name, "name");
    Objects.requireNonNull(unit, "unit");
    year = Require.year(year);
    Objects.requireNonNull(moneyUnit, "moneyUnit");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(plan, "plan");
    goals = Require.copy(goals, "goals");
    Objects.requireNonNull(indicators, "indicators");
  }

  /** The money unit of the table's amounts: as written, else {@link MoneyUnit#DEFAULT}. */
  public MoneyUnit effectiveMoneyUnit() {
    return moneyUnit.orElse(MoneyUnit.DEFAULT);
  }

  /** A builder-style starting point: a project with only a code and a name. */
  public static Project of(String code, String name) {
    return new Project(code, name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }
}
