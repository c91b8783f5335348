package dev.perf.eval.monitor;

import java.math.BigDecimal;

/** The warning level of the budget track (预警等级). */
public enum TrafficLight {
  /** On plan, or behind by no more than the yellow threshold. */
  GREEN("绿", "green"),
  /** Behind plan by more than the yellow threshold. */
  YELLOW("黄", "yellow"),
  /** Behind plan by more than the red threshold. */
  RED("红", "red");

  private final String chinese;
  private final String english;

  TrafficLight(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** 绿, 黄 or 红. */
  public String chinese() {
    return chinese;
  }

  /** green, yellow or red. */
  public String english() {
    return english;
  }

  /** The light for spending {@code behindPoints} percentage points behind plan (negative: ahead). */
  public static TrafficLight of(BigDecimal behindPoints, MonitoringPolicy policy) {
    if (behindPoints.compareTo(policy.redBehindPoints()) > 0) {
      return RED;
    }
    return behindPoints.compareTo(policy.yellowBehindPoints()) > 0 ? YELLOW : GREEN;
  }
}
