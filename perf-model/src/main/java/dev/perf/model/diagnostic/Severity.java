package dev.perf.model.diagnostic;

/** How serious a diagnostic is. Ordered from least to most severe. */
public enum Severity {
  /** Advice (PERF-I…): the table could be better. */
  INFO("提示", "info"),
  /** A likely mistake (PERF-W…). */
  WARNING("警告", "warning"),
  /** The table is wrong or cannot be read (PERF-E…). */
  ERROR("错误", "error");

  private final String chinese;
  private final String english;

  Severity(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  public String label(Language language) {
    return language == Language.ZH ? chinese : english;
  }

  /** True if this severity is at least {@code other}. */
  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
