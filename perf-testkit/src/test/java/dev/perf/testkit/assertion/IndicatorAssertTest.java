package dev.perf.testkit.assertion;

import static dev.perf.testkit.PerfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.model.Indicator;
import dev.perf.model.Project;
import dev.perf.testkit.fixture.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorAssertTest {
  private final Project project = Tables.project();

  private static Indicator row(String row) {
    Project p = Tables.parse("项目 \"P\" \"P\" { 指标 { 产出指标 { 质量指标 {\n" + row + "\n} } } }").project("P").orElseThrow();
    return p.indicators().orElseThrow().indicators().findFirst().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"≥98%", "≥ 98 %", ">=98%", "＞＝98％", "≥98.0%", "≥980‰"})
  void targetsCompareByMeaning(String spelling) {
    assertThat(project).hasIndicator("培训合格率").withTarget(spelling);
  }

  @Test
  void otherFormsOfTarget() {
    assertThat(row("成本：≤22 万元")).hasTarget("≤220000 元");
    assertThat(row("覆盖率：40%～45%")).hasTarget("[40, 45] %");
    assertThat(row("完工：2025年6月30日前")).hasTarget("≤ 2025-06-30");
    assertThat(row("归档率：100%")).hasTarget("=100%");
    assertThat(row("时限：及时完成")).hasTarget("及时完成");
  }

  @Test
  void wrongTargetShowsExpectedAndTheRow() {
    assertThatThrownBy(() -> assertThat(project).hasIndicator("培训合格率").withTarget("≥99%"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the indicator \"培训合格率\" (产出指标 / 质量指标 of 项目 \"13022525P00NB79100162\"")
        .hasMessageContaining("to have the target\n  ≥99%\nbut the row is\n  培训合格率：≥98% 描述 \"培训合格率（%）\"");
  }

  @Test
  void differentFormsOrUnitsDiffer() {
    assertThatThrownBy(() -> assertThat(row("次数：≥30 场")).hasTarget("≥30 次"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("次数：≥30 场");
    assertThatThrownBy(() -> assertThat(row("次数：≥30 场")).hasTarget(">30 场"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("to have the target\n  >30 场");
    assertThatThrownBy(() -> assertThat(row("率：98%")).hasTarget("≥98%"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("but the row is\n  率：98%");
  }

  @Test
  void unparsableExpectationIsAMistakeInTheTest() {
    assertThatThrownBy(() -> assertThat(project).hasIndicator("培训合格率").withTarget("≥≥98"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a target value: \"≥≥98\"");
  }

  @Test
  void quantitativeAndQualitative() {
    assertThat(project).hasIndicator("组织开展网络宣传活动次数").isQuantitative().hasTargetUnit("场");
    assertThat(project).hasIndicator("增强影响力").isQualitative();
  }

  @Test
  void qualitativeIsNotQuantitative() {
    assertThatThrownBy(() -> assertThat(project).hasIndicator("增强影响力").isQuantitative())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be quantitative (定量) but its target is in words or a date:\n  增强影响力：不断增强");
  }

  @Test
  void quantitativeIsNotQualitative() {
    assertThatThrownBy(() -> assertThat(project).hasIndicator("公众满意度").isQualitative())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be qualitative (定性) but its target is a number:\n  公众满意度：≥98%");
  }

  @Test
  void wrongUnitFails() {
    assertThatThrownBy(() -> assertThat(project).hasIndicator("控制在预算内").hasTargetUnit("元"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be in \"元\" but the row is\n  控制在预算内：≤22 万元");
  }

  @Test
  void points() {
    assertThat(row("成本：≤90万元 分值 8")).hasPoints(8).hasPoints("8.0");
    assertThat(project).hasIndicator("公众满意度").hasNoPoints();
  }

  @Test
  void wrongPointsFail() {
    assertThatThrownBy(() -> assertThat(row("成本：≤90万元 分值 8")).hasPoints("10"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have 分值 10 but the row is\n  成本：≤90 万元 分值 8");
    assertThatThrownBy(() -> assertThat(project).hasIndicator("公众满意度").hasPoints(10))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but the row is\n  公众满意度：≥98%");
    assertThatThrownBy(() -> assertThat(row("成本：≤90万元 分值 8")).hasNoPoints())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to state no 分值 but the row is\n  成本：≤90 万元 分值 8");
  }

  @Test
  void descriptionAndBasis() {
    assertThat(project).hasIndicator("培训合格率").hasDescription("培训合格率（%）").hasBasis("年初工作安排");
    assertThat(row("成本：≤90万元 依据 \"计划标准\"")).hasBasis("计划标准");
  }

  @Test
  void wrongDescriptionOrBasisFails() {
    assertThatThrownBy(() -> assertThat(project).hasIndicator("公众满意度").hasDescription("满意度"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the 描述 \"满意度\" but the row is\n  公众满意度：≥98%");
    assertThatThrownBy(() -> assertThat(project).hasIndicator("公众满意度").hasBasis("计划标准"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the 依据 \"计划标准\" but it has \"年初工作安排\"");
  }

  @Test
  void categories() {
    assertThat(project).hasIndicator("公众满意度").isInCategory("满意度").isInSubCategory("服务对象满意度指标");
  }

  @Test
  void wrongCategoryFails() {
    assertThatThrownBy(() -> assertThat(project).hasIndicator("控制在预算内").isInCategory("成本指标"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be under 成本指标 but it is under 产出指标 / 成本指标:\n  控制在预算内：≤22 万元");
    assertThatThrownBy(() -> assertThat(project).hasIndicator("控制在预算内").isInSubCategory("数量指标"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be under 数量指标 but it is under 产出指标 / 成本指标");
  }

  @Test
  void categoryOfALooseRowIsAMistakeInTheTest() {
    assertThatThrownBy(() -> assertThat(row("a：1")).isInCategory("产出指标"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hasIndicator");
  }
}
