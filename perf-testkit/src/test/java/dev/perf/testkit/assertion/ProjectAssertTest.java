package dev.perf.testkit.assertion;

import static dev.perf.testkit.PerfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.model.MoneyUnit;
import dev.perf.model.Project;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.fixture.Tables;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProjectAssertTest {
  private final Project project = Tables.project();

  @Test
  void codeNameAndYear() {
    assertThat(project).hasCode(Tables.CODE).hasName("网络强军建设及网络宣传经费").hasYear(2025);
  }

  @Test
  void wrongCodeFails() {
    assertThatThrownBy(() -> assertThat(project).hasCode("X-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the code \"X-1\"")
        .hasMessageContaining("项目 \"13022525P00NB79100162\" \"网络强军建设及网络宣传经费\"");
  }

  @Test
  void wrongNameFails() {
    assertThatThrownBy(() -> assertThat(project).hasName("网络宣传经费"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the name \"网络宣传经费\"");
  }

  @Test
  void wrongYearFails() {
    assertThatThrownBy(() -> assertThat(project).hasYear(2024))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have 年度 2024 but it has 年度 2025");
  }

  @Test
  void hasIndicatorNavigatesToTheRow() {
    assertThat(project).hasIndicator("培训合格率").withTarget("≥98%");
  }

  @Test
  void missingIndicatorShowsTheTableAndTheClosestName() {
    assertThatThrownBy(() -> assertThat(project).hasIndicator("培训合格"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have an indicator named \"培训合格\" but it has none (did you mean \"培训合格率\"?)")
        .hasMessageContaining("质量指标 { 培训合格率：≥98% 描述 \"培训合格率（%）\" }")
        .hasMessageContaining("指标 依据 \"年初工作安排\" {");
  }

  @Test
  void hasNoIndicator() {
    assertThat(project).hasNoIndicator("森林覆盖率");
  }

  @Test
  void hasNoIndicatorFailsWithTheRow() {
    assertThatThrownBy(() -> assertThat(project).hasNoIndicator("公众满意度"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have no indicator named \"公众满意度\" but it has\n  公众满意度：≥98%")
        .hasMessageContaining("(in 满意度指标 / 服务对象满意度指标 of 项目");
  }

  @Test
  void indicatorCount() {
    assertThat(project).hasIndicatorCount(7);
  }

  @Test
  void wrongIndicatorCountFails() {
    assertThatThrownBy(() -> assertThat(project).hasIndicatorCount(8))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have 8 indicator(s) but it has 7")
        .hasMessageContaining("数量指标 { 组织开展网络宣传活动次数：≥30 场 }");
  }

  @Test
  void hasCategoryWithOrWithoutTheSuffix() {
    assertThat(project).hasCategory("满意度指标").hasCategory("产出").hasSubCategory("产出指标", "成本");
  }

  @Test
  void missingCategoryFails() {
    assertThatThrownBy(() -> assertThat(project).hasCategory("成本指标"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the category \"成本指标\" but its categories are [产出指标, 效益指标, 满意度指标]");
  }

  @Test
  void missingSubCategoryFails() {
    assertThatThrownBy(() -> assertThat(project).hasSubCategory("效益指标", "生态效益指标"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the sub-category \"生态效益指标\" but it has [社会效益指标, 可持续影响指标]");
  }

  @Test
  void budgetEqualsByValueAcrossUnits() {
    assertThat(project)
        .budgetEquals("20.00 万元")
        .budgetEquals("20 万元")
        .budgetEquals("200000 元")
        .budgetEquals("200,000.00 元")
        .budgetEquals("20")
        .budgetEquals(new BigDecimal("0.002"), MoneyUnit.YI_YUAN);
  }

  @Test
  void wrongBudgetShowsTheBudgetRow() {
    assertThatThrownBy(() -> assertThat(project).budgetEquals("210000 元"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to equal 210000 元 but it is:\n  金额单位 万元\n  预算 20.00 { 财政资金 20.00  其他资金 0 }");
  }

  @Test
  void projectWithoutBudgetFailsBudgetEquals() {
    assertThatThrownBy(() -> assertThat(Project.of("P-1", "无预算")).budgetEquals("0"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("（没有预算 / no budget）");
  }

  @Test
  void notAnAmountIsAMistakeInTheTest() {
    assertThatThrownBy(() -> assertThat(project).budgetEquals("二十万"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an amount of money");
  }

  @Test
  void fundingSource() {
    assertThat(project).hasFundingSource("财政资金", "200000 元").hasFundingSource("其他资金", "0");
  }

  @Test
  void wrongFundingSourceFails() {
    assertThatThrownBy(() -> assertThat(project).hasFundingSource("上年结转资金", "1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the funding source 上年结转资金 of 1 万元 but its budget is:")
        .hasMessageContaining("预算 20.00 { 财政资金 20.00  其他资金 0 }");
  }

  @Test
  void eachIndicator() {
    assertThat(project).eachIndicator(i -> i.hasBasis("年初工作安排"));
  }

  @Test
  void eachIndicatorReportsEveryFailingRow() {
    assertThatThrownBy(() -> assertThat(project).eachIndicator(IndicatorAssert::isQuantitative))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("3 of 7 indicator(s) of 项目 \"13022525P00NB79100162\"")
        .hasMessageContaining("-- 随机考核工作完成时限：及时完成:")
        .hasMessageContaining("-- 增强影响力：不断增强:");
  }

  @Test
  void nullProjectFails() {
    assertThatThrownBy(() -> assertThat((Project) null).hasCode("x"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void descriptionPrefixesTheMessage() {
    assertThatThrownBy(() -> assertThat(project).as("网信办").hasYear(2026))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[网信办]");
  }

  @Test
  void validation() {
    assertThat(project).hasNoDiagnosticsAtOrAbove(Severity.ERROR);
  }

  @Test
  void validationFindingFailsWithTheDiagnosticAndTheRows() {
    assertThatThrownBy(() -> assertThat(project).hasNoDiagnosticsAtOrAbove(Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have no diagnostics at or above warning but validation reports 1:")
        .hasMessageContaining("警告[PERF-W202]")
        .hasMessageContaining("预算 20.00 { 财政资金 20.00  其他资金 0 }")
        .hasMessageContaining("成本指标 { 控制在预算内：≤22 万元 }");
  }
}
