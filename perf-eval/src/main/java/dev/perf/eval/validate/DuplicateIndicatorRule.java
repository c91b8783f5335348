package dev.perf.eval.validate;

import dev.perf.model.Indicator;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** PERF-E205: two indicators with the same name in one table; points back at the first. */
public final class DuplicateIndicatorRule extends AbstractRule {
  /** The rule. */
  public DuplicateIndicatorRule() {
    super("PERF-E205", Severity.ERROR,
        Message.of("指标名称重复", "duplicate indicator name"),
        Message.of("同一张表中指标名称必须唯一，自评和监控按名称对应", "indicator names must be unique in a table: records refer to them by name"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (TableOwner owner : context.owners()) {
      if (owner.indicators().isEmpty()) {
        continue;
      }
      for (TableIndex.Repeat repeat : context.table(owner.indicators().get()).repeats()) {
        Indicator i = repeat.again();
        Diagnostic d = at(context, Message.of(
            owner.kindZh() + "「" + owner.code() + "」中指标「" + i.name() + "」重复",
            "indicator '" + i.name() + "' appears twice in " + owner.kindEn() + " " + owner.code()), i, "name");
        Message note = Message.of("首次出现在这里", "first used here");
        out.add(context.span(repeat.first(), "name").map(s -> d.withRelated(s, note)).orElse(d));
      }
    }
    return out;
  }
}
