package dev.perf.eval.validate;

import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** PERF-W301: a monitoring record dated outside its project's year (年度). */
public final class MonitoringYearRule extends AbstractRule {
  /** The rule. */
  public MonitoringYearRule() {
    super("PERF-W301", Severity.WARNING,
        Message.of("监控日期不在项目年度内", "monitoring date outside the project's year"),
        Message.of("截至日期应在项目年度内，例如 截至 2025-07-31", "the as-of date should lie in the project's year, e.g. 截至 2025-07-31"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (Monitoring m : context.monitorings()) {
      Optional<Project> project = context.project(m.projectCode());
      if (project.isEmpty() || project.get().year().isEmpty()) {
        continue;
      }
      Year year = project.get().year().get();
      if (m.asOf().getYear() != year.getValue()) {
        out.add(at(context, Message.of(
            "监控日期 " + m.asOf() + " 不在项目「" + m.projectCode() + "」的年度 " + year + " 内",
            "the as-of date " + m.asOf() + " lies outside the year " + year + " of project " + m.projectCode()),
            m, "asOf"));
      }
    }
    return out;
  }
}
