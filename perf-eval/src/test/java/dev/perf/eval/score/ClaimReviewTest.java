package dev.perf.eval.score;

import static dev.perf.eval.fixture.Models.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.evaluation.ActualRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** evaluation.md §3: computed beside claimed, per row and in total. */
class ClaimReviewTest {
  /** One 成本 indicator worth 10 under a Sichuan-style table (as in language.md's 卫片执法 example). */
  private static final Project P = project("XM-2020-017", "7.29", table(
      cat("产出指标", sub("成本指标", ind("卫片执法补助经费", atMost("72890", "元"), "10")), sub("数量指标", ind("图斑核查数", atLeast("100", "个"), "50"))),
      cat("效益指标", sub("社会效益指标", ind("违法用地查处", qualitative("有效遏制"), "20"))),
      cat("满意度指标", sub("服务对象满意度指标", ind("群众满意度", atLeast("90", "%"), "10")))));

  private static SelfEvaluation record(String execPoints, String execScore, String total, ActualRow... rows) {
    return new SelfEvaluation("XM-2020-017", Optional.empty(), Optional.of(d("7.29")), Optional.empty(), Optional.of(d("7.29")),
        Optional.ofNullable(execPoints).map(v -> d(v)), Optional.ofNullable(execScore).map(v -> d(v)), Optional.empty(),
        Optional.ofNullable(total).map(v -> d(v)), List.of(rows));
  }

  @Test
  void claimsWithinTheToleranceAreAccepted() {
    SelfEvaluation e = record("10", "10", "98.5",
        claimed("卫片执法补助经费", measured("72890", "元"), "10", "10"),
        claimed("图斑核查数", measured("97", "个"), "50", "48.6"),
        row("违法用地查处", graded(dev.perf.model.evaluation.Grade.ACHIEVED)),
        row("群众满意度", measured("92", "%")));
    EvaluationReport r = Evaluator.evaluate(P, e, ScoringPolicy.sichuan());
    // 图斑 50 × 0.97 = 48.5 (claimed 48.6: 0.1 apart); total 10 + 10 + 48.5 + 20 + 10 = 98.5
    assertThat(r.totalExact()).isEqualByComparingTo("98.5");
    assertThat(r.claims().lines()).extracting(ClaimLine::item).containsExactly("预算执行率", "卫片执法补助经费", "图斑核查数");
    assertThat(r.claims().line("图斑核查数").orElseThrow().difference()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.1"));
    assertThat(r.claims().total().orElseThrow().scoreFlagged()).isFalse();
    assertThat(r.claims().flagged()).isEmpty();
  }

  @Test
  void claimsBeyondTheToleranceAreFlagged() {
    SelfEvaluation e = record(null, null, "100",
        claimed("卫片执法补助经费", measured("80000", "元"), "10", "10"),
        row("图斑核查数", measured("100", "个")),
        row("违法用地查处", graded(dev.perf.model.evaluation.Grade.ACHIEVED)),
        row("群众满意度", measured("92", "%")));
    EvaluationReport r = Evaluator.evaluate(P, e, ScoringPolicy.sichuan());
    // 10 × 72890/80000 = 9.11125 → claimed 10 is 0.88875 above
    ClaimLine line = r.claims().line("卫片执法补助经费").orElseThrow();
    assertThat(line.computedScore()).isEqualByComparingTo("9.11125");
    assertThat(line.scoreFlagged()).isTrue();
    assertThat(line.pointsContradict()).isFalse();
    assertThat(r.claims().total().orElseThrow().scoreFlagged()).isTrue();
    assertThat(r.findings(FindingKind.CLAIM_DIFFERS)).extracting(f -> f.indicator().orElseThrow())
        .containsExactly("卫片执法补助经费", "总分");
    // a wider tolerance accepts the row but not the total (0.88875 apart in both)
    EvaluationReport lenient = Evaluator.evaluate(P, e, ScoringPolicy.sichuan().withClaimTolerance(new BigDecimal("1")));
    assertThat(lenient.claims().flagged()).isEmpty();
  }

  @Test
  void claimedPointsContradictingTheTableAreAnErrorFinding() {
    SelfEvaluation e = record("15", null, null,
        claimed("卫片执法补助经费", measured("72890", "元"), "20", "20"),
        row("图斑核查数", measured("100", "个")),
        row("违法用地查处", graded(dev.perf.model.evaluation.Grade.ACHIEVED)),
        row("群众满意度", measured("92", "%")));
    EvaluationReport r = Evaluator.evaluate(P, e, ScoringPolicy.sichuan());
    assertThat(r.findings(FindingKind.CLAIMED_POINTS_CONTRADICT)).extracting(f -> f.indicator().orElseThrow())
        .containsExactly("预算执行率", "卫片执法补助经费");
    assertThat(r.findings(FindingKind.CLAIMED_POINTS_CONTRADICT)).allMatch(f -> f.severity().atLeast(dev.perf.model.diagnostic.Severity.ERROR));
    assertThat(r.claims().line("卫片执法补助经费").orElseThrow().scoreFlagged()).isTrue();
  }

  @Test
  void rescaledPointsAreAcceptedAsClaimedPointsToo() {
    SelfEvaluation e = record(null, null, null,
        claimed("卫片执法补助经费", measured("72890", "元"), "11.25", null),
        row("图斑核查数", measured("100", "个")),
        row("违法用地查处", notApplicable()),
        row("群众满意度", measured("92", "%")));
    // 20 dropped: 70 → 90, ×9/7: 10 → 12.857…; a claim of 10 (the table's) or 12.86 (rescaled) is fine, 11.25 is not
    EvaluationReport r = Evaluator.evaluate(P, e, ScoringPolicy.sichuan());
    assertThat(r.claims().line("卫片执法补助经费").orElseThrow().pointsContradict()).isTrue();
    SelfEvaluation ok = record(null, null, null, claimed("卫片执法补助经费", measured("72890", "元"), "12.86", null),
        row("图斑核查数", measured("100", "个")), row("违法用地查处", notApplicable()), row("群众满意度", measured("92", "%")));
    assertThat(Evaluator.evaluate(P, ok, ScoringPolicy.sichuan()).claims().flagged()).isEmpty();
  }

  @Test
  void withoutClaimsThereIsNothingToReview() {
    SelfEvaluation e = record(null, null, null, row("卫片执法补助经费", measured("72890", "元")));
    assertThat(Evaluator.evaluate(P, e, ScoringPolicy.sichuan()).claims()).isEqualTo(ClaimReview.none());
  }
}
