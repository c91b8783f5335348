package dev.perf.eval.score;

import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.target.Target;

/**
 * Scores one target form. {@link Assessor} picks the scorer and hands it only actuals that can be
 * compared with the target and are not 不适用; a graded actual is allowed for every form (the grade
 * then decides, see {@link GradeScorer}).
 *
 * @param <T> the target form
 */
public interface IndicatorScorer<T extends Target> {
  /**
   * How far {@code actual} achieves {@code target}.
   *
   * @param indicator the indicator's name, for findings
   */
  Achievement score(String indicator, T target, Actual actual, ScoringPolicy policy);
}
