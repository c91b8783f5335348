package dev.perf.eval.validate;

import dev.perf.model.PlanPoint;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** PERF-E203: spending plan points out of date order, or two points on one date. */
public final class PlanOrderRule extends AbstractRule {
  /** The rule. */
  public PlanOrderRule() {
    super("PERF-E203", Severity.ERROR,
        Message.of("支出计划的时间点顺序错误", "spending plan points out of order"),
        Message.of("按时间先后书写支出计划，例如 3月底 25% 6月底 50% 10月底 75% 12月底 100%",
            "write the plan in date order, e.g. 3月底 25% 6月底 50% 10月底 75% 12月底 100%"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (TableOwner owner : context.owners()) {
      if (owner.plan().isEmpty()) {
        continue;
      }
      List<PlanPoint> points = owner.plan().get().points();
      for (int i = 1; i < points.size(); i++) {
        PlanPoint before = points.get(i - 1);
        PlanPoint p = points.get(i);
        if (!p.at().isAfter(before.at())) {
          boolean same = p.at().equals(before.at());
          out.add(diagnostic(Message.of(
              same ? "支出计划中 " + PlanPoints.label(p) + " 出现两次"
                  : "支出计划中 " + PlanPoints.label(p) + " 写在 " + PlanPoints.label(before) + " 之后",
              same ? "the plan names " + PlanPoints.label(p) + " twice"
                  : "the plan puts " + PlanPoints.label(p) + " after " + PlanPoints.label(before)),
              context.firstSpan(p, owner.plan().get()).or(() -> context.span(owner.node(), "plan"))));
        }
      }
    }
    return out;
  }
}
