package dev.perf.testkit.assertion;

import static dev.perf.testkit.PerfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.fixture.Tables;
import org.junit.jupiter.api.Test;

class ParseResultAssertTest {
  /** The seed's table: validation reports one warning, the cost ceiling ≤22 万元 above the budget 20.00. */
  private final ParseResult seed = Tables.parsed();
  private final ParseResult broken = PerfParser.parse(
      "项目 \"A-1\" \"缺少冒号\" {\n  指标 {\n    产出指标 {\n      质量指标 { 培训合格率 ≥98% }\n    }\n  }\n}\n", "broken.perf");

  @Test
  void noErrorsButOneWarning() {
    assertThat(seed)
        .hasNoErrors()
        .hasNoDiagnosticsAtOrAbove(Severity.ERROR)
        .hasDiagnostic("PERF-W202")
        .hasExactlyDiagnostics("PERF-W202")
        .hasDiagnosticCount(Severity.WARNING, 1);
  }

  @Test
  void warningFailsHasNoDiagnosticsAtOrAboveWarningWithTheRenderedLine() {
    assertThatThrownBy(() -> assertThat(seed).hasNoDiagnosticsAtOrAbove(Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting laoting.perf to have no diagnostics at or above warning but it has 1:")
        .hasMessageContaining("警告[PERF-W202]: 成本指标「控制在预算内」的上限 ≤22 万元 超过项目预算数 20.00 万元")
        .hasMessageContaining("成本指标 { 控制在预算内：≤22 万元 }")
        .hasMessageContaining("^^^^^^^^");
  }

  @Test
  void ignoringRules() {
    assertThat(seed).ignoringRules("PERF-W202").hasNoDiagnostics();
  }

  @Test
  void anyDiagnosticFailsHasNoDiagnostics() {
    assertThatThrownBy(() -> assertThat(seed).hasNoDiagnostics())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("at or above info but it has 1:");
  }

  @Test
  void syntaxErrorFailsHasNoErrors() {
    assertThatThrownBy(() -> assertThat(broken).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("错误[PERF-E005]: “培训合格率”后缺少冒号")
        .hasMessageContaining(" --> broken.perf:4:14")
        .hasMessageContaining("= 提示: 写作 培训合格率：≥98%");
  }

  @Test
  void missingOrUnexpectedDiagnosticsFail() {
    assertThatThrownBy(() -> assertThat(seed).hasDiagnostic("PERF-E005"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a diagnostic PERF-E005 but it has 1 [PERF-W202]:");
    assertThatThrownBy(() -> assertThat(seed).ignoringRules("PERF-W202").hasDiagnostic("PERF-W202"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a diagnostic PERF-W202 but it has none.");
    assertThatThrownBy(() -> assertThat(seed).hasExactlyDiagnostics())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have exactly the diagnostics [] but it has 1 [PERF-W202]:");
    assertThatThrownBy(() -> assertThat(seed).hasDiagnosticCount(Severity.ERROR, 1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have 1 diagnostic(s) at or above error but it has 1 [PERF-W202]:");
  }

  @Test
  void disabledInTheFile() {
    ParseResult quiet = PerfParser.parse("# perf:disable PERF-W202\n" + seed.source(), "quiet.perf");
    assertThat(quiet).hasNoDiagnostics();
  }

  @Test
  void navigatesToTheDocumentAndProjects() {
    assertThat(seed).document().hasProjectCount(1);
    assertThat(seed).project(Tables.CODE).hasIndicator("公众满意度").withTarget("≥98%");
  }

  @Test
  void navigatingABrokenFileFailsWithItsErrors() {
    assertThatThrownBy(() -> assertThat(broken).project("A-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PERF-E005");
  }

  @Test
  void descriptionSurvivesIgnoringRules() {
    assertThatThrownBy(() -> assertThat(broken).as("预算股").ignoringRules("PERF-W202").hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[预算股]");
  }
}
