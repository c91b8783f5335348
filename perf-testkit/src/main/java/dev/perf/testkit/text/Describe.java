package dev.perf.testkit.text;

import dev.perf.model.Project;

/** Short names of model items as failure messages cite them. */
public final class Describe {
  private Describe() {}

  /** {@code 项目 "13022525P00NB79100162" "网络强军建设及网络宣传经费"}. */
  public static String project(Project project) {
    return project(project.code(), project.name());
  }

  /** {@code 项目 "CODE" "NAME"}. */
  public static String project(String code, String name) {
    return "项目 \"" + code + "\" \"" + name + "\"";
  }

  /** {@code "text"}, quoted as in the message. */
  public static String quoted(String text) {
    return "\"" + text + "\"";
  }
}
