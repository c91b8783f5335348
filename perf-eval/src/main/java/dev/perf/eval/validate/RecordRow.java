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

  /** Every actual of every record whose project is known, in order. */
  static List<RecordRow> of(ValidationContext context) {
    List<RecordRow> out = new ArrayList<>();
    for (SelfEvaluation s : context.selfEvaluations()) {
      Optional<Project> project = context.project(s.projectCode());
      if (project.isPresent()) {
        Project p = project.get();
        for (ActualRow r : s.rows()) {
          out.add(new RecordRow(s, p, r, r.indicator(), indicator(context, p, r.indicator()), r.actual(), "value"));
        }
      }
    }
    for (Monitoring m : context.monitorings()) {
      Optional<Project> project = context.project(m.projectCode());
      if (project.isPresent()) {
        Project p = project.get();
        for (MonitoringRow r : m.rows()) {
          Optional<Indicator> indicator = indicator(context, p, r.indicator());
          out.add(new RecordRow(m, p, r, r.indicator(), indicator, r.toDate(), "value"));
          if (r.projected().isPresent()) {
            out.add(new RecordRow(m, p, r, r.indicator(), indicator, r.projected().get(), "projected"));
          }
        }
      }
    }
    return out;
  }

  private static Optional<Indicator> indicator(ValidationContext context, Project p, String name) {
    return p.indicators().isPresent() ? context.table(p.indicators().get()).indicator(name) : Optional.empty();
  }
}
