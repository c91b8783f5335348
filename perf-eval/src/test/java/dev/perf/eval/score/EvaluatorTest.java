package dev.perf.eval.score;

import static dev.perf.eval.fixture.Models.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.fixture.Seed;
import dev.perf.eval.policy.ExecutionBase;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.evaluation.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final ScoringPolicy NATIONAL = ScoringPolicy.national();

  /** 产出: a ≥ 10 个; 效益: b qualitative; 满意度: s ≥ 90%. Points 50 / 30 / 10. */
  private static final IndicatorTable SMALL = table(
      cat("产出指标", sub("数量指标", ind("a", atLeast("10", "个")))),
      cat("效益指标", sub("社会效益指标", ind("b", qualitative("好")))),
      cat("满意度指标", sub("服务对象满意度指标", ind("s", atLeast("90", "%")))));

  private static final Project P = project("P", "100", SMALL);

  private static SelfEvaluation record(String annual, String spent, ActualRow... rows) {
    return selfEval("P", annual, spent, rows);
  }

  private static SelfEvaluation full(Optional<BigDecimal> adjusted, String annual, String spent) {
    return new SelfEvaluation("P", Optional.empty(), Optional.ofNullable(annual).map(v -> d(v)), adjusted,
        Optional.ofNullable(spent).map(v -> d(v)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(row("a", measured("10", "个")), row("b", graded(Grade.ACHIEVED)), row("s", measured("95", "%"))));
  }

  @Test
  void allMetWithFullSpendingScoresHundred() {
    EvaluationReport r = Evaluator.evaluate(P, full(Optional.empty(), "100", "100"), NATIONAL);
    assertThat(r.totalExact()).isEqualByComparingTo("100");
    assertThat(r.grade()).isEqualTo(OverallGrade.EXCELLENT);
    assertThat(r.categories()).extracting(CategoryResult::score).containsExactly(d("50.00"), d("30.00"), d("10.00"));
  }

  @Test
  void executionAboveHundredPercentIsCappedAtFullPoints() {
    EvaluationReport r = Evaluator.evaluate(P, full(Optional.empty(), "100", "120"), NATIONAL);
    assertThat(r.budget().ratePercent()).contains(d("120"));
    assertThat(r.budget().scoreExact()).isEqualByComparingTo("10");
  }

  @Test
  void nationalUsesTheAnnualBudgetAndSichuanTheAdjustedOne() {
    SelfEvaluation e = full(Optional.of(d("90")), "100", "85.5");
    EvaluationReport national = Evaluator.evaluate(P, e, NATIONAL);
    assertThat(national.budget().base()).contains(ExecutionBase.ANNUAL_BUDGET);
    assertThat(national.budget().ratePercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("85.5"));
    assertThat(national.findings(FindingKind.LOW_EXECUTION_WITHOUT_REASON)).hasSize(1);
    EvaluationReport sichuan = Evaluator.evaluate(P, e, ScoringPolicy.sichuan());
    assertThat(sichuan.budget().base()).contains(ExecutionBase.ADJUSTED_BUDGET);
    assertThat(sichuan.budget().ratePercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("95"));
    assertThat(sichuan.findings(FindingKind.LOW_EXECUTION_WITHOUT_REASON)).isEmpty();
  }

  @Test
  void aMissingBudgetFigureFallsBackWithAFinding() {
    EvaluationReport r = Evaluator.evaluate(P, full(Optional.of(d("80")), null, "80"), NATIONAL);
    assertThat(r.budget().base()).contains(ExecutionBase.ADJUSTED_BUDGET);
    assertThat(r.findings(FindingKind.EXECUTION_BASE_FALLBACK)).hasSize(1);
    EvaluationReport onTable = Evaluator.evaluate(P, full(Optional.empty(), null, "50"), NATIONAL);
    assertThat(onTable.budget().base()).isEmpty();
    assertThat(onTable.budget().baseAmount()).contains(d("100"));
    assertThat(onTable.budget().scoreExact()).isEqualByComparingTo("5");
  }

  @Test
  void noSpendingOrAZeroBudgetScoresZeroWithAFinding() {
    assertThat(Evaluator.evaluate(P, full(Optional.empty(), "100", null), NATIONAL).findings(FindingKind.EXECUTION_RATE_UNAVAILABLE))
        .hasSize(1);
    EvaluationReport zero = Evaluator.evaluate(P, full(Optional.empty(), "0", "0"), NATIONAL);
    assertThat(zero.budget().scoreExact()).isZero();
    assertThat(zero.budget().ratePercent()).isEmpty();
  }

  @Test
  void aLowRateWithAReasonIsNotFlagged() {
    SelfEvaluation e = new SelfEvaluation("P", Optional.empty(), Optional.of(d("100")), Optional.empty(), Optional.of(d("50")),
        Optional.empty(), Optional.empty(), Optional.of(DeviationReason.of("项目延期")), Optional.empty(), full(Optional.empty(), "1", "1").rows());
    assertThat(Evaluator.evaluate(P, e, NATIONAL).findings(FindingKind.LOW_EXECUTION_WITHOUT_REASON)).isEmpty();
  }

  @Test
  void missingIncomparableUnknownAndDuplicateRowsAreFound() {
    SelfEvaluation e = record("100", "100",
        row("a", measured("10", "次")),
        row("b", graded(Grade.ACHIEVED)),
        row("b", graded(Grade.MISSED)),
        row("z", measured("1", "个")));
    EvaluationReport r = Evaluator.evaluate(P, e, NATIONAL);
    assertThat(r.indicator("a").orElseThrow().status()).isEqualTo(ResultStatus.INCOMPARABLE);
    assertThat(r.indicator("a").orElseThrow().scoreExact()).isZero();
    assertThat(r.indicator("b").orElseThrow().scoreExact()).isEqualByComparingTo("30");
    assertThat(r.indicator("s").orElseThrow().status()).isEqualTo(ResultStatus.MISSING);
    assertThat(r.findings()).extracting(f -> f.kind()).contains(FindingKind.INCOMPARABLE_ACTUAL, FindingKind.DUPLICATE_ROW,
        FindingKind.UNKNOWN_INDICATOR, FindingKind.MISSING_ACTUAL);
    assertThat(r.totalExact()).isEqualByComparingTo("40");
  }

  @Test
  void notApplicableIndicatorsRescaleTheOthersToTheTotal() {
    SelfEvaluation e = record("100", "100", row("a", measured("10", "个")), row("b", notApplicable()), row("s", measured("90", "%")));
    EvaluationReport r = Evaluator.evaluate(P, e, NATIONAL);
    // 30 dropped; 60 left scale to 90: a 75, s 15
    assertThat(r.indicator("a").orElseThrow().points()).isEqualByComparingTo("75");
    assertThat(r.indicator("s").orElseThrow().points()).isEqualByComparingTo("15");
    assertThat(r.indicator("b").orElseThrow().allocatedPoints()).isEqualByComparingTo("30");
    assertThat(r.totalExact()).isEqualByComparingTo("100");
    assertThat(r.findings(FindingKind.NOT_APPLICABLE_RESCALED)).hasSize(1);
  }

  @Test
  void allNotApplicableLeavesOnlyTheExecutionRate() {
    SelfEvaluation e = record("100", "100", row("a", notApplicable()), row("b", notApplicable()), row("s", notApplicable()));
    EvaluationReport r = Evaluator.evaluate(P, e, NATIONAL);
    assertThat(r.totalExact()).isEqualByComparingTo("10");
  }

  @Test
  void aTableMissingACategoryIsRescaledToNinety() {
    Project p = project("P", "100", table(cat("产出指标", sub("数量指标", ind("a", atLeast("10", "个")))),
        cat("效益指标", sub("社会效益指标", ind("b", qualitative("好"))))));
    EvaluationReport r = Evaluator.evaluate(p, record("100", "100", row("a", measured("10", "个")), row("b", graded(Grade.ACHIEVED))),
        NATIONAL);
    assertThat(r.indicator("a").orElseThrow().points()).isEqualByComparingTo("56.25");
    assertThat(r.indicator("b").orElseThrow().points()).isEqualByComparingTo("33.75");
    assertThat(r.totalExact()).isEqualByComparingTo("100");
    assertThat(r.findings(FindingKind.POINTS_RESCALED)).hasSize(1);
  }

  @Test
  void aProjectWithoutATableScoresOnlyItsExecution() {
    Project p = Project.of("P", "无指标");
    EvaluationReport r = Evaluator.evaluate(p, record("10", "9"), NATIONAL);
    assertThat(r.categories()).isEmpty();
    assertThat(r.totalExact()).isEqualByComparingTo("9");
    assertThat(r.grade()).isEqualTo(OverallGrade.POOR);
  }

  @Test
  void wholePointRoundingRoundsEachRowHalfUp() {
    // s: 10 × 85/90 = 9.444… → 9; a: 50 × 9/10 = 45; b: 30 × 0.75 = 22.5 → 23; execution 10 × 0.955 = 9.55 → 10
    SelfEvaluation e = record("100", "95.5", row("a", measured("9", "个")), row("b", graded(Grade.PARTIAL, "75")),
        row("s", measured("85", "%")));
    EvaluationReport rounded = Evaluator.evaluate(P, e, NATIONAL.withWholePointRounding(true));
    assertThat(rounded.indicators()).extracting(IndicatorResult::scoreExact).containsExactly(d("45"), d("23"), d("9"));
    assertThat(rounded.budget().scoreExact()).isEqualByComparingTo("10");
    assertThat(rounded.totalExact()).isEqualByComparingTo("87");
    EvaluationReport exact = Evaluator.evaluate(P, e, NATIONAL);
    assertThat(exact.total()).isEqualByComparingTo("86.49"); // 45 + 22.5 + 9.4444… + 9.55 = 86.4944…
    assertThat(exact.grade()).isEqualTo(OverallGrade.GOOD);
  }

  @Test
  void theGradeFollowsTheTotalAsShown() {
    assertThat(OverallGrade.of(d("89.995").setScale(2, java.math.RoundingMode.HALF_UP), NATIONAL.gradeThresholds()))
        .isEqualTo(OverallGrade.EXCELLENT);
    assertThat(OverallGrade.of(d("89.99"), NATIONAL.gradeThresholds())).isEqualTo(OverallGrade.GOOD);
    assertThat(OverallGrade.of(d("80"), NATIONAL.gradeThresholds())).isEqualTo(OverallGrade.GOOD);
    assertThat(OverallGrade.of(d("60"), NATIONAL.gradeThresholds())).isEqualTo(OverallGrade.FAIR);
    assertThat(OverallGrade.of(d("59.99"), NATIONAL.gradeThresholds())).isEqualTo(OverallGrade.POOR);
    assertThat(OverallGrade.EXCELLENT.chinese()).isEqualTo("优");
    assertThat(OverallGrade.POOR.english()).isEqualTo("poor");
  }

  @Test
  void theReportCarriesTheTableColumns() {
    EvaluationReport r = Evaluator.evaluate(Seed.project1(), Seed.selfEvaluation1(), NATIONAL);
    IndicatorResult row = r.indicator("组织开展网络宣传活动次数").orElseThrow();
    assertThat(row.category()).isEqualTo("产出指标");
    assertThat(row.subCategory()).isEqualTo("数量指标");
    assertThat(row.target()).isEqualTo(atLeast("30", "场"));
    assertThat(row.actual()).contains(measured("34", "场"));
    assertThat(row.met()).isTrue();
    assertThat(row.ratio()).contains(d("113.33"));
    assertThat(row.pointsShown()).isEqualByComparingTo("12.50");
    assertThat(row.score()).isEqualByComparingTo("12.50");
    assertThat(row.deviation().orElseThrow().value()).isEqualByComparingTo("4");
    assertThat(r.budget().annualBudget()).contains(d("20.00"));
    assertThat(r.budget().initialBudget()).contains(d("20.00"));
    assertThat(r.budget().spent()).contains(d("19.60"));
    assertThat(r.budget().points()).isEqualByComparingTo("10");
    assertThat(r.budget().rate()).contains(d("98.00"));
    assertThat(r.moneyUnit().symbol()).isEqualTo("万元");
    assertThat(r.policyName()).isEqualTo("财预〔2020〕10号");
  }
}
