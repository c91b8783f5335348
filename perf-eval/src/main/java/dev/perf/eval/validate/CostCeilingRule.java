package dev.perf.eval.validate;

import dev.perf.eval.framework.CategoryNames;
import dev.perf.model.Budget;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.quantity.UnitFamily;
import dev.perf.model.target.Comparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PERF-W202: a cost ceiling ({@code ≤ X 万元} or {@code < X 万元} under 成本指标) above the budget of
 * its project or department. Amounts convert (22 万元 = 220000 元) before comparing.
 */
public final class CostCeilingRule extends AbstractRule {
  /** The rule. */
  public CostCeilingRule() {
    super("PERF-W202", Severity.WARNING,
        Message.of("成本指标上限超过预算数", "cost ceiling above the budget"),
        Message.of("成本上限不应超过预算数：核对指标值或预算数", "a cost ceiling should not exceed the budget: check the target or the budget"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (TableOwner owner : context.owners()) {
      if (owner.budget().isEmpty() || owner.indicators().isEmpty()) {
        continue;
      }
      Budget budget = owner.budget().get();
      for (TableEntry e : context.table(owner.indicators().get()).entries()) {
        if (!(e.indicator().target() instanceof Comparison c) || c.comparator().higherIsBetter()
            || c.bound().unit().family() != UnitFamily.MONEY || !CategoryNames.isCost(e.category(), e.sub())) {
          continue;
        }
        Optional<BigDecimal> ceiling = c.bound().valueIn(owner.moneyUnit().unit());
        if (ceiling.isPresent() && ceiling.get().compareTo(budget.total()) > 0) {
          String unit = owner.moneyUnit().symbol();
          out.add(at(context, Message.of(
              "成本指标「" + e.indicator().name() + "」的上限 " + c.comparator().symbol() + c.bound().value().toPlainString() + " "
                  + c.bound().unit().symbol() + " 超过" + owner.kindZh() + "预算数 " + budget.total().toPlainString() + " " + unit,
              "the cost ceiling " + c.comparator().symbol() + c.bound().value().toPlainString() + " " + c.bound().unit().symbol()
                  + " of '" + e.indicator().name() + "' exceeds the " + owner.kindEn() + "'s budget "
                  + budget.total().toPlainString() + " " + unit),
              e.indicator(), "target"));
        }
      }
    }
    return out;
  }
}
