package dev.perf.dsl.build;

import dev.perf.dsl.lex.Keyword;

/** The four kinds of top-level blocks, and the statements and row options each accepts. */
enum ItemKind {
  DEPARTMENT("部门", "department"),
  PROJECT("项目", "project"),
  SELF_EVALUATION("自评", "self-evaluation"),
  MONITORING("监控", "monitoring");

  final String zh;
  final String en;

  ItemKind(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  boolean accepts(Keyword statement) {
    return switch (this) {
      case DEPARTMENT -> switch (statement) {
        case YEAR, MONEY_UNIT, OVERALL_GOAL, SUB_GOALS, MEASURES, BUDGET, INDICATORS -> true;
        default -> false;
      };
      case PROJECT -> switch (statement) {
        case UNIT, YEAR, MONEY_UNIT, BUDGET, PURPOSE, PLAN, GOALS, INDICATORS -> true;
        default -> false;
      };
      case SELF_EVALUATION -> switch (statement) {
        case INITIAL_BUDGET, ANNUAL_BUDGET, ADJUSTED_BUDGET, SPENT, TOTAL -> true;
        default -> false;
      };
      case MONITORING -> statement == Keyword.SPENT;
    };
  }

  /** True if rows of actuals (NAME：VALUE) belong in this block. */
  boolean acceptsRows() {
    return this == SELF_EVALUATION || this == MONITORING;
  }
}
