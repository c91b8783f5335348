package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.model.Indicator;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Comparator;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Target values as published tables across provinces write them, in words rather than symbols:
 * 不低于95%, 30场以上, 控制在22万元以内, 4次/年. Each means the same as its symbolic form.
 */
class PublishedTableFormsTest {
  private static Target parse(String value) {
    String doc = "项目 \"P\" \"名\" { 指标 { 产出指标 { 数量指标 {\n  甲：" + value + "\n  乙：≥1\n} } } }";
    ParseResult r = PerfParser.parse(doc, "t");
    assertThat(r.diagnostics()).as("diagnostics of %s", value).isEmpty();
    return r.document().projects().get(0).indicators().orElseThrow().indicators().map(Indicator::target).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "不低于95%           | AT_LEAST  | 95 | %",
      "不少于30场          | AT_LEAST  | 30 | 场",
      "不少于 30 场        | AT_LEAST  | 30 | 场",
      "至少2次             | AT_LEAST  | 2  | 次",
      "达到95%             | AT_LEAST  | 95 | %",
      "90%以上             | AT_LEAST  | 90 | %",
      "30场以上            | AT_LEAST  | 30 | 场",
      "30 场及以上         | AT_LEAST  | 30 | 场",
      "不超过22万元        | AT_MOST   | 22 | 万元",
      "控制在22万元以内    | AT_MOST   | 22 | 万元",
      "5个工作日以内       | AT_MOST   | 5  | 个工作日",
      "3天以下             | AT_MOST   | 3  | 天",
      "大于0               | MORE_THAN | 0  | ''",
      "低于5件             | LESS_THAN | 5  | 件",
      "≥4次/年             | AT_LEAST  | 4  | 次/年",
      "≤1.5 元/人          | AT_MOST   | 1.5 | 元/人",
  })
  void wordedComparisonsMeanTheirSymbols(String written, Comparator comparator, String number, String unit) {
    assertThat(parse(written)).isEqualTo(new Comparison(comparator, Quantity.of(number, Unit.of(unit))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"良好以上", "及时完成", "达到", "不低于"})
  void wordsWithoutANumberStayQualitative(String written) {
    assertThat(parse(written)).isEqualTo(new Qualitative(written));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"不低于95%以下", "达成 90%以上"})
  void contradictionsAreErrors(String written) {
    String doc = "项目 \"P\" \"名\" { 指标 { 产出指标 { 数量指标 { 甲：" + written + " } } } }";
    assertThat(PerfParser.parse(doc, "t").hasErrors()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void quarterlySpendingPlans() {
    String doc = "项目 \"P\" \"名\" { 支出计划 { 一季度 20%  上半年 50%  第三季度 75%  年底 100% } }";
    ParseResult r = PerfParser.parse(doc, "t");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.document().projects().get(0).plan().orElseThrow().points()).extracting(p -> p.at().toString())
        .containsExactly("--03-31", "--06-30", "--09-30", "--12-31");
  }

  @org.junit.jupiter.api.Test
  void unknownPeriodWordIsAnError() {
    ParseResult r = PerfParser.parse("项目 \"P\" \"名\" { 支出计划 { 五季度 20% } }", "t");
    assertThat(r.diagnostics()).extracting(d -> d.ruleId()).containsExactly("PERF-E113");
  }
}
