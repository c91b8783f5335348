package dev.perf.model.monitoring;

import java.util.List;
import java.util.Optional;

/** 完成可能性: whether a goal can still be met by the end of the year. */
public enum Possibility {
  CERTAIN("确定能", "certain", List.of("确定能", "确定", "certain")),
  POSSIBLE("有可能", "possible", List.of("有可能", "可能", "possible")),
  IMPOSSIBLE("完全不可能", "impossible", List.of("完全不可能", "不可能", "impossible"));

  private final String chinese;
  private final String english;
  private final List<String> spellings;

  Possibility(String chinese, String english, List<String> spellings) {
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

  public List<String> spellings() {
    return spellings;
  }

  public static Optional<Possibility> fromWord(String word) {
    for (Possibility p : values()) {
      if (p.spellings.contains(word)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
