package dev.perf.cli.command;

import dev.perf.cli.Texts;
import dev.perf.cli.io.Workspace;
import dev.perf.eval.finding.Finding;
import dev.perf.eval.monitor.Monitor;
import dev.perf.eval.monitor.MonitoringPolicy;
import dev.perf.eval.monitor.MonitoringReport;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.Evaluator;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the engine over a workspace: pairs each 自评 and 监控 record with its project (from any of the
 * files) and calls perf-eval's {@link Evaluator} and {@link Monitor}. A record whose project is in
 * none of the files is reported on standard error and counted.
 */
final class Assessments {
  private final Workspace workspace;
  private final Texts texts;
  private final PrintWriter err;
  private int orphans;

  Assessments(Workspace workspace, Texts texts, PrintWriter err) {
    this.workspace = workspace;
    this.texts = texts;
    this.err = err;
  }

  /** How many records named a project found in no file. */
  int orphans() {
    return orphans;
  }

  /** The self-evaluation of every 自评 record, in file order. */
  List<EvaluationReport> evaluations(ScoringPolicy policy) {
    List<EvaluationReport> out = new ArrayList<>();
    for (SelfEvaluation e : workspace.selfEvaluations()) {
      Optional<Project> p = project(e.projectCode(), "自评");
      p.ifPresent(project -> out.add(Evaluator.evaluate(project, e, policy)));
    }
    return out;
  }

  /**
   * The monitoring view: for each project, its latest 监控 record dated on or before {@code asOf}
   * (the latest of all when {@code asOf} is empty).
   */
  List<MonitoringReport> monitoring(Optional<LocalDate> asOf, ScoringPolicy policy) {
    Map<String, Monitoring> latest = new LinkedHashMap<>();
    for (Monitoring m : workspace.monitorings()) {
      if (asOf.isPresent() && m.asOf().isAfter(asOf.get())) {
        continue;
      }
      Monitoring seen = latest.get(m.projectCode());
      if (seen == null || m.asOf().isAfter(seen.asOf())) {
        latest.put(m.projectCode(), m);
      }
    }
    List<MonitoringReport> out = new ArrayList<>();
    for (Monitoring m : latest.values()) {
      project(m.projectCode(), "监控").ifPresent(p -> out.add(Monitor.check(p, m, MonitoringPolicy.of(policy))));
    }
    return out;
  }

  /** Every 监控 record of {@code code} on or before {@code asOf}, by date. */
  List<Monitoring> monitoringsOf(String code) {
    return workspace.monitorings().stream().filter(m -> m.projectCode().equals(code))
        .sorted(java.util.Comparator.comparing(Monitoring::asOf)).toList();
  }

  private Optional<Project> project(String code, String kind) {
    Optional<Project> p = workspace.project(code);
    if (p.isEmpty()) {
      orphans++;
      err.println(texts.t("错误：" + kind + "记录的项目 \"" + code + "\" 不在所给文件中",
          "error: the " + (kind.equals("自评") ? "self-evaluation" : "monitoring") + " record names project \"" + code
              + "\", which is in none of the files"));
    }
    return p;
  }

  /** True if any finding is at or above the threshold. */
  static boolean fails(List<Finding> findings, FailOn failOn) {
    return findings.stream().anyMatch(f -> failOn.fails(f.severity()));
  }
}
