package dev.perf.eval.score;

import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.target.Qualitative;

/**
 * Scores qualitative targets ({@code 及时完成}, {@code 不断增强}): only a grade can judge them, so the
 * grade and its band decide (see {@link GradeScorer}).
 */
public final class QualitativeScorer implements IndicatorScorer<Qualitative> {
  @Override
  public Achievement score(String indicator, Qualitative target, Actual actual, ScoringPolicy policy) {
    return GradeScorer.score(indicator, (Graded) actual, policy);
  }
}
