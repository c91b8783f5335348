package dev.perf.testkit.assertion;

import static dev.perf.testkit.PerfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.OverallGrade;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.fixture.Tables;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvaluationReportAssertTest {
  private final EvaluationReport report = Tables.evaluation();

  @Test
  void totalAndGrade() {
    assertThat(report)
        .hasTotalAtLeast("90")
        .hasTotalAtLeast(94)
        .hasTotalAtLeast(new BigDecimal("94.50"))
        .hasTotal("94.5")
        .hasGrade(OverallGrade.EXCELLENT)
        .hasGrade("优")
        .indicator("组织开展网络宣传活动次数").isMet();
  }

  @Test
  void lowTotalShowsEveryRow() {
    assertThatThrownBy(() -> assertThat(report).hasTotalAtLeast("95"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the total of 项目 \"13022525P00NB79100162\" \"网络强军建设及网络宣传经费\" to be at least 95 but it is 94.50")
        .hasMessageContaining("预算执行率 98.00%（全年执行数 19.60 / 20.00 万元）  得分 9.80 / 10.00")
        .hasMessageContaining("公众满意度：≥98%  ← 97.5%  偏差原因 \"个别群众对办理时效不满意\"  得分 9.95 / 10.00")
        .hasMessageContaining("总分 94.50 / 100.00  等级 优 (excellent)");
  }

  @Test
  void wrongTotalFails() {
    assertThatThrownBy(() -> assertThat(report).hasTotal("94.49"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be 94.49 but it is 94.50");
  }

  @Test
  void wrongGradeFails() {
    assertThatThrownBy(() -> assertThat(report).hasGrade(OverallGrade.GOOD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be 良 (good) but it is 优 (excellent) with a total of 94.50");
    assertThatThrownBy(() -> assertThat(report).hasGrade("差"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be 差 (poor)");
    assertThatThrownBy(() -> assertThat(report).hasGrade("甲"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a grade");
  }

  @Test
  void executionRate() {
    assertThat(report).hasExecutionRateAtLeast("98");
    assertThatThrownBy(() -> assertThat(report).hasExecutionRateAtLeast("99"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be at least 99% but the row is\n    预算执行率 98.00%");
  }

  @Test
  void missingIndicatorRowFails() {
    assertThatThrownBy(() -> assertThat(report).indicator("公众满意"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a row for the indicator \"公众满意\" but it has none (did you mean \"公众满意度\"?)");
  }

  @Test
  void findings() {
    assertThat(report).hasNoFindingsAtOrAbove(Severity.INFO).hasNoFinding(FindingKind.MISSING_ACTUAL);
    assertThat(withoutSatisfaction()).hasFinding(FindingKind.MISSING_ACTUAL);
  }

  @Test
  void unwantedFindingsFail() {
    assertThatThrownBy(() -> assertThat(withoutSatisfaction()).hasNoFindingsAtOrAbove(Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have no findings at or above warning but it has 1:")
        .hasMessageContaining("ERROR MISSING_ACTUAL 「公众满意度」: 「公众满意度」没有完成值，按 0 分计")
        .hasMessageContaining("公众满意度：≥98%  ← （无完成值 / no actual）  得分 0.00 / 10.00  缺少完成值");
    assertThatThrownBy(() -> assertThat(report).hasFinding(FindingKind.MISSING_ACTUAL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a finding MISSING_ACTUAL but its findings are:\n    （无 / none）");
    assertThatThrownBy(() -> assertThat(withoutSatisfaction()).hasNoFinding(FindingKind.MISSING_ACTUAL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have no finding MISSING_ACTUAL but it has:");
  }

  /** The seed's self-evaluation without its 公众满意度 row. */
  private static EvaluationReport withoutSatisfaction() {
    var d = Tables.document();
    var e = d.selfEvaluations().get(0);
    var rows = e.rows().stream().filter(r -> !r.indicator().equals("公众满意度")).toList();
    var shorter = new dev.perf.model.SelfEvaluation(e.projectCode(), e.initialBudget(), e.annualBudget(),
        e.adjustedBudget(), e.spent(), e.executionPoints(), e.executionClaimedScore(), e.executionReason(),
        e.claimedTotal(), rows);
    return dev.perf.eval.score.Evaluator.evaluate(d.projects().get(0), shorter,
        dev.perf.eval.policy.ScoringPolicy.national());
  }

  @Test
  void claims() {
    assertThat(report).hasNoFlaggedClaims();
    String text = "项目 \"XM-1\" \"卫片执法\" { 预算 7.29 指标 { 产出指标 { 数量指标 { \"卫片执法补助经费\"：≤72890 元 } } } }\n"
        + "自评 \"XM-1\" {\n  全年预算数 7.29  全年执行数 7.29\n  \"卫片执法补助经费\"：72890 元  分值 90  得分 50\n}\n";
    var d = Tables.parse(text);
    var claimed = dev.perf.eval.score.Evaluator.evaluate(d.projects().get(0), d.selfEvaluations().get(0),
        dev.perf.eval.policy.ScoringPolicy.national());
    assertThatThrownBy(() -> assertThat(claimed).hasNoFlaggedClaims())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the claimed scores of 项目 \"XM-1\" \"卫片执法\" to hold but")
        .hasMessageContaining("卫片执法补助经费");
  }
}
