package dev.perf.eval.validate;

import dev.perf.eval.policy.PointScheme;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.Arithmetic;
import dev.perf.eval.score.PointAllocation;
import dev.perf.eval.score.PointsIssue;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PERF-E206: points (分值) written in a table that do not add up: indicators of a category against
 * the category's points, categories against the policy (national: 产出 50 / 效益 30 / 满意度 10 with
 * 成本 inside 产出's 50; Sichuan: everything 90). See {@link PointAllocation}.
 */
public final class PointsRule extends AbstractRule {
  /** The rule. */
  public PointsRule() {
    super("PERF-E206", Severity.ERROR,
        Message.of("分值合计与评分规则不符", "points do not add up"),
        Message.of("使各级分值合计一致，或删去分值由评分规则分配", "make the points add up, or drop them and let the policy distribute"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    Message policyHint = null; // made once something is reported
    for (TableOwner owner : context.owners()) {
      if (owner.indicators().isEmpty() || context.allocatesWithoutIssues(owner.indicators().get())) {
        continue;
      }
      for (PointsIssue issue : context.allocation(owner.indicators().get()).issues()) {
        policyHint = policyHint == null ? policyHint(context.policy()) : policyHint;
        out.add(diagnostic(issue.message(), context.span(issue.node(), "points"), policyHint));
      }
    }
    return out;
  }

  private static Message policyHint(ScoringPolicy policy) {
    String exec = Arithmetic.text(policy.executionPoints());
    if (policy.scheme() instanceof PointScheme.ByCategory b) {
      String zh = b.points().entrySet().stream().map(e -> e.getKey().chineseName() + " " + Arithmetic.text(e.getValue()))
          .collect(Collectors.joining("、"));
      return Message.of("评分规则「" + policy.name() + "」：预算执行率 " + exec + "、" + zh + "（成本指标计入产出指标）；或删去分值由规则分配",
          "policy '" + policy.name() + "': execution rate " + exec + ", " + zh + " (成本 within 产出); or drop the points");
    }
    return Message.of("评分规则「" + policy.name() + "」：预算执行率 " + exec + " + 绩效指标 " + Arithmetic.text(policy.scheme().total())
            + "，由各指标分值分配；或删去分值由规则平均分配",
        "policy '" + policy.name() + "': execution rate " + exec + " + indicators " + Arithmetic.text(policy.scheme().total())
            + " spread by the file; or drop the points to split them equally");
  }
}
