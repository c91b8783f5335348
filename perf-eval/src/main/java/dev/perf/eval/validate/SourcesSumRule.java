package dev.perf.eval.validate;

import dev.perf.model.Budget;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** PERF-E201: the funding sources (财政资金 + 其他资金 + …) do not add up to the budget (预算数). */
public final class SourcesSumRule extends AbstractRule {
  /** The rule. */
  public SourcesSumRule() {
    super("PERF-E201", Severity.ERROR,
        Message.of("资金来源合计不等于预算数", "funding sources do not add up to the budget"),
        Message.of("核对财政资金、其他资金等各项来源，使其合计等于预算数",
            "check 财政资金, 其他资金 and the other sources so that they add up to the budget"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (TableOwner owner : context.owners()) {
      if (owner.budget().isEmpty() || owner.budget().get().sources().isEmpty()) {
        continue;
      }
      Budget b = owner.budget().get();
      if (b.sumOfSources().compareTo(b.total()) != 0) {
        String unit = owner.moneyUnit().symbol();
        out.add(diagnostic(Message.of(
            owner.kindZh() + "「" + owner.code() + "」资金来源合计 " + b.sumOfSources().toPlainString() + " " + unit
                + " 不等于预算数 " + b.total().toPlainString() + " " + unit,
            "the funding sources of " + owner.kindEn() + " " + owner.code() + " add up to "
                + b.sumOfSources().toPlainString() + " " + unit + ", not the budget " + b.total().toPlainString() + " " + unit),
            context.firstSpan(b).or(() -> context.span(owner.node(), "budget"))));
      }
    }
    return out;
  }
}
