package dev.perf.eval.score;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Deadline;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Scores deadlines: done on or before the date → full points. Done later, the evaluator's grade
 * decides: a graded actual scores as a grade; a bare late date scores as the policy's
 * {@link ScoringPolicy#lateDeadlineGrade()} (部分达成, 70%) and asks for a grade. The deviation is the
 * number of days late (negative when early).
 */
public final class DeadlineScorer implements IndicatorScorer<Deadline> {
  /** The unit of the deviation column. */
  public static final Unit DAYS = Unit.of("天");

  @Override
  public Achievement score(String indicator, Deadline target, Actual actual, ScoringPolicy policy) {
    if (actual instanceof Graded g) {
      return GradeScorer.score(indicator, g, policy);
    }
    OnDate done = (OnDate) actual;
    long days = ChronoUnit.DAYS.between(target.date(), done.date());
    Optional<Quantity> deviation = Optional.of(new Quantity(BigDecimal.valueOf(days), DAYS));
    if (days <= 0) {
      return Achievement.scored(true, BigDecimal.ONE, Optional.empty(), deviation, Optional.empty(), List.of());
    }
    var late = policy.lateDeadlineGrade();
    Finding finding = Finding.about(FindingKind.LATE_WITHOUT_GRADE, indicator, Message.of(
        "于 " + done.date() + " 完成，晚于时限 " + target.date() + " " + days + " 天且未评级，按「" + late.chinese() + "」计",
        "done on " + done.date() + ", " + days + " days after " + target.date() + ", without a grade: scored as '"
            + late.english() + "'"));
    Achievement graded = GradeScorer.byDefault(late, policy, List.of(finding));
    return new Achievement(graded.status(), graded.fraction(), graded.met(), graded.ratioPercent(), deviation,
        graded.grade(), graded.findings());
  }
}
