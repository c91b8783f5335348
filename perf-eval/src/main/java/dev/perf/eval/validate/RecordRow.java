package dev.perf.eval.validate;

import dev.perf.model.Indicator;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.monitoring.MonitoringRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One actual of a self-evaluation or monitoring record, with its project and indicator (if known).
 *
 * @param record the record
 * @param project its project
 * @param row the {@link ActualRow} or {@link MonitoringRow}
 * @param name the indicator named
 * @param indicator the indicator of that name in the project's table
 * @param actual the value
 * @param property where the value was written ({@code value} or {@code projected})
 */
record RecordRow(Object record, Project project, Object row, String name, Optional<Indicator> indicator, Actual actual,
    String property) {

  /** Every actual of every record whose project is in the document, in order. */
  static List<RecordRow> of(ValidationContext context) {
    List<RecordRow> out = new ArrayList<>();
    for (SelfEvaluation s : context.document().selfEvaluations()) {
      context.project(s.projectCode()).ifPresent(p -> {
        for (ActualRow r : s.rows()) {
          out.add(new RecordRow(s, p, r, r.indicator(), indicator(p, r.indicator()), r.actual(), "value"));
        }
      });
    }
    for (Monitoring m : context.document().monitorings()) {
      context.project(m.projectCode()).ifPresent(p -> {
        for (MonitoringRow r : m.rows()) {
          out.add(new RecordRow(m, p, r, r.indicator(), indicator(p, r.indicator()), r.toDate(), "value"));
          r.projected().ifPresent(a -> out.add(new RecordRow(m, p, r, r.indicator(), indicator(p, r.indicator()), a, "projected")));
        }
      });
    }
    return out;
  }

  private static Optional<Indicator> indicator(Project p, String name) {
    return p.indicators().flatMap(t -> t.indicator(name));
  }
}
