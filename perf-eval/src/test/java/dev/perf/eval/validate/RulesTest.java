package dev.perf.eval.validate;

import static dev.perf.eval.fixture.Models.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.fixture.Seed;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Department;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.Framework;
import dev.perf.model.IndicatorTable;
import dev.perf.model.MoneyUnit;
import dev.perf.model.Monitoring;
import dev.perf.model.PlanPoint;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.SpendingPlan;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.monitoring.MonitoringRow;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One positive and one negative example per rule, each run through the full validator. */
class RulesTest {

  private static List<Diagnostic> validate(DocumentItem... items) {
    return Validator.standard().validate(Document.of(items));
  }

  private static List<Diagnostic> only(String id, DocumentItem... items) {
    return validate(items).stream().filter(d -> d.ruleId().equals(id)).toList();
  }

  /** A complete, clean 2020 table. */
  private static IndicatorTable clean() {
    return table(
        cat("产出指标", sub("数量指标", ind("培训人次", atLeast("100", "人次"))), sub("成本指标", ind("成本", atMost("10", "万元")))),
        cat("效益指标", sub("社会效益指标", ind("社会影响", qualitative("明显提升")))),
        cat("满意度指标", sub("服务对象满意度指标", ind("满意度", atLeast("90", "%")))));
  }

  private static Project cleanProject() {
    return withPlan(withBudget(project("P1", "10", clean()), budget("10", "财政资金", "8", "其他资金", "2")), plan(6, 50, 12, 100));
  }

  @Test
  void aCleanProjectPasses() {
    assertThat(validate(cleanProject())).isEmpty();
  }

  @Nested
  class Sources {
    @Test
    void sourcesThatDoNotAddUpAreAnError() {
      Project p = withBudget(cleanProject(), budget("10", "财政资金", "8", "其他资金", "1"));
      assertThat(only("PERF-E201", p)).singleElement().satisfies(d -> {
        assertThat(d.isError()).isTrue();
        assertThat(d.message().zh()).contains("9", "10");
      });
    }

    @Test
    void aBudgetWithoutSourcesOrMatchingSourcesPasses() {
      assertThat(only("PERF-E201", withBudget(cleanProject(), budget("10")))).isEmpty();
      assertThat(only("PERF-E201", withBudget(cleanProject(), budget("10.00", "财政资金", "10")))).isEmpty();
    }

    @Test
    void departmentsAreCheckedToo() {
      Department d = new Department("D", "部门", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
          Optional.of(budget("5", "财政资金", "4")), Optional.empty());
      assertThat(only("PERF-E201", d)).hasSize(1);
    }
  }

  @Nested
  class Plan {
    @Test
    void decreasingPercentagesAreAnError() {
      assertThat(only("PERF-E202", withPlan(cleanProject(), plan(3, 30, 6, 20, 12, 100)))).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("6月底", "3月底"));
      assertThat(only("PERF-E202", withPlan(cleanProject(), plan(3, 30, 6, 30, 12, 100)))).isEmpty();
    }

    @Test
    void pointsOutOfOrderOrRepeatedAreAnError() {
      assertThat(only("PERF-E203", withPlan(cleanProject(), plan(6, 20, 3, 30, 12, 100)))).hasSize(1);
      assertThat(only("PERF-E203", withPlan(cleanProject(), plan(6, 20, 6, 30, 12, 100)))).singleElement()
          .satisfies(d -> assertThat(d.message().en()).contains("twice"));
      SpendingPlan days = new SpendingPlan(List.of(new PlanPoint(MonthDay.of(5, 15), BigDecimal.TEN),
          new PlanPoint(MonthDay.of(5, 20), BigDecimal.valueOf(20)), PlanPoint.monthEnd(12, BigDecimal.valueOf(100))));
      assertThat(only("PERF-E203", withPlan(cleanProject(), days))).isEmpty();
    }

    @Test
    void aPlanEndingBelowHundredIsAWarning() {
      assertThat(only("PERF-W201", withPlan(cleanProject(), plan(6, 50, 12, 90)))).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("12月底", "90%"));
      assertThat(only("PERF-W201", withPlan(cleanProject(), plan(6, 50, 12, 100)))).isEmpty();
    }
  }

  @Nested
  class CostCeiling {
    private Project withCost(String categoryName, String subName, dev.perf.model.target.Target target, String budget) {
      IndicatorTable t = table(cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个")))),
          cat(categoryName, sub(subName, ind("成本控制", target))),
          cat("效益指标", sub("社会效益指标", ind("b", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("c", atLeast("90", "%")))));
      return project("P", budget, t);
    }

    @Test
    void aCeilingAboveTheBudgetIsAWarningAfterConversion() {
      assertThat(only("PERF-W202", withCost("产出指标", "成本指标", atMost("220000", "元"), "20.00"))).hasSize(1);
      assertThat(only("PERF-W202", withCost("产出指标", "成本指标", lessThan("0.0021", "亿元"), "20"))).hasSize(1);
      assertThat(only("PERF-W202", withCost("产出指标", "成本指标", atMost("200000", "元"), "20.00"))).isEmpty();
    }

    @Test
    void underThe2021FrameworkTheFirstLevelCostCategoryCounts() {
      IndicatorTable t = table(Framework.F2021,
          cat("成本指标", sub("经济成本指标", ind("总成本", atMost("30", "万元")))),
          cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个")))),
          cat("效益指标", sub("社会效益指标", ind("b", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("c", atLeast("90", "%")))));
      assertThat(validate(project("P", "20", t))).extracting(Diagnostic::ruleId).containsExactly("PERF-W202");
    }

    @Test
    void onlyCeilingsInMoneyUnderCostCount() {
      assertThat(only("PERF-W202", withCost("产出指标", "数量指标", atMost("30", "万元"), "20"))).isEmpty();
      assertThat(only("PERF-W202", withCost("产出指标", "成本指标", atLeast("30", "万元"), "20"))).isEmpty();
      assertThat(only("PERF-W202", withCost("产出指标", "成本指标", atMost("30", "天"), "20"))).isEmpty();
    }

    @Test
    void theProjectsMoneyUnitIsRespected() {
      Project p = withCost("产出指标", "成本指标", atMost("22", "万元"), "200000");
      Project inYuan = new Project(p.code(), p.name(), p.unit(), p.year(), Optional.of(MoneyUnit.YUAN), p.budget(),
          p.purpose(), p.plan(), p.goals(), p.indicators());
      assertThat(only("PERF-W202", inYuan)).hasSize(1);
      Project inYi = new Project(p.code(), p.name(), p.unit(), p.year(), Optional.of(MoneyUnit.YI_YUAN), p.budget(),
          p.purpose(), p.plan(), p.goals(), p.indicators());
      assertThat(only("PERF-W202", inYi)).isEmpty();
    }
  }

  @Nested
  class Duplicates {
    @Test
    void duplicateProjectCodesAreAnErrorRelatedToTheFirst() {
      Project a = cleanProject();
      Project b = project("P1", "10", clean());
      SourceSpan first = SourceSpan.of("f.perf", 1, 4, 4);
      SourceSpan second = SourceSpan.of("f.perf", 20, 4, 4);
      SourceMap map = new SourceMap.Builder().put(a, "code", first).put(b, "code", second).build();
      List<Diagnostic> ds = Validator.standard().validate(Document.of(a, b), map).stream()
          .filter(d -> d.ruleId().equals("PERF-E204")).toList();
      assertThat(ds).singleElement().satisfies(d -> {
        assertThat(d.span()).contains(second);
        assertThat(d.related()).singleElement().satisfies(r -> assertThat(r.span()).isEqualTo(first));
      });
      assertThat(only("PERF-E204", a, project("P2", "10", clean()))).isEmpty();
    }

    @Test
    void duplicateIndicatorNamesAreAnError() {
      IndicatorTable t = table(cat("产出指标", sub("数量指标", ind("x", atLeast("1", "个"))), sub("质量指标", ind("x", atLeast("90", "%")))),
          cat("效益指标", sub("社会效益指标", ind("y", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("z", atLeast("90", "%")))));
      assertThat(only("PERF-E205", project("P", "10", t))).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("「x」"));
      assertThat(only("PERF-E205", cleanProject())).isEmpty();
    }
  }

  @Nested
  class Categories {
    private Project withCategories(IndicatorTable t) {
      return project("P", "10", t);
    }

    @Test
    void aMisspeltCategoryGetsADidYouMean() {
      IndicatorTable t = table(cat("产处指标", sub("数量指标", ind("a", atLeast("1", "个")))),
          cat("效益指标", sub("社会效益指标", ind("b", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("c", atLeast("90", "%")))));
      assertThat(only("PERF-W203", withCategories(t))).singleElement()
          .satisfies(d -> assertThat(d.hint().orElseThrow().zh()).contains("产出指标"));
    }

    @Test
    void aMisspeltSecondLevelGetsADidYouMean() {
      IndicatorTable t = table(cat("产出指标", sub("数辆指标", ind("a", atLeast("1", "个")))),
          cat("效益指标", sub("社会效益", ind("b", qualitative("好")))),
          cat("满意度", sub("服务对象满意度指标", ind("c", atLeast("90", "%")))));
      assertThat(only("PERF-W203", withCategories(t))).singleElement()
          .satisfies(d -> assertThat(d.hint().orElseThrow().zh()).contains("数量指标"));
    }

    @Test
    void namesMatchWithOrWithoutTheTrailingZhibiao() {
      IndicatorTable t = table(cat("产出", sub("数量", ind("a", atLeast("1", "个")))),
          cat("效益", sub("社会效益", ind("b", qualitative("好")))),
          cat("满意度", sub("服务对象满意度", ind("c", atLeast("90", "%")))));
      assertThat(validate(withCategories(t))).isEmpty();
    }

    @Test
    void costAsFirstLevelNeedsThe2021Framework() {
      IndicatorTable t2020 = table(cat("成本指标", sub("经济成本指标", ind("k", atMost("5", "万元")))),
          cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个")))),
          cat("效益指标", sub("社会效益指标", ind("b", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("c", atLeast("90", "%")))));
      assertThat(only("PERF-W203", withCategories(t2020))).singleElement()
          .satisfies(d -> assertThat(d.hint().orElseThrow().zh()).contains("框架 2021"));
      IndicatorTable t2021 = new IndicatorTable(Optional.of(Framework.F2021), Optional.empty(), t2020.categories());
      assertThat(validate(withCategories(t2021))).isEmpty();
    }

    @Test
    void costUnderOutputIsNotA2021Category() {
      IndicatorTable t = table(Framework.F2021,
          cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个"))), sub("成本指标", ind("k", atMost("5", "万元")))),
          cat("成本指标", sub("社会成本指标", ind("s", qualitative("无")))),
          cat("效益指标", sub("社会效益指标", ind("b", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("c", atLeast("90", "%")))));
      assertThat(only("PERF-W203", withCategories(t))).singleElement()
          .satisfies(d -> assertThat(d.hint().orElseThrow().zh()).contains("一级指标"));
    }

    @Test
    void aSecondLevelUnderTheWrongFirstLevelSaysWhereItBelongs() {
      IndicatorTable t = table(cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个")))),
          cat("效益指标", sub("社会效益指标", ind("b", qualitative("好"))), sub("质量指标", ind("q", atLeast("1", "个")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("c", atLeast("90", "%")))));
      assertThat(only("PERF-W203", withCategories(t))).singleElement()
          .satisfies(d -> assertThat(d.hint().orElseThrow().zh()).contains("产出指标"));
    }

    @Test
    void aMissingFirstLevelCategoryIsAWarning() {
      IndicatorTable t = table(cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个")))),
          cat("效益指标", sub("社会效益指标", ind("b", qualitative("好")))));
      assertThat(only("PERF-W204", withCategories(t))).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("满意度指标"));
      IndicatorTable t2021 = new IndicatorTable(Optional.of(Framework.F2021), Optional.empty(), clean().categories());
      assertThat(only("PERF-W204", withCategories(t2021))).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("成本指标"));
    }

    @Test
    void aDepartmentWithoutATableGetsNoMissingCategoryWarning() {
      assertThat(validate(Seed.department())).isEmpty();
    }
  }

  @Nested
  class Percentages {
    @Test
    void aShareAboveHundredIsAWarning() {
      IndicatorTable t = table(cat("产出指标", sub("质量指标", ind("验收合格率", atLeast("105", "%")),
              ind("增长率", atLeast("150", "%")), ind("覆盖率", range("90", "110", "%")), ind("知晓率", atLeast("1100", "‰")))),
          cat("效益指标", sub("社会效益指标", ind("b", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("群众满意度", atLeast("100", "%")))));
      assertThat(only("PERF-W205", project("P", "10", t))).extracting(d -> d.message().zh())
          .containsExactly("「验收合格率」的指标值 105% 超过 100%", "「覆盖率」的指标值 110% 超过 100%",
              "「知晓率」的指标值 110% 超过 100%");
    }

    @Test
    void actualsAboveHundredAreWarnedToo() {
      SelfEvaluation e = selfEval(Seed.CODE_1, "20", "19", row("培训合格率", measured("101", "%")));
      assertThat(only("PERF-W205", Seed.project1(), e)).hasSize(1);
    }
  }

  @Nested
  class Points {
    private IndicatorTable pointed(String outputPoints, String a, String b) {
      return table(cat("产出指标", outputPoints, sub("数量指标", ind("a", atLeast("1", "个"), a)), sub("质量指标", ind("b", atLeast("9", "%"), b))),
          cat("效益指标", sub("社会效益指标", ind("c", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("d", atLeast("90", "%")))));
    }

    @Test
    void indicatorsMustAddUpToTheirCategory() {
      assertThat(only("PERF-E206", project("P", "10", pointed("50", "20", "25")))).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("45", "50"));
      assertThat(only("PERF-E206", project("P", "10", pointed("50", "20", "30")))).isEmpty();
    }

    @Test
    void nationalCategoryPointsMustMatchThePolicy() {
      assertThat(only("PERF-E206", project("P", "10", pointed("40", "20", "20")))).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("40", "50"));
    }

    @Test
    void sichuanPointsMustSumToNinety() {
      IndicatorTable t = table(cat("产出指标", "40", sub("数量指标", ind("a", atLeast("1", "个")))),
          cat("效益指标", "30", sub("社会效益指标", ind("c", qualitative("好")))),
          cat("满意度指标", "10", sub("服务对象满意度指标", ind("d", atLeast("90", "%")))));
      Validator sichuan = Validator.standard().withPolicy(ScoringPolicy.sichuan());
      assertThat(sichuan.validate(Document.of(project("P", "10", t)))).extracting(Diagnostic::ruleId)
          .containsExactly("PERF-E206");
      IndicatorTable ok = table(cat("产出指标", "50", sub("数量指标", ind("a", atLeast("1", "个")))),
          cat("效益指标", "30", sub("社会效益指标", ind("c", qualitative("好")))),
          cat("满意度指标", "10", sub("服务对象满意度指标", ind("d", atLeast("90", "%")))));
      assertThat(sichuan.validate(Document.of(project("P", "10", ok)))).isEmpty();
      // the same 40/30/10 under the national policy is off in 产出 only
      assertThat(only("PERF-E206", project("P", "10", t))).hasSize(1);
    }

    @Test
    void pointsLeavingNothingForOthersAreAnError() {
      IndicatorTable t = table(cat("产出指标", sub("数量指标", ind("a", atLeast("1", "个"), "50"), ind("b", atLeast("1", "个")))),
          cat("效益指标", sub("社会效益指标", ind("c", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("d", atLeast("90", "%")))));
      assertThat(only("PERF-E206", project("P", "10", t))).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("「b」"));
    }
  }

  @Nested
  class Qualitative {
    @Test
    void mostlyQualitativeTablesGetAdvice() {
      IndicatorTable t = table(cat("产出指标", sub("数量指标", ind("a", qualitative("完成")), ind("a2", atLeast("1", "个")))),
          cat("效益指标", sub("社会效益指标", ind("b", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("c", qualitative("满意")))));
      assertThat(only("PERF-I201", project("P", "10", t))).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("4 项指标中有 3 项"));
    }

    @Test
    void exactlyHalfIsNotMost() {
      IndicatorTable t = table(cat("产出指标", sub("数量指标", ind("a", qualitative("完成")), ind("a2", atLeast("1", "个")))),
          cat("效益指标", sub("社会效益指标", ind("b", qualitative("好")))),
          cat("满意度指标", sub("服务对象满意度指标", ind("c", atLeast("90", "%")))));
      assertThat(only("PERF-I201", project("P", "10", t))).isEmpty();
    }
  }

  @Nested
  class Records {
    @Test
    void aRecordNamingAnUnknownProjectIsAnError() {
      SelfEvaluation e = selfEval("13022525P00NB79100163", "20", "19");
      Monitoring m = new Monitoring("nope", LocalDate.of(2025, 7, 31), Optional.empty(), List.of());
      assertThat(only("PERF-E301", Seed.project1(), e, m)).hasSize(2).first()
          .satisfies(d -> assertThat(d.hint().orElseThrow().zh()).contains(Seed.CODE_1));
    }

    @Test
    void aRowNamingAnUnknownIndicatorIsAnError() {
      SelfEvaluation e = withRow(Seed.selfEvaluation1(), row("培训及格率", measured("99", "%")));
      assertThat(only("PERF-E302", Seed.project1(), e)).singleElement()
          .satisfies(d -> assertThat(d.hint().orElseThrow().zh()).contains("培训合格率"));
    }

    @Test
    void anIndicatorWithoutAnActualIsAnErrorInSelfEvaluationsOnly() {
      SelfEvaluation e = selfEval(Seed.CODE_1, "20", "19", Seed.selfEvaluation1().rows().subList(0, 5).toArray(new dev.perf.model.evaluation.ActualRow[0]));
      assertThat(only("PERF-E303", Seed.project1(), e)).extracting(d -> d.message().zh())
          .allMatch(s -> s.contains("增强影响力") || s.contains("公众满意度")).hasSize(2);
      assertThat(only("PERF-E303", Seed.project1(), Seed.monitoring1())).isEmpty();
    }

    @Test
    void incomparableActualsAreAnError() {
      SelfEvaluation e = selfEval(Seed.CODE_1, "20", "19",
          row("组织开展网络宣传活动次数", measured("34", "次")),
          row("培训合格率", measured("0.99", "")),
          row("随机考核工作完成时限", measured("1", "个")),
          row("控制在预算内", measured("196000", "元")),
          row("构建清朗网络空间，提高社会治理", on("2025-12-01")),
          row("增强影响力", graded(Grade.ACHIEVED)),
          row("公众满意度", measured("975", "‰")));
      assertThat(only("PERF-E304", Seed.project1(), e)).extracting(d -> d.message().zh())
          .hasSize(4).anySatisfy(s -> assertThat(s).contains("次", "场"));
      Monitoring m = new Monitoring(Seed.CODE_1, LocalDate.of(2025, 7, 31), Optional.empty(), List.of(
          new MonitoringRow("公众满意度", measured("96", "%"), Optional.of(measured("97", "分")), Optional.empty(), Optional.empty())));
      assertThat(only("PERF-E304", Seed.project1(), m)).hasSize(1);
    }

    @Test
    void aGradeRateOutsideItsBandIsAnError() {
      SelfEvaluation e = withRow(Seed.selfEvaluation1(), null);
      SelfEvaluation bad = selfEval(Seed.CODE_1, "20", "19.6", e.rows().stream()
          .map(r -> r.indicator().equals("增强影响力") ? row("增强影响力", graded(Grade.PARTIAL, "80")) : r)
          .toArray(dev.perf.model.evaluation.ActualRow[]::new));
      assertThat(only("PERF-E305", Seed.project1(), bad)).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("[60%, 80%)"));
      assertThat(only("PERF-E305", Seed.project1(), Seed.selfEvaluation1())).isEmpty();
    }

    @Test
    void aRowReportedTwiceIsAnError() {
      SelfEvaluation e = withRow(Seed.selfEvaluation1(), row("培训合格率", measured("98", "%")));
      assertThat(only("PERF-E306", Seed.project1(), e)).hasSize(1);
    }

    @Test
    void claimedPointsContradictingTheTableAreAnError() {
      SelfEvaluation e = selfEval(Seed.CODE_1, "20", "19.6", Seed.selfEvaluation1().rows().stream()
          .map(r -> r.indicator().equals("公众满意度") ? claimed("公众满意度", r.actual(), "20", "9") : r)
          .map(r -> r.indicator().equals("培训合格率") ? claimed("培训合格率", r.actual(), "12.5", "12.5") : r)
          .toArray(dev.perf.model.evaluation.ActualRow[]::new));
      assertThat(only("PERF-E307", Seed.project1(), e)).singleElement()
          .satisfies(d -> assertThat(d.message().zh()).contains("公众满意度", "20", "10"));
    }

    @Test
    void aMonitoringDateOutsideTheYearIsAWarning() {
      Monitoring m = new Monitoring(Seed.CODE_1, LocalDate.of(2024, 7, 31), Optional.empty(), List.of());
      assertThat(only("PERF-W301", Seed.project1(), m)).hasSize(1);
      assertThat(only("PERF-W301", Seed.project1(), Seed.monitoring1())).isEmpty();
    }

    @Test
    void spendingAboveTheBudgetIsAWarning() {
      assertThat(only("PERF-W302", Seed.project1(), selfEval(Seed.CODE_1, "20", "20.5"))).hasSize(1);
      Monitoring m = new Monitoring(Seed.CODE_1, LocalDate.of(2025, 7, 31), Optional.of(d("21")), List.of());
      assertThat(only("PERF-W302", Seed.project1(), m)).hasSize(1);
      assertThat(only("PERF-W302", Seed.project1(), selfEval(Seed.CODE_1, "20", "20"))).isEmpty();
    }

    private SelfEvaluation withRow(SelfEvaluation e, dev.perf.model.evaluation.ActualRow extra) {
      var rows = new java.util.ArrayList<>(e.rows());
      if (extra != null) {
        rows.add(extra);
      }
      return new SelfEvaluation(e.projectCode(), e.initialBudget(), e.annualBudget(), e.adjustedBudget(), e.spent(),
          e.executionPoints(), e.executionClaimedScore(), e.executionReason(), e.claimedTotal(), rows);
    }
  }

  @Test
  void diagnosticsAreOrderedByPosition() {
    Project a = withPlan(cleanProject(), plan(6, 50, 12, 90));
    Project b = withBudget(project("P2", "10", clean()), budget("10", "财政资金", "1"));
    SourceMap map = new SourceMap.Builder().put(a.plan().get(), SourceSpan.of("f", 30, 1, 5))
        .put(b.budget().get(), SourceSpan.of("f", 3, 1, 5)).build();
    assertThat(Validator.standard().validate(Document.of(a, b), map)).extracting(Diagnostic::ruleId)
        .containsExactly("PERF-E201", "PERF-W201");
  }
}
