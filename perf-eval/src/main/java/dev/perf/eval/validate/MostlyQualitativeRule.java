package dev.perf.eval.validate;

import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** PERF-I201: more than half of a table's indicators are qualitative (能量化的尽量量化). */
public final class MostlyQualitativeRule extends AbstractRule {
  /** The rule. */
  public MostlyQualitativeRule() {
    super("PERF-I201", Severity.INFO,
        Message.of("定性指标过多", "mostly qualitative targets"),
        Message.of("能量化的尽量量化：例如把「及时完成」写成完成时限，把「不断增强」写成可衡量的数值",
            "quantify what can be quantified: e.g. a deadline instead of 及时完成, a measurable figure instead of 不断增强"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (TableOwner owner : context.owners()) {
      if (owner.indicators().isEmpty()) {
        continue;
      }
      TableIndex table = context.table(owner.indicators().get());
      int all = table.size();
      long qualitative = table.qualitative();
      if (all != 0 && qualitative * 2 > all) {
        out.add(at(context, Message.of(
            owner.kindZh() + "「" + owner.code() + "」的 " + all + " 项指标中有 " + qualitative + " 项是定性指标",
            qualitative + " of the " + all + " indicators of " + owner.kindEn() + " " + owner.code() + " are qualitative"),
            owner.indicators().get()));
      }
    }
    return out;
  }
}
