package dev.perf.eval.finding;

import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;

/** The kinds of finding a report can carry, each with its severity and a title in two languages. */
public enum FindingKind {
  // --- self-evaluation ---
  /** A higher-is-better actual far above its target (完成值高于指标值较多): explain it. */
  OVER_ACHIEVEMENT(Severity.WARNING, "完成值高于指标值较多，需说明原因", "actual far above target: explain"),
  /** Execution rate below the policy threshold (90%) and no reason given. */
  LOW_EXECUTION_WITHOUT_REASON(Severity.WARNING, "预算执行率偏低且未说明原因", "low execution rate without a reason"),
  /** The execution rate cannot be computed (no spending, or no budget, or a zero budget). */
  EXECUTION_RATE_UNAVAILABLE(Severity.ERROR, "无法计算预算执行率", "execution rate cannot be computed"),
  /** The policy's budget figure is missing and another one was used. */
  EXECUTION_BASE_FALLBACK(Severity.INFO, "执行率分母改用其他预算数", "execution rate on another budget figure"),
  /** An indicator of the table has no row in the record: scored 0. */
  MISSING_ACTUAL(Severity.ERROR, "指标缺少完成值", "indicator without an actual"),
  /** An actual that cannot be compared with its target (unit or form): scored 0. */
  INCOMPARABLE_ACTUAL(Severity.ERROR, "完成值与指标值无法比较", "actual cannot be compared with the target"),
  /** Indicators marked 不适用 dropped out and the remaining points were rescaled. */
  NOT_APPLICABLE_RESCALED(Severity.INFO, "不适用指标不计分，其余分值按比例折算", "not-applicable indicators dropped, points rescaled"),
  /** The table's points did not add up to the policy's pool and were rescaled to it. */
  POINTS_RESCALED(Severity.WARNING, "分值合计与政策不符，已按比例折算", "points did not add up and were rescaled"),
  /** Points written in the table contradict each other or the policy. */
  POINTS_INCONSISTENT(Severity.ERROR, "分值不一致", "inconsistent points"),
  /** A grade's rate outside the grade's band: the default rate was used. */
  GRADE_RATE_OUT_OF_BAND(Severity.ERROR, "评级比例超出该等级区间", "grade rate outside its band"),
  /** A deadline met late without a grade: the policy's late grade was used. */
  LATE_WITHOUT_GRADE(Severity.WARNING, "逾期完成但未评级", "deadline met late without a grade"),
  /** A row names an indicator the table does not have. */
  UNKNOWN_INDICATOR(Severity.ERROR, "指标不存在", "unknown indicator"),
  /** Two rows for one indicator: the first counts. */
  DUPLICATE_ROW(Severity.ERROR, "同一指标重复填报", "indicator reported twice"),
  /** An unmet indicator without a deviation reason (偏差原因); not asked of a 达成 below 100%. */
  DEVIATION_WITHOUT_REASON(Severity.INFO, "未完成指标未说明偏差原因", "unmet indicator without a reason"),
  /** A claimed score differs from the computed one by more than the tolerance. */
  CLAIM_DIFFERS(Severity.WARNING, "自评得分与复核得分不符", "claimed score differs from the computed one"),
  /** A claimed 分值 contradicts the table's or the policy's points. */
  CLAIMED_POINTS_CONTRADICT(Severity.ERROR, "自评分值与指标表或评分规则不符", "claimed points contradict the table"),
  // --- monitoring ---
  /** Spending behind plan beyond the yellow or red threshold. */
  BEHIND_PLAN(Severity.WARNING, "预算执行进度落后于计划", "spending behind plan"),
  /** No spending plan: time elapsed serves as the plan. */
  NO_PLAN(Severity.INFO, "无支出计划，按时间进度比较", "no spending plan: compared with time elapsed"),
  /** Spending to date or the budget is missing: the budget track is incomplete. */
  SPENDING_UNAVAILABLE(Severity.WARNING, "缺少执行数或预算数", "spending or budget missing"),
  /** The projected full-year value misses the target. */
  PROJECTION_MISSES(Severity.WARNING, "预计全年完成值达不到目标", "projection misses the target"),
  /** The stated possibility contradicts the projection. */
  POSSIBILITY_CONTRADICTS(Severity.WARNING, "完成可能性与预计完成值矛盾", "possibility contradicts the projection"),
  /** A projection that misses, or a possibility short of certain, without a reason. */
  MISSING_REASON(Severity.WARNING, "未说明偏差原因", "deviation without a reason"),
  /** The as-of date lies outside the project's year. */
  AS_OF_OUTSIDE_YEAR(Severity.WARNING, "监控日期不在项目年度内", "as-of date outside the project's year");

  private final Severity severity;
  private final Message title;

  FindingKind(Severity severity, String zh, String en) {
    this.severity = severity;
    this.title = Message.of(zh, en);
  }

  /** How serious the finding is. */
  public Severity severity() {
    return severity;
  }

  /** A one-line title in Chinese and English. */
  public Message title() {
    return title;
  }
}
