package dev.perf.eval.validate;

import dev.perf.model.PlanPoint;

/** How plan points are named in messages: {@code 3月底}, or {@code 05-15}. */
final class PlanPoints {
  private PlanPoints() {}

  static String label(PlanPoint p) {
    if (p.isMonthEnd()) {
      return p.at().getMonthValue() + "月底";
    }
    return String.format("%02d-%02d", p.at().getMonthValue(), p.at().getDayOfMonth());
  }
}
