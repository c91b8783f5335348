package dev.perf.dsl.lex;

import dev.perf.dsl.grammar.PerfBaseLexer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keywords of the language: a canonical Chinese spelling, an English alias and any further
 * spellings clerks use. The lexer reads every keyword as a word; {@link KeywordTokenSource} re-types it.
 */
public enum Keyword {
  DEPARTMENT(PerfBaseLexer.K_DEPARTMENT, "部门", "department"),
  PROJECT(PerfBaseLexer.K_PROJECT, "项目", "project"),
  UNIT(PerfBaseLexer.K_UNIT, "单位", "unit"),
  YEAR(PerfBaseLexer.K_YEAR, "年度", "year"),
  MONEY_UNIT(PerfBaseLexer.K_MONEY_UNIT, "金额单位", "moneyUnit"),
  OVERALL_GOAL(PerfBaseLexer.K_OVERALL_GOAL, "总体目标", "overallGoal", "总体绩效目标"),
  SUB_GOALS(PerfBaseLexer.K_SUB_GOALS, "分项目标", "subGoals", "分项绩效目标"),
  MEASURES(PerfBaseLexer.K_MEASURES, "保障措施", "measures", "工作保障措施"),
  BUDGET(PerfBaseLexer.K_BUDGET, "预算", "budget", "预算数"),
  PURPOSE(PerfBaseLexer.K_PURPOSE, "资金用途", "purpose"),
  PLAN(PerfBaseLexer.K_PLAN, "支出计划", "plan", "资金支出计划"),
  GOALS(PerfBaseLexer.K_GOALS, "绩效目标", "goals"),
  INDICATORS(PerfBaseLexer.K_INDICATORS, "指标", "indicators", "绩效指标"),
  BASIS(PerfBaseLexer.K_BASIS, "依据", "basis", "指标值确定依据"),
  FRAMEWORK(PerfBaseLexer.K_FRAMEWORK, "框架", "framework"),
  POINTS(PerfBaseLexer.K_POINTS, "分值", "points"),
  DESCRIPTION(PerfBaseLexer.K_DESCRIPTION, "描述", "description", "绩效指标描述"),
  SELF_EVALUATION(PerfBaseLexer.K_SELF_EVALUATION, "自评", "evaluation"),
  MONITORING(PerfBaseLexer.K_MONITORING, "监控", "monitoring"),
  AS_OF(PerfBaseLexer.K_AS_OF, "截至", "asOf", "截止"),
  INITIAL_BUDGET(PerfBaseLexer.K_INITIAL_BUDGET, "年初预算数", "initialBudget"),
  ANNUAL_BUDGET(PerfBaseLexer.K_ANNUAL_BUDGET, "全年预算数", "annualBudget"),
  ADJUSTED_BUDGET(PerfBaseLexer.K_ADJUSTED_BUDGET, "调整后预算数", "adjustedBudget"),
  SPENT(PerfBaseLexer.K_SPENT, "执行数", "spent", "全年执行数"),
  SCORE(PerfBaseLexer.K_SCORE, "得分", "score"),
  REASON(PerfBaseLexer.K_REASON, "偏差原因", "reason"),
  PROJECTED(PerfBaseLexer.K_PROJECTED, "预计", "projected"),
  POSSIBILITY(PerfBaseLexer.K_POSSIBILITY, "可能性", "possibility", "完成可能性"),
  TOTAL(PerfBaseLexer.K_TOTAL, "总分", "total");

  private static final Map<String, Keyword> BY_SPELLING = new HashMap<>();
  /** Indexed by token type (the builder asks once per statement and option: no boxing). */
  private static final Keyword[] BY_TOKEN_TYPE = new Keyword[PerfBaseLexer.VOCABULARY.getMaxTokenType() + 1];

  static {
    for (Keyword k : values()) {
      for (String s : k.spellings) {
        BY_SPELLING.put(s, k);
      }
      BY_TOKEN_TYPE[k.tokenType] = k;
    }
  }

  private final int tokenType;
  private final String chinese;
  private final String english;
  private final List<String> spellings;

  Keyword(int tokenType, String chinese, String english, String... more) {
    this.tokenType = tokenType;
    this.chinese = chinese;
    this.english = english;
    var all = new java.util.ArrayList<String>();
    all.add(chinese);
    all.add(english);
    all.addAll(List.of(more));
    this.spellings = List.copyOf(all);
  }

  public int tokenType() {
    return tokenType;
  }

  /** The canonical Chinese spelling. */
  public String chinese() {
    return chinese;
  }

  /** The English alias. */
  public String english() {
    return english;
  }

  /** Every spelling that lexes as this keyword. */
  public List<String> spellings() {
    return spellings;
  }

  /** The keyword spelt {@code word}, if it is one. */
  public static Optional<Keyword> fromSpelling(String word) {
    return Optional.ofNullable(BY_SPELLING.get(word));
  }

  /** The token type of the keyword spelt {@code word}, or {@code otherwise} (the lexer's per-word check). */
  public static int tokenType(String word, int otherwise) {
    Keyword k = BY_SPELLING.get(word);
    return k == null ? otherwise : k.tokenType();
  }

  /** The keyword of a token type. */
  public static Optional<Keyword> fromTokenType(int type) {
    return type >= 0 && type < BY_TOKEN_TYPE.length ? Optional.ofNullable(BY_TOKEN_TYPE[type]) : Optional.empty();
  }

  /** True if {@code word} lexes as a keyword (and so must be quoted to be a name). */
  public static boolean isKeyword(String word) {
    return BY_SPELLING.containsKey(word);
  }

  /** Every spelling of every keyword, for "did you mean" hints. */
  public static java.util.Set<String> allSpellings() {
    return java.util.Collections.unmodifiableSet(BY_SPELLING.keySet());
  }
}
