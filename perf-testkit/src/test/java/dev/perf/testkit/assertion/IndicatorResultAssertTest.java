package dev.perf.testkit.assertion;

import static dev.perf.testkit.PerfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.ResultStatus;
import dev.perf.testkit.fixture.Tables;
import org.junit.jupiter.api.Test;

class IndicatorResultAssertTest {
  private final EvaluationReport report = Tables.evaluation();

  @Test
  void metRow() {
    assertThat(report).indicator("培训合格率").isMet().hasScore("12.5").hasScoreAtLeast("12").hasPoints("12.50")
        .hasStatus(ResultStatus.SCORED);
  }

  @Test
  void unmetRow() {
    assertThat(report).indicator("公众满意度").isNotMet().hasScore("9.95");
    assertThat(report.indicator("公众满意度").orElseThrow()).isNotMet();
  }

  @Test
  void unmetRowFailsIsMetWithTargetAndActual() {
    assertThatThrownBy(() -> assertThat(report).indicator("公众满意度").isMet())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the indicator \"公众满意度\" of 项目 \"13022525P00NB79100162\" \"网络强军建设及网络宣传经费\" to be met but it is not:")
        .hasMessageContaining("公众满意度：≥98%  ← 97.5%  偏差原因 \"个别群众对办理时效不满意\"  得分 9.95 / 10.00  完成率 99.49%  未达成 (not met)");
  }

  @Test
  void metRowFailsIsNotMet() {
    assertThatThrownBy(() -> assertThat(report).indicator("培训合格率").isNotMet())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not to be met but it is:\n    培训合格率：≥98%  ← 99%");
  }

  @Test
  void wrongScoreOrPointsFail() {
    assertThatThrownBy(() -> assertThat(report).indicator("公众满意度").hasScore("10"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to score 10 but it scores 9.95");
    assertThatThrownBy(() -> assertThat(report).indicator("公众满意度").hasScoreAtLeast("9.96"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to score at least 9.96 but it scores 9.95");
    assertThatThrownBy(() -> assertThat(report).indicator("公众满意度").hasPoints("15"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be scored out of 15 points but it is out of 10.00");
  }

  @Test
  void wrongStatusFails() {
    assertThatThrownBy(() -> assertThat(report).indicator("公众满意度").hasStatus(ResultStatus.MISSING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be missing (缺少完成值) but it is scored (已评分)");
  }
}
