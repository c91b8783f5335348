package dev.perf.eval;

import static dev.perf.eval.fixture.Models.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.fixture.Seed;
import dev.perf.eval.monitor.BudgetTrack;
import dev.perf.eval.monitor.Monitor;
import dev.perf.eval.monitor.MonitoringReport;
import dev.perf.eval.monitor.TrafficLight;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.Assessor;
import dev.perf.eval.score.Arithmetic;
import dev.perf.eval.score.ClaimLine;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.Evaluator;
import dev.perf.eval.score.OverallGrade;
import dev.perf.eval.validate.Validator;
import dev.perf.model.Document;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every figure of docs/evaluation.md, computed. Each test names the section it checks; change
 * the document and this class together.
 */
class WorkedExamplesTest {
  private static final ScoringPolicy NATIONAL = ScoringPolicy.national();

  /** The score shown for an indicator worth {@code points}. */
  private static BigDecimal shown(String points, Target target, Actual actual) {
    BigDecimal fraction = Assessor.assess("x", target, actual, NATIONAL).fraction();
    return Arithmetic.display(Arithmetic.multiply(d(points), fraction));
  }

  // §2.2 examples per target form

  @Test
  void higherIsBetter() {
    assertThat(shown("12.5", atLeast("500", "人次"), measured("460", "人次"))).isEqualByComparingTo("11.50");
    assertThat(shown("12.5", atLeast("500", "人次"), measured("500", "人次"))).isEqualByComparingTo("12.50");
    assertThat(shown("10", moreThan("30", "场"), measured("24", "场"))).isEqualByComparingTo("8.00");
    assertThat(shown("10", moreThan("30", "场"), measured("30", "场"))).isEqualByComparingTo("9.90");
  }

  @Test
  void overAchievement() {
    var a = Assessor.assess("x", atLeast("30", "场"), measured("40", "场"), NATIONAL);
    assertThat(a.met()).isTrue();
    assertThat(a.findings()).extracting(f -> f.kind()).containsExactly(FindingKind.OVER_ACHIEVEMENT);
    assertThat(Assessor.assess("x", atLeast("30", "场"), measured("36", "场"), NATIONAL).findings()).isEmpty();
    // with the deduction on: 40/30 − 1.2 = 0.1333… lost → 10 × 0.8666… = 8.67
    var deducted = Assessor.assess("x", atLeast("30", "场"), measured("40", "场"), NATIONAL.withOverAchievementDeduction(true));
    assertThat(Arithmetic.display(Arithmetic.multiply(BigDecimal.TEN, deducted.fraction()))).isEqualByComparingTo("8.67");
  }

  @Test
  void lowerIsBetter() {
    assertThat(shown("8", atMost("90", "万元"), measured("100", "万元"))).isEqualByComparingTo("7.20");
    assertThat(shown("8", atMost("90", "万元"), measured("1000000", "元"))).isEqualByComparingTo("7.20");
    assertThat(shown("10", lessThan("5", "件"), measured("8", "件"))).isEqualByComparingTo("6.25");
    assertThat(shown("10", lessThan("5", "件"), measured("0", "件"))).isEqualByComparingTo("10.00");
    assertThat(shown("10", lessThan("5", "件"), measured("5", "件"))).isEqualByComparingTo("9.90");
  }

  @Test
  void exactValue() {
    assertThat(shown("10", exact("100", "%"), measured("96", "%"))).isEqualByComparingTo("9.60");
    assertThat(shown("10", exact("100", "%"), measured("100", "%"))).isEqualByComparingTo("10.00");
  }

  @Test
  void ranges() {
    assertThat(shown("10", range("40", "45", "%"), measured("42", "%"))).isEqualByComparingTo("10.00");
    assertThat(shown("10", range("40", "45", "%"), measured("38", "%"))).isEqualByComparingTo("9.50");
    assertThat(shown("10", range("40", "45", "%"), measured("48", "%"))).isEqualByComparingTo("9.38");
  }

  @Test
  void deadlines() {
    assertThat(shown("10", deadline("2025-06-30"), on("2025-06-28"))).isEqualByComparingTo("10.00");
    assertThat(shown("10", deadline("2025-06-30"), on("2025-07-15"))).isEqualByComparingTo("7.00");
    assertThat(Assessor.assess("x", deadline("2025-06-30"), on("2025-07-15"), NATIONAL).findings())
        .extracting(f -> f.kind()).containsExactly(FindingKind.LATE_WITHOUT_GRADE);
    assertThat(shown("10", deadline("2025-06-30"), graded(Grade.PARTIAL, "65"))).isEqualByComparingTo("6.50");
  }

  @Test
  void qualitativeTargets() {
    assertThat(shown("12.5", qualitative("及时完成"), graded(Grade.ACHIEVED))).isEqualByComparingTo("12.50");
    assertThat(shown("12.5", qualitative("及时完成"), graded(Grade.PARTIAL))).isEqualByComparingTo("8.75");
    assertThat(shown("12.5", qualitative("及时完成"), graded(Grade.PARTIAL, "75"))).isEqualByComparingTo("9.38");
    assertThat(shown("12.5", qualitative("及时完成"), graded(Grade.MISSED))).isEqualByComparingTo("3.75");
    // a rate outside its band: the default applies, and PERF-E305 reports it
    assertThat(shown("12.5", qualitative("及时完成"), graded(Grade.PARTIAL, "85"))).isEqualByComparingTo("8.75");
  }

  @Test
  void gradeAgainstANumber() {
    assertThat(shown("12.5", atMost("30", "万元"), graded(Grade.ACHIEVED))).isEqualByComparingTo("12.50");
  }

  // §2.4 the seed, national policy

  @Test
  void seedProject1National() {
    EvaluationReport r = Evaluator.evaluate(Seed.project1(), Seed.selfEvaluation1(), NATIONAL);
    assertThat(r.budget().score()).isEqualByComparingTo("9.80");
    assertThat(r.category("产出指标").orElseThrow().score()).isEqualByComparingTo("50.00");
    assertThat(r.category("效益指标").orElseThrow().score()).isEqualByComparingTo("24.75");
    assertThat(r.category("满意度指标").orElseThrow().score()).isEqualByComparingTo("9.95");
    assertThat(r.total()).isEqualByComparingTo("94.50");
    assertThat(r.grade()).isEqualTo(OverallGrade.EXCELLENT);
  }

  @Test
  void seedProject2NotApplicable() {
    EvaluationReport r = Evaluator.evaluate(Seed.project2(), Seed.selfEvaluation2(), NATIONAL);
    assertThat(r.indicator("涉冀舆情监测覆盖率").orElseThrow().score()).isEqualByComparingTo("13.78");
    assertThat(r.indicator("网络生态环境").orElseThrow().points()).isEqualByComparingTo("18");
    assertThat(r.indicator("网络生态环境").orElseThrow().score()).isEqualByComparingTo("11.70");
    assertThat(r.indicator("公众满意度").orElseThrow().score()).isEqualByComparingTo("10.41");
    assertThat(r.budget().score()).isEqualByComparingTo("8.20");
    assertThat(r.total()).isEqualByComparingTo("84.58");
    assertThat(r.grade()).isEqualTo(OverallGrade.GOOD);
  }

  // §2.5 Sichuan

  /** 产出 数量 20 · 质量 20 · 时效 10 · 成本 10, 效益 20, 满意度 10: 90 spread by the file. */
  static Project sichuanProject() {
    return project("SC-2025-001", "20", table(
        cat("产出指标",
            sub("数量指标", ind("培训人次", atLeast("500", "人次"), "20")),
            sub("质量指标", ind("培训合格率", atLeast("98", "%"), "20")),
            sub("时效指标", ind("完工时间", deadline("2025-06-30"), "10")),
            sub("成本指标", ind("项目总成本", atMost("18", "万元"), "10"))),
        cat("效益指标", sub("社会效益指标", ind("群众知晓率", atLeast("90", "%"), "20"))),
        cat("满意度指标", sub("服务对象满意度指标", ind("服务对象满意度", atLeast("95", "%"), "10")))));
  }

  static SelfEvaluation sichuanRecord() {
    return new SelfEvaluation("SC-2025-001", Optional.of(d("20")), Optional.of(d("20")), Optional.of(d("18")),
        Optional.of(d("17.10")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(
            row("培训人次", measured("460", "人次"), "报名人数少于计划"),
            row("培训合格率", measured("99", "%")),
            row("完工时间", on("2025-06-28")),
            row("项目总成本", measured("17.10", "万元")),
            row("群众知晓率", measured("81", "%"), "宣传渠道有限"),
            row("服务对象满意度", measured("96", "%"))));
  }

  @Test
  void sichuan() {
    EvaluationReport r = Evaluator.evaluate(sichuanProject(), sichuanRecord(), ScoringPolicy.sichuan());
    assertThat(r.budget().rate()).contains(new BigDecimal("95.00"));
    assertThat(r.budget().score()).isEqualByComparingTo("9.50");
    assertThat(r.indicator("培训人次").orElseThrow().score()).isEqualByComparingTo("18.40");
    assertThat(r.indicator("群众知晓率").orElseThrow().score()).isEqualByComparingTo("18.00");
    assertThat(r.total()).isEqualByComparingTo("95.90");
    assertThat(r.grade()).isEqualTo(OverallGrade.EXCELLENT);
    assertThat(r.findings()).isEmpty();
    assertThat(Validator.standard().withPolicy(ScoringPolicy.sichuan())
        .validate(Document.of(sichuanProject(), sichuanRecord()))).isEmpty();
  }

  @Test
  void sichuanTableUnderTheNationalPolicy() {
    EvaluationReport r = Evaluator.evaluate(sichuanProject(), sichuanRecord(), NATIONAL);
    assertThat(r.budget().rate()).contains(new BigDecimal("85.50"));
    assertThat(r.budget().score()).isEqualByComparingTo("8.55");
    assertThat(r.findings(FindingKind.LOW_EXECUTION_WITHOUT_REASON)).hasSize(1);
    List<Diagnostic> ds = Validator.standard().validate(Document.of(sichuanProject(), sichuanRecord()));
    assertThat(ds).extracting(Diagnostic::ruleId).containsExactly("PERF-E206", "PERF-E206");
    assertThat(ds).extracting(x -> x.message().zh()).anySatisfy(m -> assertThat(m).contains("60", "50"))
        .anySatisfy(m -> assertThat(m).contains("20", "30"));
  }

  // §3 claimed-score review

  static Project claimProject() {
    return project("XM-2020-017", "7.29", table(
        cat("产出指标",
            sub("成本指标", ind("卫片执法补助经费", atMost("7.29", "万元"), "10")),
            sub("数量指标", ind("卫片图斑核查数", atLeast("120", "个"), "40"))),
        cat("效益指标", sub("社会效益指标", ind("违法用地得到遏制", qualitative("有效遏制"), "30"))),
        cat("满意度指标", sub("服务对象满意度指标", ind("群众满意度", atLeast("90", "%"), "10")))));
  }

  static SelfEvaluation claimRecord() {
    return new SelfEvaluation("XM-2020-017", Optional.empty(), Optional.of(d("7.29")), Optional.empty(), Optional.of(d("7.29")),
        Optional.of(d("10")), Optional.of(d("10")), Optional.empty(), Optional.of(d("93")), List.of(
            claimed("卫片执法补助经费", measured("72890", "元"), "10", "9"),
            claimed("卫片图斑核查数", measured("126", "个"), null, "40"),
            new dev.perf.model.evaluation.ActualRow("违法用地得到遏制", graded(Grade.PARTIAL, "75"), Optional.of(d("30")),
                Optional.of(d("24")), Optional.of(dev.perf.model.evaluation.DeviationReason.of("个别乡镇整改滞后"))),
            claimed("群众满意度", measured("93", "%"), null, "10")));
  }

  @Test
  void claimedScoreReview() {
    EvaluationReport r = Evaluator.evaluate(claimProject(), claimRecord(), ScoringPolicy.sichuan());
    ClaimLine fee = r.claims().line("卫片执法补助经费").orElseThrow();
    assertThat(fee.computedScore()).isEqualByComparingTo("10");
    assertThat(fee.difference().orElseThrow()).isEqualByComparingTo("-1");
    assertThat(fee.scoreFlagged()).isTrue();
    ClaimLine curb = r.claims().line("违法用地得到遏制").orElseThrow();
    assertThat(curb.computedScore()).isEqualByComparingTo("22.5");
    assertThat(curb.difference().orElseThrow()).isEqualByComparingTo("1.5");
    assertThat(curb.scoreFlagged()).isTrue();
    assertThat(r.claims().line("卫片图斑核查数").orElseThrow().scoreFlagged()).isFalse();
    assertThat(r.total()).isEqualByComparingTo("92.50");
    ClaimLine total = r.claims().total().orElseThrow();
    assertThat(total.difference().orElseThrow()).isEqualByComparingTo("0.5");
    assertThat(total.scoreFlagged()).isFalse();
    assertThat(r.claims().flagged()).extracting(ClaimLine::item).containsExactly("卫片执法补助经费", "违法用地得到遏制");
    // a claimed 分值 of 25 instead of 30 is an error (PERF-E307)
    SelfEvaluation wrongPoints = new SelfEvaluation("XM-2020-017", Optional.empty(), Optional.of(d("7.29")), Optional.empty(),
        Optional.of(d("7.29")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(
            claimed("卫片执法补助经费", measured("72890", "元"), "10", "10"),
            claimed("卫片图斑核查数", measured("126", "个"), null, null),
            claimed("违法用地得到遏制", graded(Grade.PARTIAL, "75"), "25", null),
            claimed("群众满意度", measured("93", "%"), null, null)));
    assertThat(Validator.standard().withPolicy(ScoringPolicy.sichuan()).validate(Document.of(claimProject(), wrongPoints)))
        .extracting(Diagnostic::ruleId).containsExactly("PERF-E307");
  }

  // §4 monitoring

  @Test
  void monitoring() {
    MonitoringReport r = Monitor.check(Seed.project1(), Seed.monitoring1());
    BudgetTrack b = r.budget();
    assertThat(b.plannedShown()).isEqualByComparingTo("56.30");
    assertThat(b.executionRate()).contains(new BigDecimal("49.00"));
    assertThat(b.deviationFromPlan().orElseThrow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-7.30");
    assertThat(b.timeElapsedPercent().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("58.08");
    assertThat(b.deviationFromTime().orElseThrow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-9.08");
    assertThat(b.light()).contains(TrafficLight.GREEN);
    assertThat(r.indicator("组织开展网络宣传活动次数").orElseThrow().progress()).contains(new BigDecimal("56.67"));
    assertThat(r.indicator("组织开展网络宣传活动次数").orElseThrow().projectionMeets()).contains(true);
    assertThat(r.indicator("培训合格率").orElseThrow().metToDate()).isTrue();
    assertThat(r.indicator("公众满意度").orElseThrow().projectionMeets()).contains(false);
    assertThat(r.findings()).extracting(f -> f.kind()).containsExactly(FindingKind.PROJECTION_MISSES);
    // 执行数 7.20 instead: 36% is 20.30 points behind plan → red
    var late = new dev.perf.model.Monitoring(Seed.CODE_1, Seed.monitoring1().asOf(), Optional.of(d("7.20")), List.of());
    MonitoringReport red = Monitor.check(Seed.project1(), late);
    assertThat(red.budget().deviationFromPlan().orElseThrow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-20.30");
    assertThat(red.budget().light()).contains(TrafficLight.RED);
  }

  // §1 validation

  @Test
  void seedValidation() {
    assertThat(Validator.standard().validate(Seed.firstTable())).extracting(Diagnostic::ruleId).containsExactly("PERF-W202");
  }
}
