package dev.perf.eval.score;

import dev.perf.eval.policy.GradeThresholds;
import java.math.BigDecimal;

/** The grade of a self-evaluation's total: 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60). */
public enum OverallGrade {
  /** 优. */
  EXCELLENT("优", "excellent"),
  /** 良. */
  GOOD("良", "good"),
  /** 中. */
  FAIR("中", "fair"),
  /** 差. */
  POOR("差", "poor");

  private final String chinese;
  private final String english;

  OverallGrade(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** 优, 良, 中 or 差. */
  public String chinese() {
    return chinese;
  }

  /** excellent, good, fair or poor. */
  public String english() {
    return english;
  }

  /** The grade of {@code total} under {@code thresholds}. */
  public static OverallGrade of(BigDecimal total, GradeThresholds thresholds) {
    if (total.compareTo(thresholds.excellent()) >= 0) {
      return EXCELLENT;
    }
    if (total.compareTo(thresholds.good()) >= 0) {
      return GOOD;
    }
    return total.compareTo(thresholds.fair()) >= 0 ? FAIR : POOR;
  }
}
