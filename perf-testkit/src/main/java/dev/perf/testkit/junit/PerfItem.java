package dev.perf.testkit.junit;

/** What {@link PerfSource} yields one test case for. */
public enum PerfItem {
  /** Each project target table (项目), as a {@link dev.perf.model.Project}. */
  PROJECT,
  /** Each self-evaluation (自评) with its project, as an {@link EvaluatedProject}. */
  SELF_EVALUATION,
  /** Each monitoring record (监控) with its project, as a {@link MonitoredProject}. */
  MONITORING
}
