package dev.perf.eval.validate;

import dev.perf.model.PlanPoint;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** PERF-W201: the last point of a spending plan is below 100%. */
public final class PlanEndRule extends AbstractRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The rule. */
  public PlanEndRule() {
    super("PERF-W201", Severity.WARNING,
        Message.of("支出计划最后一个时间点未达到 100%", "spending plan ends below 100%"),
        Message.of("年底前应计划支出全部预算，例如 12月底 100%", "plan to spend the whole budget by year end, e.g. 12月底 100%"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (TableOwner owner : context.owners()) {
      if (owner.plan().isEmpty() || owner.plan().get().points().isEmpty()) {
        continue;
      }
      List<PlanPoint> points = owner.plan().get().points();
      PlanPoint last = points.get(points.size() - 1);
      if (last.cumulativePercent().compareTo(HUNDRED) < 0) {
        out.add(diagnostic(Message.of(
            "支出计划最后一个时间点 " + PlanPoints.label(last) + " 为 " + last.cumulativePercent().toPlainString() + "%，未达到 100%",
            "the plan's last point, " + PlanPoints.label(last) + ", is " + last.cumulativePercent().toPlainString()
                + "%, below 100%"),
            context.firstSpan(last, owner.plan().get()).or(() -> context.span(owner.node(), "plan"))));
      }
    }
    return out;
  }
}
