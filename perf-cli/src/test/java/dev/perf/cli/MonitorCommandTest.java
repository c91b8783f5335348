package dev.perf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code perf monitor}: the budget track with its light and the goal track. */
class MonitorCommandTest {
  @Test
  void textGolden() {
    Cli.Result r = Cli.run("monitor", "--lang", "zh", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("项目绩效运行监控表").contains("● 绿").contains("确定能").contains("【人员】评论员队伍不足");
    Goldens.assertMatches("monitor-examples.zh.txt", r.out());
  }

  @Test
  void markdownGolden() {
    Cli.Result r = Cli.run("monitor", "--lang", "zh", "--format", "md", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    Goldens.assertMatches("monitor-examples.zh.md", r.out());
  }

  @Test
  void jsonHasTheLight() throws Exception {
    Cli.Result r = Cli.run("monitor", "--format", "json", Cli.LAOTING, Cli.LAOTING_EVAL);
    JsonNode m = new ObjectMapper().readTree(r.out()).get("monitoring").get(0);
    assertThat(m.get("budget").get("light").asText()).isEqualTo("green");
    assertThat(m.get("indicators")).hasSize(3);
  }

  @Test
  void yellowAndRedLights() {
    String table = "项目 \"M\" \"测试\" {\n  年度 2025\n  预算 100\n  支出计划 { 6月底 50%  12月底 100% }\n"
        + "  指标 { 产出指标 { 数量指标 { 次数：≥10 次 } } }\n}\n";
    Cli.Result yellow = Cli.runWithInput(table + "监控 \"M\" 截至 2025-06-30 { 执行数 35  次数：5 次 }\n",
        "monitor", "--lang", "zh", "-");
    assertThat(yellow.out()).contains("● 黄");
    Cli.Result red = Cli.runWithInput(table + "监控 \"M\" 截至 2025-06-30 { 执行数 20  次数：5 次 }\n",
        "monitor", "--lang", "en", "--fail-on", "warning", "-");
    assertThat(red.out()).contains("● red");
    assertThat(red.exit()).isEqualTo(1);
  }

  @Test
  void asOfPicksTheLatestRecordOnOrBeforeTheDate() {
    Cli.Result r = Cli.run("monitor", "--lang", "en", "--as-of", "2025-06-30", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("no monitoring records found");
    assertThat(Cli.run("monitor", "--as-of", "31/07/2025", Cli.LAOTING, Cli.LAOTING_EVAL).exit()).isEqualTo(2);
  }
}
