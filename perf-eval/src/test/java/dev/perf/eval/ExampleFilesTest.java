package dev.perf.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.eval.monitor.Monitor;
import dev.perf.eval.monitor.MonitoringReport;
import dev.perf.eval.monitor.TrafficLight;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.ClaimLine;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.Evaluator;
import dev.perf.eval.score.OverallGrade;
import dev.perf.eval.validate.Validator;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed tables in examples/ evaluated end to end: parsed from the .perf files, validated, scored
 * under the national policy and monitored. The totals are worked by hand below.
 */
class ExampleFilesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  private static Document both() throws IOException {
    List<DocumentItem> items = new ArrayList<>();
    for (String f : List.of("laoting-2025.perf", "laoting-2025-evaluation.perf")) {
      ParseResult r = PerfParser.parse(EXAMPLES.resolve(f));
      assertThat(r.diagnostics()).as(f).isEmpty();
      items.addAll(r.document().items());
    }
    return new Document(items);
  }

  @Test
  void theTargetTablesHaveExactlyTheCostCeilingWarning() throws IOException {
    ParseResult r = PerfParser.parse(EXAMPLES.resolve("laoting-2025.perf"));
    List<Diagnostic> findings = Validator.standard().validate(r.document(), r.sourceMap());
    assertThat(findings).extracting(Diagnostic::ruleId).containsExactly("PERF-W202");
    assertThat(findings.get(0).span().orElseThrow().line()).isEqualTo(44);
    assertThat(findings.get(0).message().zh()).contains("22").contains("20.00");
  }

  @Test
  void tablesAndRecordsTogetherStillHaveOnlyThatWarning() throws IOException {
    assertThat(Validator.standard().validate(both())).extracting(Diagnostic::ruleId).containsExactly("PERF-W202");
  }

  @Test
  void recordsInTheirOwnFileAreCheckedAgainstProjectsElsewhere() throws IOException {
    ParseResult tables = PerfParser.parse(EXAMPLES.resolve("laoting-2025.perf"));
    ParseResult records = PerfParser.parse(EXAMPLES.resolve("laoting-2025-evaluation.perf"));
    assertThat(Validator.standard().validate(records.document(), records.sourceMap()))
        .extracting(Diagnostic::ruleId).containsExactly("PERF-E301", "PERF-E301", "PERF-E301");
    assertThat(Validator.standard().validate(records.document(), records.sourceMap(), java.util.Set.of(),
        dev.perf.eval.validate.ProjectLookup.of(tables.document().projects()))).isEmpty();
  }

  /**
   * Project 1 (national policy, 10 + 50 + 30 + 10): execution 19.60 / 20.00 = 98% → 9.8;
   * 产出 50 over four indicators, 12.5 each, all met (34 ≥ 30 场, 99% ≥ 98%, 达成, 19.60 ≤ 22 万元) → 50;
   * 效益 30 over two, 15 each: 部分达成 75% → 11.25, 达成 90% → 13.5;
   * 满意度 10: 97.5% against ≥98% → 10 × 97.5 / 98 = 9.948979…;
   * total 9.8 + 50 + 24.75 + 9.948979… = 94.498979… → 94.50, 优.
   */
  @Test
  void projectOneScoresByHand() throws IOException {
    EvaluationReport r = report(both(), "13022525P00NB79100162");
    assertThat(r.total()).isEqualByComparingTo("94.50");
    assertThat(r.totalExact()).isBetween(new java.math.BigDecimal("94.4989"), new java.math.BigDecimal("94.4990"));
    assertThat(r.grade()).isEqualTo(OverallGrade.EXCELLENT);
  }

  /**
   * Project 2: execution 58.56 / 61.00 = 96% → 9.6; 产出 all four met → 50; 效益 达成 → 15,
   * 达成 95% → 14.25; 满意度 98.5% ≥ 98% → 10; total 98.85, 优. The unit claimed 15 for
   * 网络安全稳定运行 and 99.6 in total: both 0.75 above the computed score, beyond the 0.5 tolerance.
   */
  @Test
  void projectTwoScoresByHandAndItsClaimsAreReviewed() throws IOException {
    EvaluationReport r = report(both(), "13022525P00NB7910015E");
    assertThat(r.total()).isEqualByComparingTo("98.85");
    assertThat(r.grade()).isEqualTo(OverallGrade.EXCELLENT);
    assertThat(r.claims().flagged()).extracting(ClaimLine::item).contains("网络安全稳定运行");
    assertThat(r.claims().total()).hasValueSatisfying(t -> {
      assertThat(t.flagged()).isTrue();
      assertThat(t.difference()).hasValueSatisfying(d -> assertThat(d.abs()).isEqualByComparingTo("0.75"));
    });
  }

  /** 90 points spread over seven indicators is 90, not a rescaling: the division's last digit must not count. */
  @Test
  void sichuanPolicySpreadsNinetyPointsWithoutASpuriousRescale() throws IOException {
    EvaluationReport r = Evaluator.evaluate(both(), ScoringPolicy.sichuan()).stream()
        .filter(x -> x.projectCode().equals("13022525P00NB79100162")).findFirst().orElseThrow();
    assertThat(r.findings(dev.perf.eval.finding.FindingKind.POINTS_RESCALED)).isEmpty();
  }

  /** Planned at 07-31: 50% + 25% × 31 / 123 = 56.30%; spent 9.80 / 20.00 = 49%: 7.3 points behind, green. */
  @Test
  void midYearMonitoringIsGreen() throws IOException {
    Document d = both();
    MonitoringReport m = Monitor.check(d.project("13022525P00NB79100162").orElseThrow(), d.monitorings().get(0));
    assertThat(m.budget().plannedPercent().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("56.30");
    assertThat(m.budget().executionRatePercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("49"));
    assertThat(m.budget().light()).contains(TrafficLight.GREEN);
  }

  private static EvaluationReport report(Document d, String code) {
    return Evaluator.evaluate(d, ScoringPolicy.national()).stream()
        .filter(r -> r.projectCode().equals(code)).findFirst().orElseThrow();
  }
}
