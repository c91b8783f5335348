package dev.perf.eval.validate;

import dev.perf.model.Monitoring;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.monitoring.MonitoringRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    for (SelfEvaluation s : context.document().selfEvaluations()) {
      check(context, s.rows().stream().map(r -> (Object) r).toList(), s.rows().stream().map(ActualRow::indicator).toList(), out);
    }
    for (Monitoring m : context.document().monitorings()) {
      check(context, m.rows().stream().map(r -> (Object) r).toList(), m.rows().stream().map(MonitoringRow::indicator).toList(), out);
    }
    return out;
  }

  private void check(ValidationContext context, List<Object> rows, List<String> names, List<Diagnostic> out) {
    Map<String, Object> first = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Object earlier = first.putIfAbsent(names.get(i), rows.get(i));
      if (earlier != null) {
        Diagnostic d = at(context, Message.of("「" + names.get(i) + "」重复填报", "'" + names.get(i) + "' is reported twice"),
            rows.get(i), "name");
        Message note = Message.of("首次填报在这里", "first reported here");
        out.add(context.span(earlier, "name").map(s -> d.withRelated(s, note)).orElse(d));
      }
    }
  }
}
