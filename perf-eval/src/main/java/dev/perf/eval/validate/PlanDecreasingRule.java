package dev.perf.eval.validate;

import dev.perf.model.PlanPoint;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** PERF-E202: a spending plan whose cumulative percentages go down. */
public final class PlanDecreasingRule extends AbstractRule {
  /** The rule. */
  public PlanDecreasingRule() {
    super("PERF-E202", Severity.ERROR,
        Message.of("支出计划的累计比例下降", "spending plan percentages decrease"),
        Message.of("支出计划是累计比例，后一个时间点不能低于前一个", "the plan is cumulative: a later point cannot be lower than an earlier one"));
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
        if (p.cumulativePercent().compareTo(before.cumulativePercent()) < 0) {
          out.add(diagnostic(Message.of(
              "支出计划 " + PlanPoints.label(p) + " 的 " + p.cumulativePercent().toPlainString() + "% 低于此前 "
                  + PlanPoints.label(before) + " 的 " + before.cumulativePercent().toPlainString() + "%",
              "the plan's " + p.cumulativePercent().toPlainString() + "% at " + PlanPoints.label(p) + " is below the "
                  + before.cumulativePercent().toPlainString() + "% at " + PlanPoints.label(before)),
              context.firstSpan(p, owner.plan().get()).or(() -> context.span(owner.node(), "plan"))));
        }
      }
    }
    return out;
  }
}
