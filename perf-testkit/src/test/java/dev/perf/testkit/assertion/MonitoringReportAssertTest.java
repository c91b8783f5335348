package dev.perf.testkit.assertion;

import static dev.perf.testkit.PerfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.monitor.MonitoringReport;
import dev.perf.eval.monitor.TrafficLight;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.monitoring.Possibility;
import dev.perf.testkit.fixture.Tables;
import org.junit.jupiter.api.Test;

class MonitoringReportAssertTest {
  private final MonitoringReport green = Tables.monitoring();
  private final MonitoringReport red = Tables.redMonitoring();

  @Test
  void greenReport() {
    assertThat(green).isNotRed().isGreen().hasLight(TrafficLight.GREEN).hasExecutionRateAtLeast("49")
        .hasFinding(FindingKind.PROJECTION_MISSES);
  }

  @Test
  void redReportFailsIsNotRedWithTheBudgetTrack() {
    assertThatThrownBy(() -> assertThat(red).isNotRed())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the monitoring of 项目 \"13022525P00NB79100162\" \"网络强军建设及网络宣传经费\" as of 2025-07-31 not to be red (红) but it is:")
        .hasMessageContaining("执行数 1.00 / 预算 20.00 万元 = 执行率 5.00%；计划进度 56.30%")
        .hasMessageContaining("预警 红 (red)")
        .hasMessageContaining("培训合格率：≥98%  ← 100%");
  }

  @Test
  void wrongLightFails() {
    assertThatThrownBy(() -> assertThat(red).isGreen())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be green (绿) but it is red (红)");
    assertThatThrownBy(() -> assertThat(green).hasLight(TrafficLight.YELLOW))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be yellow (黄) but it is green (绿)");
  }

  @Test
  void unknownLightFailsRatherThanPassing() {
    var d = Tables.parse("项目 \"P\" \"无预算\" { 年度 2025 }\n监控 \"P\" 截至 2025-07-31 { 执行数 1 }");
    MonitoringReport noBudget = dev.perf.eval.monitor.Monitor.check(d.projects().get(0), d.monitorings().get(0));
    assertThatThrownBy(() -> assertThat(noBudget).isNotRed())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("its light cannot be computed (no 执行数 or no budget)");
  }

  @Test
  void lowExecutionRateFails() {
    assertThatThrownBy(() -> assertThat(red).hasExecutionRateAtLeast("50"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be at least 50% but:");
  }

  @Test
  void everyIndicatorMonitored() {
    assertThatThrownBy(() -> assertThat(green).hasEveryIndicatorMonitored())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to cover every indicator but it leaves out [随机考核工作完成时限, 控制在预算内,");
  }

  @Test
  void findings() {
    assertThat(red).hasNoFindingsAtOrAbove(Severity.ERROR);
    assertThatThrownBy(() -> assertThat(green).hasNoFindingsAtOrAbove(Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("WARNING PROJECTION_MISSES 「公众满意度」");
    assertThatThrownBy(() -> assertThat(green).hasFinding(FindingKind.BEHIND_PLAN))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a finding BEHIND_PLAN but its findings are:");
  }

  @Test
  void goals() {
    assertThat(green).indicator("培训合格率").isMetToDate().isProjectedToMeet();
    assertThat(green).indicator("组织开展网络宣传活动次数").isProjectedToMeet().hasPossibility(Possibility.CERTAIN);
    assertThat(green.indicator("公众满意度").orElseThrow()).hasPossibility(Possibility.POSSIBLE);
  }

  @Test
  void goalsFailWithTheirRows() {
    assertThatThrownBy(() -> assertThat(green).indicator("公众满意度").isProjectedToMeet())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be projected to meet its target but it is projected to miss:")
        .hasMessageContaining("公众满意度：≥98%  ← 96%  预计 97%  可能性 有可能  偏差原因 人员 \"评论员队伍不足\"");
    assertThatThrownBy(() -> assertThat(green).indicator("组织开展网络宣传活动次数").isMetToDate())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be met to date but it is not:\n    组织开展网络宣传活动次数：≥30 场  ← 17 场  预计 32 场");
    assertThatThrownBy(() -> assertThat(green).indicator("培训合格率").hasPossibility(Possibility.CERTAIN))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to state 可能性 确定能 but it states none");
    assertThatThrownBy(() -> assertThat(green).indicator("增强影响力"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a row for the indicator \"增强影响力\" but it has none");
  }
}
