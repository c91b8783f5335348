package org.example.budget;

import static dev.perf.testkit.PerfAssertions.assertThat;

import dev.perf.dsl.ParseResult;
import dev.perf.model.Project;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.PerfFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the budget office checks in the 乐亭县委网信办 2025 target tables. */
class LaotingTargetTableTest {
  private static final String PROPAGANDA = "13022525P00NB79100162";
  private static final String MONITORING = "13022525P00NB7910015E";

  private final ParseResult file = PerfFiles.parse(Path.of("../laoting-2025.perf"));

  @Test
  void theFileHasOnlyTheKnownWarning() {
    assertThat(file)
        .hasNoErrors()
        .hasExactlyDiagnostics("PERF-W202")
        .ignoringRules("PERF-W202")
        .hasNoDiagnosticsAtOrAbove(Severity.INFO);
  }

  @Test
  void theDepartmentAndItsTwoProjects() {
    assertThat(file).document()
        .hasDepartment("224001")
        .hasProjectCount(2)
        .eachProject(p -> p.hasYear(2025).hasCategory("产出指标").hasCategory("效益指标").hasCategory("满意度指标"));
  }

  @Test
  void propagandaProject() {
    Project project = file.document().project(PROPAGANDA).orElseThrow();
    assertThat(project)
        .hasName("网络强军建设及网络宣传经费")
        .budgetEquals("20.00 万元")
        .budgetEquals("200000 元")
        .hasFundingSource("财政资金", "20")
        .hasIndicatorCount(7)
        .hasSubCategory("产出指标", "成本指标");
    assertThat(project).hasIndicator("培训合格率").withTarget("≥98%").isQuantitative().hasTargetUnit("%")
        .isInSubCategory("质量指标").hasDescription("培训合格率（%）");
    assertThat(project).hasIndicator("组织开展网络宣传活动次数").withTarget("≥ 30 场");
    assertThat(project).hasIndicator("随机考核工作完成时限").withTarget("及时完成").isQualitative();
    assertThat(project).hasIndicator("控制在预算内").withTarget("≤220000 元").hasNoPoints();
  }

  @Test
  void everyIndicatorStatesItsBasis() {
    assertThat(file).project(MONITORING)
        .budgetEquals("61 万元")
        .eachIndicator(i -> i.hasBasis("年初工作安排"));
  }

  @Test
  void satisfactionIsMeasuredAgainstAtLeast98Percent() {
    for (Project p : file.document().projects()) {
      assertThat(p).hasIndicator("公众满意度").isInCategory("满意度").withTarget("≥98%");
    }
  }
}
