package dev.perf.model;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A department's overall performance targets (部门整体绩效目标).
 *
 * @param code the unit code
 * @param name the unit name
 * @param year 年度
 * @param moneyUnit 金额单位 as written
 * @param overallGoal 总体绩效目标
 * @param subGoals 分项绩效目标, one entry each
 * @param measures 工作保障措施, one entry each
 * @param budget the department's budget (部门整体支出绩效目标表)
 * @param indicators the department's indicator table
 */
public record Department(
    String code,
    String name,
    Optional<Year> year,
    Optional<MoneyUnit> moneyUnit,
    Optional<String> overallGoal,
    List<String> subGoals,
    List<String> measures,
    Optional<Budget> budget,
    Optional<IndicatorTable> indicators) implements DocumentItem {

  public Department {
    Require.text(code, "code");
    Require.text(name, "name");
    year = Require.year(year);
    Objects.requireNonNull(moneyUnit, "moneyUnit");
    Objects.requireNonNull(overallGoal, "overallGoal");
    subGoals = Require.copy(subGoals, "subGoals");
    measures = Require.copy(measures, "measures");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(indicators, "indicators");
  }

  /** The money unit of the table's amounts: as written, else {@link MoneyUnit#DEFAULT}. */
  public MoneyUnit effectiveMoneyUnit() {
    return moneyUnit.orElse(MoneyUnit.DEFAULT);
  }
}
