package dev.perf.eval.validate;

import dev.perf.model.Budget;
import dev.perf.model.Monitoring;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PERF-W302: spending above the budget — a self-evaluation's 全年执行数 above its 调整后预算数 (else
 * 全年预算数, else the project's 预算数), or a monitoring record's 执行数 above the project's 预算数.
 */
public final class OverspendRule extends AbstractRule {
  /** The rule. */
  public OverspendRule() {
    super("PERF-W302", Severity.WARNING,
        Message.of("执行数超过预算数", "spending above the budget"),
        Message.of("核对执行数与预算数；预算调整后应填写调整后预算数", "check the spending and the budget; after an adjustment give 调整后预算数"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (SelfEvaluation s : context.document().selfEvaluations()) {
      Optional<BigDecimal> budget = s.adjustedBudget().or(s::annualBudget)
          .or(() -> context.project(s.projectCode()).flatMap(p -> p.budget()).map(Budget::total));
      if (s.spent().isPresent() && budget.isPresent() && s.spent().get().compareTo(budget.get()) > 0) {
        out.add(at(context, message(s.projectCode(), s.spent().get(), budget.get()), s, "spent"));
      }
    }
    for (Monitoring m : context.document().monitorings()) {
      Optional<BigDecimal> budget = context.project(m.projectCode()).flatMap(p -> p.budget()).map(Budget::total);
      if (m.spent().isPresent() && budget.isPresent() && m.spent().get().compareTo(budget.get()) > 0) {
        out.add(at(context, message(m.projectCode(), m.spent().get(), budget.get()), m, "spent"));
      }
    }
    return out;
  }

  private static Message message(String code, BigDecimal spent, BigDecimal budget) {
    return Message.of("项目「" + code + "」执行数 " + spent.toPlainString() + " 超过预算数 " + budget.toPlainString(),
        "project " + code + " spent " + spent.toPlainString() + ", more than its budget " + budget.toPlainString());
  }
}
