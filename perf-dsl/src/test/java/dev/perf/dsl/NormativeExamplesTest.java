package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.model.Department;
import dev.perf.model.Document;
import dev.perf.model.FundingSource;
import dev.perf.model.Indicator;
import dev.perf.model.MoneyUnit;
import dev.perf.model.Monitoring;
import dev.perf.model.PlanPoint;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.monitoring.MonitoringRow;
import dev.perf.model.monitoring.Possibility;
import dev.perf.model.monitoring.ReasonCategory;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Comparator;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every normative example of the language notes parses exactly as written and means what they say. */
class NormativeExamplesTest {
  private static final Path DIR = Goldens.resources().resolve("normative");

  private static ParseResult parse(String file) throws IOException {
    ParseResult r = PerfParser.parse(Files.readString(DIR.resolve(file)), file);
    assertThat(r.diagnostics()).as("diagnostics of %s", file).isEmpty();
    return r;
  }

  @Test
  void seedDepartment() throws IOException {
    Department d = parse("seed.perf").document().departments().get(0);
    assertThat(d.code()).isEqualTo("224001");
    assertThat(d.name()).isEqualTo("中共乐亭县委网络安全和信息化委员会办公室本级");
    assertThat(d.year()).contains(Year.of(2025));
    assertThat(d.moneyUnit()).contains(MoneyUnit.WAN_YUAN);
    assertThat(d.overallGoal()).contains("深入学习宣传习近平总书记重要讲话以及重大会议精神以及各项政策，\n营造乐亭县积极向上的网络空间。");
    assertThat(d.subGoals()).containsExactly(
        "组织各级网评员学习培训，提高受训人员的新媒体制作、应急处置、舆论引导水平。",
        "通过购买舆情监测服务，监测和研判重大网络事件和舆情、舆情处置。");
    assertThat(d.measures()).containsExactly("完善制度建设", "加强支出管理", "加强绩效运行监控");
  }

  @Test
  void seedProject() throws IOException {
    Project p = parse("seed.perf").document().projects().get(0);
    assertThat(p.code()).isEqualTo("13022525P00NB79100162");
    assertThat(p.name()).isEqualTo("网络强军建设及网络宣传经费");
    assertThat(p.unit().orElseThrow().code()).isEqualTo("224001");
    assertThat(p.year()).contains(Year.of(2025));
    assertThat(p.effectiveMoneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.budget().orElseThrow().total()).isEqualByComparingTo("20.00");
    assertThat(p.budget().orElseThrow().sources()).containsExactly(
        new FundingSource("财政资金", new BigDecimal("20.00")), new FundingSource("其他资金", new BigDecimal("0")));
    assertThat(p.purpose()).contains("组织各级网评员学习培训，提高受训人员的新媒体制作、应急处置、舆论引导水平。");
    assertThat(p.plan().orElseThrow().points()).containsExactly(
        new PlanPoint(MonthDay.of(3, 31), new BigDecimal("25")), new PlanPoint(MonthDay.of(6, 30), new BigDecimal("50")),
        new PlanPoint(MonthDay.of(10, 31), new BigDecimal("75")), new PlanPoint(MonthDay.of(12, 31), new BigDecimal("100")));
    assertThat(p.goals()).hasSize(2).last().isEqualTo("组织网评员开展网评、辟谣等活动，提高网评员的新媒体制作水平、应急处置和舆情引导能力。");
    var table = p.indicators().orElseThrow();
    assertThat(table.basis()).contains("年初工作安排");
    assertThat(table.categories()).extracting(c -> c.name()).containsExactly("产出指标", "效益指标", "满意度指标");
    assertThat(table.categories().get(0).subCategories()).extracting(s -> s.name())
        .containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
    assertThat(table.indicators().map(Indicator::name)).containsExactly("组织开展网络宣传活动次数", "培训合格率",
        "随机考核工作完成时限", "控制在预算内", "构建清朗网络空间，提高社会治理", "增强影响力", "公众满意度");
    assertThat(target(table.indicator("组织开展网络宣传活动次数"))).isEqualTo(new Comparison(Comparator.AT_LEAST, Quantity.of("30", Unit.of("场"))));
    assertThat(target(table.indicator("培训合格率"))).isEqualTo(new Comparison(Comparator.AT_LEAST, Quantity.of("98", Unit.PERCENT)));
    assertThat(target(table.indicator("随机考核工作完成时限"))).isEqualTo(new Qualitative("及时完成"));
    assertThat(target(table.indicator("控制在预算内"))).isEqualTo(new Comparison(Comparator.AT_MOST, Quantity.of("22", Unit.WAN_YUAN)));
    assertThat(target(table.indicator("增强影响力"))).isEqualTo(new Qualitative("不断增强"));
    assertThat(table.basisOf(table.indicator("公众满意度").orElseThrow())).contains("年初工作安排");
  }

  private static Target target(Optional<Indicator> i) {
    return i.orElseThrow().target();
  }

  @Test
  void everyTargetValueLineMeansWhatTheNotesSay() throws IOException {
    String rows = Files.readString(DIR.resolve("target-values.txt"));
    String doc = "项目 \"T\" \"目标值\" {\n  指标 {\n    产出指标 {\n      数量指标 {\n" + rows + "      }\n    }\n  }\n}\n";
    ParseResult r = PerfParser.parse(doc, "target-values");
    assertThat(r.diagnostics()).isEmpty();
    List<Indicator> indicators = r.document().projects().get(0).indicators().orElseThrow().indicators().toList();
    assertThat(indicators).extracting(Indicator::target).containsExactly(
        new Comparison(Comparator.AT_LEAST, Quantity.of("30", Unit.of("场"))),
        new Comparison(Comparator.AT_LEAST, Quantity.of("98", Unit.PERCENT)),
        new Comparison(Comparator.AT_LEAST, Quantity.of("90", Unit.PERCENT)),
        new Comparison(Comparator.AT_MOST, Quantity.of("90", Unit.WAN_YUAN)),
        new Comparison(Comparator.LESS_THAN, Quantity.of("5", Unit.of("件"))),
        new Exact(Quantity.of("100", Unit.PERCENT)),
        new Exact(Quantity.of("100", Unit.PERCENT)),
        new Range(new BigDecimal("40"), new BigDecimal("45"), Unit.PERCENT),
        new Range(new BigDecimal("2"), new BigDecimal("4"), Unit.of("个工作日")),
        new Deadline(LocalDate.of(2025, 6, 30)),
        new Deadline(LocalDate.of(2025, 6, 30)),
        new Qualitative("及时完成"),
        new Qualitative("保持清朗"));
    Indicator cost = indicators.get(3);
    assertThat(cost.description()).contains("项目总成本控制在预算内");
    assertThat(cost.basis()).contains("计划标准");
    assertThat(cost.points()).contains(new BigDecimal("8"));
  }

  @Test
  void selfEvaluationAndMonitoring() throws IOException {
    Document doc = parse("self-evaluation-and-monitoring.perf").document();
    SelfEvaluation e = doc.selfEvaluations().get(0);
    assertThat(e.projectCode()).isEqualTo("13022525P00NB79100162");
    assertThat(e.annualBudget()).contains(new BigDecimal("20.00"));
    assertThat(e.spent()).contains(new BigDecimal("19.60"));
    assertThat(e.rows()).extracting(ActualRow::actual).containsExactly(
        new Measured(Quantity.of("34", Unit.of("场"))),
        new Measured(Quantity.of("99", Unit.PERCENT)),
        Graded.of(Grade.ACHIEVED),
        new Measured(Quantity.of("19.60", Unit.WAN_YUAN)),
        new Graded(Grade.PARTIAL, Optional.of(new BigDecimal("75"))),
        new Graded(Grade.ACHIEVED, Optional.of(new BigDecimal("90"))),
        new Measured(Quantity.of("97.5", Unit.PERCENT)));
    assertThat(e.row("构建清朗网络空间，提高社会治理").orElseThrow().reason().orElseThrow().text())
        .contains("宣传覆盖面不足，下年度扩大合作媒体范围");
    assertThat(e.row("公众满意度").orElseThrow().reason().orElseThrow().text()).contains("个别群众对办理时效不满意");

    Monitoring m = doc.monitorings().get(0);
    assertThat(m.asOf()).isEqualTo(LocalDate.of(2025, 7, 31));
    assertThat(m.spent()).contains(new BigDecimal("9.80"));
    MonitoringRow first = m.rows().get(0);
    assertThat(first.toDate()).isEqualTo(new Measured(Quantity.of("17", Unit.of("场"))));
    assertThat(first.projected()).contains(new Measured(Quantity.of("32", Unit.of("场"))));
    assertThat(first.possibility()).contains(Possibility.CERTAIN);
    MonitoringRow last = m.rows().get(2);
    assertThat(last.possibility()).contains(Possibility.POSSIBLE);
    assertThat(last.reason().orElseThrow().category()).contains(ReasonCategory.STAFF);
    assertThat(last.reason().orElseThrow().text()).contains("评论员队伍不足");
  }

  @Test
  void claimedScores() throws IOException {
    SelfEvaluation e = parse("claimed-score.perf").document().selfEvaluations().get(0);
    assertThat(e.projectCode()).isEqualTo("XM-2020-017");
    assertThat(e.annualBudget()).contains(new BigDecimal("7.29"));
    ActualRow row = e.rows().get(0);
    assertThat(row.actual()).isEqualTo(new Measured(Quantity.of("72890", Unit.YUAN)));
    assertThat(row.points()).contains(new BigDecimal("10"));
    assertThat(row.claimedScore()).contains(new BigDecimal("9"));
  }

  @Test
  void gradeAliasesAndEnglishKeywords() {
    String src = """
        evaluation "P" {
          annualBudget 10  spent 9.5  points 10  score 9.5
          a: achieved
          b: 完成
          c: partial 70%
          d: missed
          e: na
          f: 不适用
        }
        """;
    ParseResult r = PerfParser.parse(src, "en");
    assertThat(r.diagnostics()).isEmpty();
    SelfEvaluation e = r.document().selfEvaluations().get(0);
    assertThat(e.executionPoints()).contains(new BigDecimal("10"));
    assertThat(e.rows()).extracting(ActualRow::actual).containsExactly(Graded.of(Grade.ACHIEVED), Graded.of(Grade.ACHIEVED),
        new Graded(Grade.PARTIAL, Optional.of(new BigDecimal("70"))), Graded.of(Grade.MISSED),
        new dev.perf.model.evaluation.NotApplicable(), new dev.perf.model.evaluation.NotApplicable());
  }

  @Test
  void imeAndAsciiPunctuationMeanTheSame() {
    String ime = "项目 “P” “名” ｛ 指标 ｛ 产出指标 ｛ 数量指标 ｛ “次数”：＞＝30场，“率”：≧９8％ ｝ ｝ ｝ ｝".replace("９", "9");
    String ascii = "项目 \"P\" \"名\" { 指标 { 产出指标 { 数量指标 { \"次数\": >= 30 场, \"率\": >=98% } } } }";
    ParseResult a = PerfParser.parse(ime, "ime");
    ParseResult b = PerfParser.parse(ascii, "ascii");
    assertThat(a.diagnostics()).isEmpty();
    assertThat(b.diagnostics()).isEmpty();
    assertThat(a.document()).isEqualTo(b.document());
  }
}
