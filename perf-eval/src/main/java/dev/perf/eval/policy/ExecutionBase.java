package dev.perf.eval.policy;

/** Which budget figure the execution rate (预算执行率) divides the spending (全年执行数) by. */
public enum ExecutionBase {
  /** 全年预算数 (the national rule of 财预〔2020〕10号). */
  ANNUAL_BUDGET("全年预算数", "annual budget"),
  /** 调整后预算数 (the Sichuan form). */
  ADJUSTED_BUDGET("调整后预算数", "adjusted budget");

  private final String chinese;
  private final String english;

  ExecutionBase(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** The column name of the official table, e.g. 全年预算数. */
  public String chinese() {
    return chinese;
  }

  /** The English name. */
  public String english() {
    return english;
  }
}
