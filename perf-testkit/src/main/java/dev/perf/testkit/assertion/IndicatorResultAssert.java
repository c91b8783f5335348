package dev.perf.testkit.assertion;

import dev.perf.eval.score.IndicatorResult;
import dev.perf.eval.score.ResultStatus;
import dev.perf.testkit.text.Describe;
import dev.perf.testkit.text.ReportRows;
import dev.perf.testkit.value.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Assertions about one indicator row of a self-evaluation report: met or not, its score (得分) and
 * points (分值) as shown. A failure prints the target row and the actual row.
 */
public final class IndicatorResultAssert extends AbstractPerfAssert<IndicatorResultAssert, IndicatorResult> {
  private final String owner;

  /** Assertions about {@code actual}. */
  public IndicatorResultAssert(IndicatorResult actual) {
    this(actual, "the report");
  }

  IndicatorResultAssert(IndicatorResult actual, String owner) {
    super(actual, IndicatorResultAssert.class);
    this.owner = owner;
  }

  /** Fails unless the actual meets the target. */
  public IndicatorResultAssert isMet() {
    isNotNull();
    if (!actual.met()) {
      failWith("Expecting " + what() + " to be met but it is not:\n    " + ReportRows.indicator(actual));
    }
    return self();
  }

  /** Fails if the actual meets the target. */
  public IndicatorResultAssert isNotMet() {
    isNotNull();
    if (actual.met()) {
      failWith("Expecting " + what() + " not to be met but it is:\n    " + ReportRows.indicator(actual));
    }
    return self();
  }

  /** Fails unless the score (得分, as shown) equals {@code score} by value. */
  public IndicatorResultAssert hasScore(String score) {
    isNotNull();
    BigDecimal expected = Decimals.parse(score);
    if (actual.score().compareTo(expected) != 0) {
      failWith("Expecting " + what() + " to score " + Decimals.plain(expected) + " but it scores "
          + actual.score().toPlainString() + ":\n    " + ReportRows.indicator(actual));
    }
    return self();
  }

  /** Fails unless the score (as shown) is at least {@code minimum}. */
  public IndicatorResultAssert hasScoreAtLeast(String minimum) {
    isNotNull();
    BigDecimal expected = Decimals.parse(minimum);
    if (actual.score().compareTo(expected) < 0) {
      failWith("Expecting " + what() + " to score at least " + Decimals.plain(expected) + " but it scores "
          + actual.score().toPlainString() + ":\n    " + ReportRows.indicator(actual));
    }
    return self();
  }

  /** Fails unless the row is scored out of {@code points} (分值, as shown). */
  public IndicatorResultAssert hasPoints(String points) {
    isNotNull();
    BigDecimal expected = Decimals.parse(points);
    if (actual.pointsShown().compareTo(expected) != 0) {
      failWith("Expecting " + what() + " to be scored out of " + Decimals.plain(expected) + " points but it is out of "
          + actual.pointsShown().toPlainString() + ":\n    " + ReportRows.indicator(actual));
    }
    return self();
  }

  /** Fails unless the row was scored as {@code status} (scored, not applicable, missing, incomparable). */
  public IndicatorResultAssert hasStatus(ResultStatus status) {
    isNotNull();
    Objects.requireNonNull(status, "status");
    if (actual.status() != status) {
      failWith("Expecting " + what() + " to be " + status.english() + " (" + status.chinese() + ") but it is "
          + actual.status().english() + " (" + actual.status().chinese() + "):\n    " + ReportRows.indicator(actual));
    }
    return self();
  }

  private String what() {
    return "the indicator " + Describe.quoted(actual.name()) + " of " + owner;
  }
}
