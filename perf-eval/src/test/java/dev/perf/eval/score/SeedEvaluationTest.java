package dev.perf.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.fixture.Seed;
import dev.perf.eval.policy.ScoringPolicy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The full self-evaluation of the seed's two projects, with the totals worked out by hand. */
class SeedEvaluationTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /*
   * Project 1 (normative 自评 block of language.md), national policy:
   *   执行率 19.60 / 20.00 = 98%                      → 10 × 0.98            =  9.80
   *   产出 50 over 4 indicators = 12.5 each:
   *     次数 34 场 ≥ 30 场 met                          → 12.5
   *     培训合格率 99% ≥ 98% met                        → 12.5
   *     随机考核 达成 (default 100%)                     → 12.5
   *     控制在预算内 19.60 万元 ≤ 22 万元 met             → 12.5               = 50.00
   *   效益 30 over 2 = 15 each:
   *     构建清朗… 部分达成 75%                          → 15 × 0.75 = 11.25
   *     增强影响力 达成 90%                             → 15 × 0.90 = 13.50   = 24.75
   *   满意度 10: 公众满意度 97.5% vs ≥ 98%, not met      → 10 × 97.5/98 = 9.948979591836734693877551020408163…
   *   total = 9.8 + 50 + 24.75 + 9.9489795918… = 94.4989795918… → 94.50, 优
   */
  @Test
  void project1() {
    EvaluationReport r = Evaluator.evaluate(Seed.project1(), Seed.selfEvaluation1(), ScoringPolicy.national());

    assertThat(r.budget().ratePercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("98"));
    assertThat(r.budget().score()).isEqualByComparingTo("9.80");
    assertThat(r.category("产出").orElseThrow().score()).isEqualByComparingTo("50.00");
    assertThat(r.category("效益指标").orElseThrow().score()).isEqualByComparingTo("24.75");
    assertThat(r.category("满意度").orElseThrow().score()).isEqualByComparingTo("9.95");
    assertThat(r.indicator("构建清朗网络空间，提高社会治理").orElseThrow().scoreExact()).isEqualByComparingTo("11.25");
    assertThat(r.indicator("增强影响力").orElseThrow().scoreExact()).isEqualByComparingTo("13.5");
    IndicatorResult satisfaction = r.indicator("公众满意度").orElseThrow();
    assertThat(satisfaction.met()).isFalse();
    assertThat(satisfaction.ratio()).contains(d("99.49"));
    assertThat(satisfaction.deviation().orElseThrow().value()).isEqualByComparingTo("-0.5");
    assertThat(satisfaction.reason()).isPresent();
    assertThat(r.totalExact().subtract(d("94.49897959183673469387755102040816")).abs()).isLessThan(d("1e-30"));
    assertThat(r.total()).isEqualByComparingTo("94.50");
    assertThat(r.grade()).isEqualTo(OverallGrade.EXCELLENT);
    assertThat(r.totalPoints()).isEqualByComparingTo("100");
    assertThat(r.indicators()).hasSize(7).allSatisfy(i -> assertThat(i.status()).isEqualTo(ResultStatus.SCORED));
    assertThat(r.findings()).isEmpty();
    assertThat(r.claims().hasClaims()).isFalse();
  }

  /*
   * Project 2 (invented actuals, Seed.selfEvaluation2), national policy:
   *   执行率 50.02 / 61.00 = 82%                      → 10 × 0.82 = 8.20 (below 90%, no reason → finding)
   *   allocation: 产出 12.5 × 4, 效益 15 × 2, 满意度 10. 网络安全稳定运行 不适用 drops 15:
   *   the 75 points left rescale to 90 (× 1.2): 产出 15 each, 网络生态环境 18, 公众满意度 12.
   *     覆盖率 90% vs ≥ 98%                → 15 × 90/98  = 13.775510204081632653…
   *     处置率 100% ≥ 98%                  → 15
   *     报送网络舆情时间 部分达成 (70%)      → 15 × 0.7    = 10.5
   *     控制在预算内 500200 元 = 50.02 万元 ≤ 61 万元 → 15
   *     网络生态环境 部分达成 65%            → 18 × 0.65   = 11.7
   *     公众满意度 85% vs ≥ 98%             → 12 × 85/98  = 10.408163265306122448…
   *   total = 8.2 + 13.7755… + 15 + 10.5 + 15 + 11.7 + 10.4081… = 84.583673469387755102… → 84.58, 良
   */
  @Test
  void project2() {
    EvaluationReport r = Evaluator.evaluate(Seed.project2(), Seed.selfEvaluation2(), ScoringPolicy.national());

    assertThat(r.budget().score()).isEqualByComparingTo("8.20");
    assertThat(r.indicator("网络安全稳定运行").orElseThrow().status()).isEqualTo(ResultStatus.NOT_APPLICABLE);
    assertThat(r.indicator("网络安全稳定运行").orElseThrow().points()).isZero();
    assertThat(r.indicator("涉冀舆情监测覆盖率").orElseThrow().points()).isEqualByComparingTo("15");
    assertThat(r.indicator("网络生态环境").orElseThrow().points()).isEqualByComparingTo("18");
    assertThat(r.indicator("网络生态环境").orElseThrow().scoreExact()).isEqualByComparingTo("11.7");
    assertThat(r.indicator("公众满意度").orElseThrow().points()).isEqualByComparingTo("12");
    assertThat(r.indicator("控制在预算内").orElseThrow().met()).isTrue();
    assertThat(r.indicator("报送网络舆情时间").orElseThrow().scoreExact()).isEqualByComparingTo("10.5");
    assertThat(r.totalExact().subtract(d("84.5836734693877551020408163265306")).abs()).isLessThan(d("1e-30"));
    assertThat(r.total()).isEqualByComparingTo("84.58");
    assertThat(r.grade()).isEqualTo(OverallGrade.GOOD);
    assertThat(r.findings()).extracting(f -> f.kind()).containsExactlyInAnyOrder(
        FindingKind.NOT_APPLICABLE_RESCALED, FindingKind.LOW_EXECUTION_WITHOUT_REASON, FindingKind.DEVIATION_WITHOUT_REASON);
    assertThat(r.findings(FindingKind.DEVIATION_WITHOUT_REASON)).singleElement()
        .satisfies(f -> assertThat(f.indicator()).contains("公众满意度"));
  }

  @Test
  void theDocumentIsEvaluatedRecordByRecord() {
    List<EvaluationReport> reports = Evaluator.evaluate(Seed.all(), ScoringPolicy.national());

    assertThat(reports).extracting(EvaluationReport::projectCode).containsExactly(Seed.CODE_1, Seed.CODE_2);
    assertThat(reports).extracting(EvaluationReport::total).containsExactly(d("94.50"), d("84.58"));
  }
}
