package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.dsl.print.PerfFormatter;
import dev.perf.dsl.print.PrintOptions;
import org.junit.jupiter.api.Test;

class FormatterTest {
  private static String format(String source) {
    ParseResult r = PerfParser.parse(source, "t.perf");
    assertThat(r.diagnostics()).isEmpty();
    String once = PerfFormatter.format(r);
    ParseResult again = PerfParser.parse(once, "t.perf");
    assertThat(again.document()).as("formatting keeps the meaning").isEqualTo(r.document());
    assertThat(PerfFormatter.format(again)).as("formatting is idempotent").isEqualTo(once);
    return once;
  }

  @Test
  void normalisesSpacingAndPunctuationAndKeepsComments() {
    String messy = """
        # 头注释
        项目 “P1” “培训” {   # 行尾注释
        年度 2025

          # 指标之前
          指标 {
        产出指标 {
              数量指标 {
                培训人次：＞＝30人次   # 目标
                # 行之间
                合格率: >= 98 ％
              }
            }
          }
        }
        # 文件末尾
        """;
    assertThat(format(messy)).isEqualTo("""
        # 头注释
        项目 "P1" "培训" {  # 行尾注释
          年度 2025

          # 指标之前
          指标 {
            产出指标 {
              数量指标 {
                培训人次：≥30 人次  # 目标
                # 行之间
                合格率：≥98%
              }
            }
          }
        }
        # 文件末尾
        """);
  }

  @Test
  void commentBeforeClosingBraceStaysInside() {
    String src = """
        项目 "P1" "培训" {
          年度 2025
          # 待补充预算
        }
        """;
    assertThat(format(src)).isEqualTo(src);
  }

  @Test
  void blankLinesBetweenItemsAreKeptAndNormalised() {
    String src = "项目 \"A\" \"甲\" {\n  年度 2025\n}\n\n\n\n项目 \"B\" \"乙\" {\n  年度 2025\n}\n";
    assertThat(format(src)).isEqualTo("项目 \"A\" \"甲\" {\n  年度 2025\n}\n\n项目 \"B\" \"乙\" {\n  年度 2025\n}\n");
  }

  @Test
  void englishKeywordsOnRequest() {
    ParseResult r = PerfParser.parse("项目 \"P\" \"名\" { 年度 2025 预算 10 }", "t");
    assertThat(PerfFormatter.format(r, PrintOptions.english())).isEqualTo("project \"P\" \"名\" {\n  year 2025\n  budget 10\n}\n");
  }

  @Test
  void refusesAFileWithErrors() {
    ParseResult r = PerfParser.parse("项目 \"P\" {", "t");
    assertThatThrownBy(() -> PerfFormatter.format(r)).isInstanceOf(IllegalArgumentException.class);
  }
}
