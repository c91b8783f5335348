package dev.perf.eval.validate;

import dev.perf.model.Monitoring;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** PERF-E306: one record reporting the same indicator twice; points back at the first row. */
public final class DuplicateRowRule extends AbstractRule {
  /** The rule. */
  public DuplicateRowRule() {
    super("PERF-E306", Severity.ERROR,
        Message.of("同一指标重复填报", "indicator reported twice"),
        Message.of("每项指标只填一行；只有第一行计分", "one row per indicator; only the first row counts"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (SelfEvaluation s : context.selfEvaluations()) {
      report(context, context.rows(s), out);
    }
    for (Monitoring m : context.monitorings()) {
      report(context, context.rows(m), out);
    }
    return out;
  }

  private void report(ValidationContext context, RecordIndex rows, List<Diagnostic> out) {
    for (RecordIndex.Repeat repeat : rows.repeats()) {
      Diagnostic d = at(context, Message.of("「" + repeat.name() + "」重复填报", "'" + repeat.name() + "' is reported twice"),
          repeat.again(), "name");
      Message note = Message.of("首次填报在这里", "first reported here");
      out.add(context.span(repeat.first(), "name").map(s -> d.withRelated(s, note)).orElse(d));
    }
  }
}
