package dev.perf.testkit.assertion;

import static dev.perf.testkit.PerfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.model.Document;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.fixture.Tables;
import org.junit.jupiter.api.Test;

class DocumentAssertTest {
  private final Document document = Tables.document();

  @Test
  void projectsAndRecords() {
    assertThat(document)
        .hasProjectCount(1)
        .hasSelfEvaluationOf(Tables.CODE)
        .hasMonitoringOf(Tables.CODE);
    assertThat(document).hasProject(Tables.CODE).hasName("网络强军建设及网络宣传经费");
    assertThat(document).hasProjectNamed("网络强军建设及网络宣传经费").hasCode(Tables.CODE);
  }

  @Test
  void wrongProjectCountListsTheProjects() {
    assertThatThrownBy(() -> assertThat(document).hasProjectCount(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to hold 2 project(s) but it holds 1:\n  项目 \"13022525P00NB79100162\" \"网络强军建设及网络宣传经费\"");
  }

  @Test
  void missingProjectListsTheProjects() {
    assertThatThrownBy(() -> assertThat(document).hasProject("13022525P00NB7910015E"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to hold a project with code \"13022525P00NB7910015E\" but its projects are:\n  项目 \"13022525P00NB79100162\"");
    assertThatThrownBy(() -> assertThat(document).hasProjectNamed("网络舆情"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to hold a project named \"网络舆情\"");
    assertThatThrownBy(() -> assertThat(new Document(java.util.List.of())).hasProject("x"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("（没有项目 / no projects）");
  }

  @Test
  void department() {
    Document withDepartment = Tables.parse("部门 \"224001\" \"网信办\" { 年度 2025 }");
    assertThat(withDepartment).hasDepartment("224001");
    assertThatThrownBy(() -> assertThat(withDepartment).hasDepartment("224002"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to hold a department with code \"224002\" but its departments are: [部门 \"224001\" \"网信办\"]");
  }

  @Test
  void missingRecordsFail() {
    assertThatThrownBy(() -> assertThat(document).hasSelfEvaluationOf("X"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("self-evaluation (自评) of \"X\" but it holds self-evaluations of: [\"13022525P00NB79100162\"]");
    assertThatThrownBy(() -> assertThat(document).hasMonitoringOf("X"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("monitoring record (监控) of \"X\" but it holds monitoring records of: [\"13022525P00NB79100162\" 截至 2025-07-31]");
  }

  @Test
  void eachProject() {
    assertThat(document).eachProject(p -> p.hasCategory("满意度指标").hasYear(2025));
  }

  @Test
  void eachProjectNamesTheFailingProjects() {
    assertThatThrownBy(() -> assertThat(document).eachProject(p -> p.hasCategory("成本指标")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 of 1 project(s) fail the requirement:\n-- 项目 \"13022525P00NB79100162\" \"网络强军建设及网络宣传经费\":")
        .hasMessageContaining("to have the category \"成本指标\"");
  }

  @Test
  void validation() {
    assertThat(document).hasNoDiagnosticsAtOrAbove(Severity.ERROR);
  }

  @Test
  void validationFindingFails() {
    Document orphan = Tables.parse("自评 \"X-9\" { 全年执行数 1 }");
    assertThatThrownBy(() -> assertThat(orphan).hasNoDiagnosticsAtOrAbove(Severity.ERROR))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have no diagnostics at or above error but validation reports 1:")
        .hasMessageContaining("错误[PERF-E301]");
  }
}
