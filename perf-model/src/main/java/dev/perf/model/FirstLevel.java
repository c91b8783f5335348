package dev.perf.model;

/** The first-level indicator categories (一级指标) that scoring policies give points to. */
public enum FirstLevel {
  OUTPUT("产出指标"),
  COST("成本指标"),
  BENEFIT("效益指标"),
  SATISFACTION("满意度指标");

  private final String chineseName;

  FirstLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The official name, e.g. 产出指标. */
  public String chineseName() {
    return chineseName;
  }
}
