package org.example.budget;

import static dev.perf.testkit.PerfAssertions.assertThat;

import dev.perf.model.Project;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.junit.PerfSource;
import org.junit.jupiter.params.ParameterizedTest;

/** Rules every project of the unit must keep; each project is its own test case, named by code and name. */
class ProjectRulesTest {
  @ParameterizedTest
  @PerfSource("..")
  void everyProjectHasTheThreeFirstLevelCategories(Project project) {
    assertThat(project).hasCategory("产出指标").hasCategory("效益指标").hasCategory("满意度指标");
  }

  @ParameterizedTest
  @PerfSource("..")
  void everyProjectHasABudgetAndNoValidationErrors(Project project) {
    assertThat(project).hasNoDiagnosticsAtOrAbove(Severity.ERROR);
    assertThat(project.budget()).isPresent();
  }

  @ParameterizedTest
  @PerfSource("classpath:tables")
  void ourProjectsMeasureSatisfactionByNumbers(Project project) {
    assertThat(project).hasSubCategory("满意度指标", "服务对象满意度指标")
        .eachIndicator(i -> i.hasBasis("年度养护计划"));
    assertThat(project).hasNoDiagnosticsAtOrAbove(Severity.WARNING);
  }
}
