package dev.perf.eval.score;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.NotApplicable;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.util.List;
import java.util.Optional;

/**
 * Holds an actual against a target: 不适用 drops out, an incomparable actual earns nothing (with a
 * finding), anything else goes to the scorer of the target's form.
 */
public final class Assessor {
  private static final ComparisonScorer COMPARISON = new ComparisonScorer();
  private static final ExactScorer EXACT = new ExactScorer();
  private static final RangeScorer RANGE = new RangeScorer();
  private static final DeadlineScorer DEADLINE = new DeadlineScorer();
  private static final QualitativeScorer QUALITATIVE = new QualitativeScorer();

  private Assessor() {}

  /** How far {@code actual} achieves {@code target} for the indicator named {@code indicator}. */
  public static Achievement assess(String indicator, Target target, Actual actual, ScoringPolicy policy) {
    if (actual instanceof NotApplicable) {
      return Achievement.none(ResultStatus.NOT_APPLICABLE, List.of());
    }
    Optional<Message> problem = Comparability.problem(target, actual);
    if (problem.isPresent()) {
      return Achievement.none(ResultStatus.INCOMPARABLE,
          List.of(Finding.about(FindingKind.INCOMPARABLE_ACTUAL, indicator, problem.get())));
    }
    if (target instanceof Comparison c) {
      return COMPARISON.score(indicator, c, actual, policy);
    }
    if (target instanceof Exact e) {
      return EXACT.score(indicator, e, actual, policy);
    }
    if (target instanceof Range r) {
      return RANGE.score(indicator, r, actual, policy);
    }
    if (target instanceof Deadline d) {
      return DEADLINE.score(indicator, d, actual, policy);
    }
    return QUALITATIVE.score(indicator, (Qualitative) target, actual, policy);
  }
}
