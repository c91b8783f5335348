package dev.perf.eval.score;

import static dev.perf.eval.fixture.Models.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fraction of points each target form earns, example by example. */
class ScorersTest {
  private static final ScoringPolicy NATIONAL = ScoringPolicy.national();

  private static Achievement assess(Target t, Actual a) {
    return Assessor.assess("x", t, a, NATIONAL);
  }

  private static BigDecimal fraction(Target t, Actual a) {
    return assess(t, a).fraction();
  }

  @Nested
  class HigherIsBetter {
    @Test
    void metEarnsFullPoints() {
      assertThat(fraction(atLeast("30", "场"), measured("34", "场"))).isEqualByComparingTo("1");
      assertThat(assess(atLeast("98", "%"), measured("98", "%")).met()).isTrue();
    }

    @Test
    void missedEarnsActualOverTarget() {
      assertThat(fraction(atLeast("30", "场"), measured("24", "场"))).isEqualByComparingTo("0.8");
      Achievement a = assess(atLeast("98", "%"), measured("97.5", "%"));
      assertThat(a.met()).isFalse();
      assertThat(a.ratioPercent().orElseThrow().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("99.4898");
      assertThat(a.deviation().orElseThrow().value()).isEqualByComparingTo("-0.5");
    }

    @Test
    void strictBoundReachedExactlyIsNotMetAndCappedAt99Percent() {
      Achievement a = assess(moreThan("30", "场"), measured("30", "场"));
      assertThat(a.met()).isFalse();
      assertThat(a.fraction()).isEqualByComparingTo("0.99");
      assertThat(fraction(moreThan("30", "场"), measured("30.1", "场"))).isEqualByComparingTo("1");
      assertThat(fraction(moreThan("30", "场"), measured("15", "场"))).isEqualByComparingTo("0.5");
    }

    @Test
    void aZeroTargetDoesNotDivideByZero() {
      assertThat(fraction(atLeast("0", "个"), measured("0", "个"))).isEqualByComparingTo("1");
      assertThat(fraction(moreThan("0", "个"), measured("0", "个"))).isEqualByComparingTo("0");
      assertThat(assess(moreThan("0", "个"), measured("0", "个")).ratioPercent()).isEmpty();
    }

    @Test
    void unitsConvert() {
      assertThat(fraction(atLeast("20", "万元"), measured("150000", "元"))).isEqualByComparingTo("0.75");
      assertThat(fraction(atLeast("98", "%"), measured("990", "‰"))).isEqualByComparingTo("1");
    }

    @Test
    void overAchievementBeyondTwentyPercentIsFlaggedNotDeducted() {
      Achievement a = assess(atLeast("30", "场"), measured("37", "场"));
      assertThat(a.fraction()).isEqualByComparingTo("1");
      assertThat(a.findings()).extracting(f -> f.kind()).containsExactly(FindingKind.OVER_ACHIEVEMENT);
      assertThat(assess(atLeast("30", "场"), measured("36", "场")).findings()).isEmpty();
    }

    @Test
    void theOptionalDeductionTakesTheExcessBeyondTheThreshold() {
      ScoringPolicy deducting = NATIONAL.withOverAchievementDeduction(true);
      // 45/30 = 1.5 → excess over 1.2 is 0.3 → fraction 0.7, still met
      Achievement a = Assessor.assess("x", atLeast("30", "场"), measured("45", "场"), deducting);
      assertThat(a.met()).isTrue();
      assertThat(a.fraction()).isEqualByComparingTo("0.7");
      assertThat(Assessor.assess("x", atLeast("30", "场"), measured("100", "场"), deducting).fraction()).isEqualByComparingTo("0");
    }
  }

  @Nested
  class LowerIsBetter {
    @Test
    void metEarnsFullAndMissedEarnsTargetOverActual() {
      assertThat(fraction(atMost("22", "万元"), measured("19.60", "万元"))).isEqualByComparingTo("1");
      assertThat(fraction(atMost("20", "万元"), measured("25", "万元"))).isEqualByComparingTo("0.8");
      assertThat(fraction(atMost("20", "万元"), measured("250000", "元"))).isEqualByComparingTo("0.8");
    }

    @Test
    void actualZeroIsMet() {
      Achievement a = assess(atMost("5", "件"), measured("0", "件"));
      assertThat(a.met()).isTrue();
      assertThat(a.ratioPercent()).isEmpty();
      assertThat(assess(lessThan("5", "件"), measured("0", "件")).met()).isTrue();
    }

    @Test
    void aZeroCeilingMissedEarnsNothing() {
      assertThat(fraction(atMost("0", "起"), measured("2", "起"))).isEqualByComparingTo("0");
      assertThat(fraction(atMost("0", "起"), measured("0", "起"))).isEqualByComparingTo("1");
      assertThat(fraction(lessThan("0", "起"), measured("0", "起"))).isEqualByComparingTo("0");
    }

    @Test
    void strictBoundReachedExactlyIsNotMet() {
      Achievement a = assess(lessThan("5", "件"), measured("5", "件"));
      assertThat(a.met()).isFalse();
      assertThat(a.fraction()).isEqualByComparingTo("0.99");
      assertThat(fraction(lessThan("5", "件"), measured("10", "件"))).isEqualByComparingTo("0.5");
    }
  }

  @Nested
  class ExactValue {
    @ParameterizedTest
    @CsvSource({"100, 1", "90, 0.9", "110, 0.9", "250, 0", "0, 0"})
    void missesLoseTheRelativeDistance(String actual, String expected) {
      assertThat(fraction(exact("100", "%"), measured(actual, "%"))).isEqualByComparingTo(expected);
    }

    @Test
    void aZeroTargetIsMetOnlyByZero() {
      assertThat(fraction(exact("0", "起"), measured("0", "起"))).isEqualByComparingTo("1");
      assertThat(fraction(exact("0", "起"), measured("1", "起"))).isEqualByComparingTo("0");
    }
  }

  @Nested
  class Ranges {
    @ParameterizedTest
    @CsvSource({"40, 1", "45, 1", "42.5, 1", "30, 0.75", "60, 0.75", "0, 0"})
    void insideFullBelowActualOverLowAboveHighOverActual(String actual, String expected) {
      assertThat(fraction(range("40", "45", "%"), measured(actual, "%"))).isEqualByComparingTo(expected);
    }

    @Test
    void theDeviationIsTheDistanceToTheNearestEnd() {
      assertThat(assess(range("2", "4", "个工作日"), measured("5", "个工作日")).deviation().orElseThrow().value())
          .isEqualByComparingTo("1");
      assertThat(assess(range("2", "4", "个工作日"), measured("3", "个工作日")).deviation().orElseThrow().value()).isZero();
    }

    @Test
    void aRangeFromZeroDoesNotDivideByZero() {
      assertThat(fraction(range("0", "0", "起"), measured("0", "起"))).isEqualByComparingTo("1");
      assertThat(fraction(range("0", "0", "起"), measured("3", "起"))).isEqualByComparingTo("0");
    }
  }

  @Nested
  class Deadlines {
    @Test
    void onOrBeforeIsFull() {
      assertThat(fraction(deadline("2025-06-30"), on("2025-06-30"))).isEqualByComparingTo("1");
      Achievement early = assess(deadline("2025-06-30"), on("2025-06-20"));
      assertThat(early.met()).isTrue();
      assertThat(early.deviation().orElseThrow().value()).isEqualByComparingTo("-10");
    }

    @Test
    void lateWithoutAGradeScoresAsThePolicysLateGrade() {
      Achievement a = assess(deadline("2025-06-30"), on("2025-07-02"));
      assertThat(a.fraction()).isEqualByComparingTo("0.7");
      assertThat(a.grade()).contains(Grade.PARTIAL);
      assertThat(a.deviation().orElseThrow().value()).isEqualByComparingTo("2");
      assertThat(a.findings()).extracting(f -> f.kind()).containsExactly(FindingKind.LATE_WITHOUT_GRADE);
      ScoringPolicy harsh = NATIONAL.toBuilder().lateDeadlineGrade(Grade.MISSED).build();
      assertThat(Assessor.assess("x", deadline("2025-06-30"), on("2025-07-02"), harsh).fraction()).isEqualByComparingTo("0.3");
    }

    @Test
    void aGradeDecidesALateDeadline() {
      assertThat(fraction(deadline("2025-06-30"), graded(Grade.PARTIAL, "75"))).isEqualByComparingTo("0.75");
    }
  }

  @Nested
  class Grades {
    @ParameterizedTest
    @CsvSource({"ACHIEVED, 1", "PARTIAL, 0.7", "MISSED, 0.3"})
    void defaultRates(Grade g, String expected) {
      assertThat(fraction(qualitative("及时完成"), graded(g))).isEqualByComparingTo(expected);
    }

    @Test
    void aRateInsideTheBandIsUsed() {
      assertThat(fraction(qualitative("不断增强"), graded(Grade.PARTIAL, "75"))).isEqualByComparingTo("0.75");
      assertThat(fraction(qualitative("不断增强"), graded(Grade.ACHIEVED, "80"))).isEqualByComparingTo("0.8");
      assertThat(fraction(qualitative("不断增强"), graded(Grade.MISSED, "0"))).isEqualByComparingTo("0");
    }

    @Test
    void aRateOutsideTheBandFallsBackToTheDefaultWithAFinding() {
      Achievement a = assess(qualitative("不断增强"), graded(Grade.PARTIAL, "80"));
      assertThat(a.fraction()).isEqualByComparingTo("0.7");
      assertThat(a.findings()).extracting(f -> f.kind()).containsExactly(FindingKind.GRADE_RATE_OUT_OF_BAND);
    }

    @Test
    void onlyAchievedAtHundredIsMet() {
      assertThat(assess(qualitative("好"), graded(Grade.ACHIEVED)).met()).isTrue();
      assertThat(assess(qualitative("好"), graded(Grade.ACHIEVED, "90")).met()).isFalse();
    }

    @Test
    void aGradeIsAllowedForAnyTarget() {
      assertThat(fraction(atMost("30", "万元"), graded(Grade.ACHIEVED))).isEqualByComparingTo("1");
      assertThat(fraction(exact("100", "%"), graded(Grade.MISSED))).isEqualByComparingTo("0.3");
      assertThat(fraction(range("1", "2", "天"), graded(Grade.PARTIAL, "60"))).isEqualByComparingTo("0.6");
    }
  }

  @Nested
  class NotComparable {
    @Test
    void mismatchesEarnNothingWithAFinding() {
      for (var pair : java.util.List.of(
          new Object[] {atLeast("30", "场"), measured("30", "次")},
          new Object[] {atLeast("98", "%"), measured("0.98", "")},
          new Object[] {qualitative("及时完成"), measured("1", "次")},
          new Object[] {deadline("2025-06-30"), measured("30", "天")},
          new Object[] {atLeast("30", "场"), on("2025-01-01")})) {
        Achievement a = assess((Target) pair[0], (Actual) pair[1]);
        assertThat(a.status()).isEqualTo(ResultStatus.INCOMPARABLE);
        assertThat(a.fraction()).isZero();
        assertThat(a.findings()).extracting(f -> f.kind()).containsExactly(FindingKind.INCOMPARABLE_ACTUAL);
      }
    }

    @Test
    void notApplicableDropsOut() {
      Achievement a = assess(atLeast("1", "个"), notApplicable());
      assertThat(a.status()).isEqualTo(ResultStatus.NOT_APPLICABLE);
      assertThat(a.met()).isFalse();
    }
  }

  @Test
  void edgeCasesDoNotThrow() {
    assertThatCode(() -> {
      assess(atLeast("0", "%"), measured("-5", "%"));
      assess(atMost("-1", "%"), measured("-5", "%"));
      assess(atMost("-1", "%"), measured("5", "%"));
      assess(exact("-3", "度"), measured("3", "度"));
      assess(range("-5", "5", "度"), measured("-9", "度"));
      assess(range("-5", "-1", "度"), measured("0", "度"));
      assess(lessThan("0", "%"), measured("-1", "%"));
    }).doesNotThrowAnyException();
  }
}
