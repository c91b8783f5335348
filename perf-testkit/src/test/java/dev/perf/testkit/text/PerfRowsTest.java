package dev.perf.testkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.model.Project;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.evaluation.Graded;
import dev.perf.testkit.fixture.Tables;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerfRowsTest {
  private final Project project = Tables.project();

  @Test
  void rowsInCanonicalForm() {
    assertThat(PerfRows.row(project.indicators().orElseThrow().indicator("培训合格率").orElseThrow()))
        .isEqualTo("培训合格率：≥98% 描述 \"培训合格率（%）\"");
    assertThat(PerfRows.actual(new Graded(Grade.PARTIAL, Optional.of(new BigDecimal("75"))))).isEqualTo("部分达成 75%");
  }

  @Test
  void tableAndBudget() {
    assertThat(PerfRows.table(project, 2)).startsWith("  指标 依据 \"年初工作安排\" {\n    产出指标 {")
        .endsWith("\n  }");
    assertThat(PerfRows.budget(project, 0)).isEqualTo("金额单位 万元\n预算 20.00 { 财政资金 20.00  其他资金 0 }");
    assertThat(PerfRows.table(Project.of("P", "空"), 2)).isEqualTo("  （没有指标表 / no indicator table）");
  }
}
