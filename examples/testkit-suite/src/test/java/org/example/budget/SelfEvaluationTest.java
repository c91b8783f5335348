package org.example.budget;

import static dev.perf.testkit.PerfAssertions.assertThat;

import dev.perf.eval.monitor.TrafficLight;
import dev.perf.eval.score.OverallGrade;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.monitoring.Possibility;
import dev.perf.testkit.junit.EvaluatedProject;
import dev.perf.testkit.junit.MonitoredProject;
import dev.perf.testkit.junit.PerfFolder;
import dev.perf.testkit.junit.PerfItem;
import dev.perf.testkit.junit.PerfSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** Year-end self-evaluations and mid-year monitoring of our projects. */
class SelfEvaluationTest {
  @ParameterizedTest
  @PerfSource(value = "classpath:tables", each = PerfItem.SELF_EVALUATION)
  void everySelfEvaluationIsAtLeastGood(EvaluatedProject e) {
    assertThat(e.evaluate())
        .hasTotalAtLeast("80")
        .hasExecutionRateAtLeast("90")
        .hasNoFlaggedClaims()
        .hasNoFindingsAtOrAbove(Severity.WARNING);
  }

  @ParameterizedTest
  @PerfSource(value = "classpath:tables", each = PerfItem.MONITORING)
  void noProjectIsFarBehindPlan(MonitoredProject m) {
    assertThat(m.check()).isNotRed().hasNoFindingsAtOrAbove(Severity.WARNING);
  }

  @Test
  void theRoadProjectIsExcellent() {
    EvaluatedProject road = PerfFolder.load("classpath:tables").selfEvaluations().get(0);
    assertThat(road.evaluate())
        .hasTotalAtLeast("90")
        .hasGrade(OverallGrade.EXCELLENT)
        .indicator("市民满意度").isMet().hasScore("10");
  }

  @Test
  void theRoadProjectIsOnPlanAtMidYear() {
    MonitoredProject road = PerfFolder.load("classpath:tables").monitorings().get(0);
    assertThat(road.check()).hasLight(TrafficLight.GREEN).hasExecutionRateAtLeast("45")
        .indicator("路面修补面积").isProjectedToMeet().hasPossibility(Possibility.CERTAIN);
  }
}
