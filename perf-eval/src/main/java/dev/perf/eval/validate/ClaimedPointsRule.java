package dev.perf.eval.validate;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.score.AllocatedIndicator;
import dev.perf.eval.score.Arithmetic;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.Evaluator;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.evaluation.ActualRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PERF-E307: a self-evaluation row states a 分值 that contradicts the points the table and policy
 * give the indicator (or the execution row's points), evaluation.md §3.
 */
public final class ClaimedPointsRule extends AbstractRule {
  /** The rule. */
  public ClaimedPointsRule() {
    super("PERF-E307", Severity.ERROR,
        Message.of("自评分值与指标表或评分规则不符", "claimed points contradict the table"),
        Message.of("分值以指标表和评分规则为准；核对自评表中的分值", "points come from the table and the policy: check the 分值 in the record"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (SelfEvaluation s : context.selfEvaluations()) {
      Optional<Project> project = context.project(s.projectCode());
      if (project.isEmpty() || claimsAgree(context, project.get(), s)) {
        continue;
      }
      EvaluationReport report = Evaluator.evaluate(project.get(), s, context.policy());
      for (Finding f : report.findings(FindingKind.CLAIMED_POINTS_CONTRADICT)) {
        String item = f.indicator().orElse("");
        Object node = s.row(item).<Object>map(r -> r).orElse(s);
        String[] properties = node == s ? new String[] {"executionPoints", "spent"} : new String[] {"points"};
        out.add(at(context, f.message(), node, properties));
      }
    }
    return out;
  }

  /**
   * True if the evaluation cannot find a contradiction, so it need not run: every stated 分值 — of
   * the execution row and of each indicator's first row — shows the same as the points the policy or
   * the table's allocation gives (the evaluator accepts those, as well as the rescaled ones).
   */
  private static boolean claimsAgree(ValidationContext context, Project project, SelfEvaluation s) {
    if (s.executionPoints().isPresent() && !sameShown(s.executionPoints().get(), context.policy().executionPoints())) {
      return false;
    }
    RecordIndex rows = context.rows(s);
    if (!rows.claimsPoints() || project.indicators().isEmpty()) {
      return true;
    }
    for (AllocatedIndicator a : context.allocation(project.indicators().get()).indicators()) {
      if (rows.first(a.indicator().name()) instanceof ActualRow row && row.points().isPresent()
          && !sameShown(row.points().get(), a.points())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameShown(BigDecimal a, BigDecimal b) {
    return Arithmetic.same(Arithmetic.display(a), Arithmetic.display(b));
  }
}
