package dev.perf.eval.score;

/** How an indicator's row was scored. */
public enum ResultStatus {
  /** Scored from its actual. */
  SCORED("已评分", "scored"),
  /** Marked 不适用: no points, the others rescaled. */
  NOT_APPLICABLE("不适用", "not applicable"),
  /** No row in the record: 0 points. */
  MISSING("缺少完成值", "missing"),
  /** The actual cannot be compared with the target: 0 points. */
  INCOMPARABLE("无法比较", "incomparable");

  private final String chinese;
  private final String english;

  ResultStatus(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** The Chinese label. */
  public String chinese() {
    return chinese;
  }

  /** The English label. */
  public String english() {
    return english;
  }
}
