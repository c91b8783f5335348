package dev.perf.model.evaluation;

import java.util.List;
import java.util.Optional;

/** The evaluator's judgement of an indicator: 达成, 部分达成 or 未达成. */
public enum Grade {
  ACHIEVED("达成", "achieved", List.of("达成", "完成", "achieved")),
  PARTIAL("部分达成", "partial", List.of("部分达成", "部分完成", "partial")),
  MISSED("未达成", "missed", List.of("未达成", "未完成", "missed"));

  private final String chinese;
  private final String english;
  private final List<String> spellings;

  Grade(String chinese, String english, List<String> spellings) {
    this.chinese = chinese;
    this.english = english;
    this.spellings = spellings;
  }

  public String chinese() {
    return chinese;
  }

  public String english() {
    return english;
  }

  /** Every accepted spelling, canonical first. */
  public List<String> spellings() {
    return spellings;
  }

  /** The grade written as {@code word} (达成, 完成, achieved, …). */
  public static Optional<Grade> fromWord(String word) {
    for (Grade g : values()) {
      if (g.spellings.contains(word)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
