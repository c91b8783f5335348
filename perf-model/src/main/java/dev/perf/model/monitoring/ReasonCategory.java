package dev.perf.model.monitoring;

import java.util.List;
import java.util.Optional;

/** The category of a deviation reason in monitoring (偏差原因分析). */
public enum ReasonCategory {
  FUNDING("经费", "funding"),
  POLICY("制度", "policy"),
  STAFF("人员", "staff"),
  HARDWARE("硬件", "hardware"),
  OTHER("其他", "other");

  private final String chinese;
  private final String english;

  ReasonCategory(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  public String chinese() {
    return chinese;
  }

  public String english() {
    return english;
  }

  /** Every accepted spelling. */
  public List<String> spellings() {
    return List.of(chinese, english);
  }

  public static Optional<ReasonCategory> fromWord(String word) {
    for (ReasonCategory c : values()) {
      if (c.chinese.equals(word) || c.english.equals(word)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
