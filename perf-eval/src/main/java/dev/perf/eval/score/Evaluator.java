package dev.perf.eval.score;

import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Document;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores self-evaluations (绩效自评) under a {@link ScoringPolicy}: evaluation.md §2 and §3.
 *
 * <ol>
 *   <li>Every indicator gets its points ({@link PointAllocation}).
 *   <li>Every row is held against its target ({@link Assessor}); a missing row or an incomparable
 *       actual earns 0, 不适用 drops out.
 *   <li>If the points of the indicators still in play do not add up to the policy's pool (some are
 *       不适用, or the file's points do not add up), each is rescaled in proportion so that they do.
 *   <li>Score = points × fraction achieved; execution score = points × min(执行率, 100%).
 *   <li>Total = exact sum; shown rounded; the grade follows the total as shown.
 * </ol>
 *
 * <p>The total and grade come from the {@link ScoringKernel}, which does only that arithmetic; the
 * rest of the report (rows, subtotals, claim review, findings) is built by the
 * {@link ReferenceEvaluator} when first read. Evaluations the kernel does not take (whole-point
 * rounding, the over-achievement deduction, values outside its range) are built whole
 * by the reference evaluator.
 */
public final class Evaluator {
  private Evaluator() {}

  /** The self-evaluation report of {@code project} from {@code record} under {@code policy}. */
  public static EvaluationReport evaluate(Project project, SelfEvaluation record, ScoringPolicy policy) {
    ScoringKernel.Result kernel = ScoringKernel.score(project, record, policy);
    if (kernel == null) {
      return ReferenceEvaluator.evaluate(project, record, policy);
    }
    return new EvaluationReport(project.code(), project.name(), project.year(), project.effectiveMoneyUnit(),
        policy.name(), kernel.totalPoints(), kernel.totalExact(), kernel.grade(),
        () -> presentation(project, record, policy));
  }

  /** The parts of the report besides the kernel's numbers, from the reference evaluator. */
  private static EvaluationReport.Presentation presentation(Project project, SelfEvaluation record, ScoringPolicy policy) {
    EvaluationReport full = ReferenceEvaluator.evaluate(project, record, policy);
    return new EvaluationReport.Presentation(full.budget(), full.categories(), full.claims(), full.findings());
  }

  /**
   * The reports of every self-evaluation in {@code document}, each paired with the first project of
   * its code, in document order. A record whose project is not in the document is skipped (the
   * validator reports it as PERF-E301).
   */
  public static List<EvaluationReport> evaluate(Document document, ScoringPolicy policy) {
    java.util.Map<String, Project> projects = new java.util.HashMap<>();
    document.projects().forEach(p -> projects.putIfAbsent(p.code(), p));
    List<EvaluationReport> out = new ArrayList<>();
    for (SelfEvaluation e : document.selfEvaluations()) {
      Project p = projects.get(e.projectCode());
      if (p != null) {
        out.add(evaluate(p, e, policy));
      }
    }
    return List.copyOf(out);
  }
}
