package dev.perf.eval.score;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.policy.GradeBand;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.evaluation.Graded;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a graded actual (达成 / 部分达成 / 未达成, optionally with a rate) against any target: the
 * indicator earns the rate of its points. Without a rate the grade's default applies (100 / 70 /
 * 30%); a rate outside the grade's band is an error and the default applies instead. The target is
 * met only at full points (达成 100%).
 */
public final class GradeScorer {
  private GradeScorer() {}

  /** The achievement of {@code graded} for {@code indicator}. */
  public static Achievement score(String indicator, Graded graded, ScoringPolicy policy) {
    Grade grade = graded.grade();
    GradeBand band = policy.band(grade);
    BigDecimal rate = band.defaultPercent();
    List<Finding> findings = new ArrayList<>();
    if (graded.ratePercent().isPresent()) {
      BigDecimal given = graded.ratePercent().get();
      if (band.contains(given)) {
        rate = given;
      } else {
        findings.add(Finding.about(FindingKind.GRADE_RATE_OUT_OF_BAND, indicator, outOfBand(grade, given, band)));
      }
    }
    return fromRate(grade, rate, findings);
  }

  /** The achievement of {@code grade} at its default rate, with {@code findings}. */
  static Achievement byDefault(Grade grade, ScoringPolicy policy, List<Finding> findings) {
    return fromRate(grade, policy.band(grade).defaultPercent(), findings);
  }

  private static Achievement fromRate(Grade grade, BigDecimal rate, List<Finding> findings) {
    BigDecimal fraction = Arithmetic.unit(Arithmetic.divide(rate, Arithmetic.HUNDRED));
    boolean met = fraction.compareTo(BigDecimal.ONE) == 0;
    return Achievement.scored(met, fraction, Optional.of(rate), Optional.empty(), Optional.of(grade), findings);
  }

  /** The message for a rate outside its band. */
  public static Message outOfBand(Grade grade, BigDecimal rate, GradeBand band) {
    return Message.of(
        "「" + grade.chinese() + "」的比例 " + Arithmetic.text(rate) + "% 不在区间 " + band.notation() + " 内，按默认 "
            + Arithmetic.text(band.defaultPercent()) + "% 计",
        "the rate " + Arithmetic.text(rate) + "% of '" + grade.english() + "' lies outside " + band.notation()
            + "; the default " + Arithmetic.text(band.defaultPercent()) + "% is used");
  }
}
