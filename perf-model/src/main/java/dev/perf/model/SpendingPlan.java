package dev.perf.model;

import java.util.List;

/** 资金支出计划: cumulative percentages at points of the year, in the order written. */
public record SpendingPlan(List<PlanPoint> points) {
  public SpendingPlan {
    points = Require.copy(points, "points");
  }
}
