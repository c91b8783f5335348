package dev.perf.testkit;

import dev.perf.dsl.ParseResult;
import dev.perf.eval.monitor.IndicatorProgress;
import dev.perf.eval.monitor.MonitoringReport;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.IndicatorResult;
import dev.perf.model.Document;
import dev.perf.model.Indicator;
import dev.perf.model.Project;
import dev.perf.testkit.assertion.DocumentAssert;
import dev.perf.testkit.assertion.EvaluationReportAssert;
import dev.perf.testkit.assertion.IndicatorAssert;
import dev.perf.testkit.assertion.IndicatorProgressAssert;
import dev.perf.testkit.assertion.IndicatorResultAssert;
import dev.perf.testkit.assertion.MonitoringReportAssert;
import dev.perf.testkit.assertion.ParseResultAssert;
import dev.perf.testkit.assertion.ProjectAssert;
import org.assertj.core.api.Assertions;

/**
 * The entry point of the perf assertions. It extends AssertJ's {@link Assertions}, so one static
 * import gives both:
 * <pre>{@code
 * import static dev.perf.testkit.PerfAssertions.assertThat;
 *
 * assertThat(project).hasIndicator("培训合格率").withTarget("≥98%");
 * assertThat(project).hasCategory("满意度指标").budgetEquals("20.00 万元");
 * assertThat(parsed).hasNoDiagnosticsAtOrAbove(Severity.WARNING);
 * assertThat(report).hasTotalAtLeast("90").hasGrade(OverallGrade.EXCELLENT)
 *     .indicator("公众满意度").isMet();
 * assertThat(monitoring).isNotRed();
 * }</pre>
 */
public class PerfAssertions extends Assertions {
  /** For teams that extend the entry point with their own assertions. */
  protected PerfAssertions() {}

  /** Assertions about a parsed file: its diagnostics (with validation) and content. */
  public static ParseResultAssert assertThat(ParseResult actual) {
    return new ParseResultAssert(actual);
  }

  /** Assertions about the content of a file. */
  public static DocumentAssert assertThat(Document actual) {
    return new DocumentAssert(actual);
  }

  /** Assertions about a project target table. */
  public static ProjectAssert assertThat(Project actual) {
    return new ProjectAssert(actual);
  }

  /** Assertions about one indicator row. */
  public static IndicatorAssert assertThat(Indicator actual) {
    return new IndicatorAssert(actual);
  }

  /** Assertions about a computed self-evaluation. */
  public static EvaluationReportAssert assertThat(EvaluationReport actual) {
    return new EvaluationReportAssert(actual);
  }

  /** Assertions about one row of a computed self-evaluation. */
  public static IndicatorResultAssert assertThat(IndicatorResult actual) {
    return new IndicatorResultAssert(actual);
  }

  /** Assertions about a monitoring report. */
  public static MonitoringReportAssert assertThat(MonitoringReport actual) {
    return new MonitoringReportAssert(actual);
  }

  /** Assertions about one goal of a monitoring report. */
  public static IndicatorProgressAssert assertThat(IndicatorProgress actual) {
    return new IndicatorProgressAssert(actual);
  }
}
