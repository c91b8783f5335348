package dev.perf.testkit.junit;

import dev.perf.eval.monitor.Monitor;
import dev.perf.eval.monitor.MonitoringPolicy;
import dev.perf.eval.monitor.MonitoringReport;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import java.util.Objects;

/**
 * A monitoring record (监控) paired with the project it monitors.
 *
 * @param project the project target table
 * @param monitoring the monitoring record
 * @param file the file the record was read from
 */
public record MonitoredProject(Project project, Monitoring monitoring, String file) {
  /** Rejects nulls and a record of another project. */
  public MonitoredProject {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(monitoring, "monitoring");
    Objects.requireNonNull(file, "file");
    if (!project.code().equals(monitoring.projectCode())) {
      throw new IllegalArgumentException("the monitoring of " + monitoring.projectCode()
          + " is not of the project " + project.code());
    }
  }

  /** The report under the standard thresholds (yellow beyond 10 points behind plan, red beyond 20). */
  public MonitoringReport check() {
    return check(MonitoringPolicy.standard());
  }

  /** The report under {@code policy}. */
  public MonitoringReport check(MonitoringPolicy policy) {
    return Monitor.check(project, monitoring, policy);
  }

  /** {@code CODE NAME 截至 DATE}, as the test case is named. */
  @Override
  public String toString() {
    return project.code() + " " + project.name() + " 截至 " + monitoring.asOf();
  }
}
