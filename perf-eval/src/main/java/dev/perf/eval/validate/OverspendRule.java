package dev.perf.eval.validate;

import dev.perf.model.Monitoring;
import dev.perf.model.Project;
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
    for (SelfEvaluation s : context.selfEvaluations()) {
      if (s.spent().isEmpty()) {
        continue;
      }
      BigDecimal budget = s.adjustedBudget().or(s::annualBudget).orElse(null);
      if (budget == null) {
        budget = projectBudget(context, s.projectCode());
      }
      if (budget != null && s.spent().get().compareTo(budget) > 0) {
        out.add(at(context, message(s.projectCode(), s.spent().get(), budget), s, "spent"));
      }
    }
    for (Monitoring m : context.monitorings()) {
      if (m.spent().isEmpty()) {
        continue;
      }
      BigDecimal budget = projectBudget(context, m.projectCode());
      if (budget != null && m.spent().get().compareTo(budget) > 0) {
        out.add(at(context, message(m.projectCode(), m.spent().get(), budget), m, "spent"));
      }
    }
    return out;
  }

  /** The 预算数 of the project with {@code code}; null if the project or its budget is unknown. */
  private static BigDecimal projectBudget(ValidationContext context, String code) {
    Optional<Project> project = context.project(code);
    return project.isPresent() && project.get().budget().isPresent() ? project.get().budget().get().total() : null;
  }

  private static Message message(String code, BigDecimal spent, BigDecimal budget) {
    return Message.of("项目「" + code + "」执行数 " + spent.toPlainString() + " 超过预算数 " + budget.toPlainString(),
        "project " + code + " spent " + spent.toPlainString() + ", more than its budget " + budget.toPlainString());
  }
}
