package dev.perf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code perf eval}: the 自评表 as text, Markdown, HTML, JSON and CSV, with goldens. */
class EvalCommandTest {
  @Test
  void textGolden() {
    Cli.Result r = Cli.run("eval", "--lang", "zh", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("项目支出绩效自评表").contains("总分").contains("94.50").contains("自评等级：优")
        .contains("【自评复核】").contains("得分不符");
    Goldens.assertMatches("eval-examples.zh.txt", r.out());
  }

  @Test
  void englishTextGolden() {
    Cli.Result r = Cli.run("eval", "--lang", "en", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    Goldens.assertMatches("eval-examples.en.txt", r.out());
  }

  @Test
  void markdownGolden() {
    Cli.Result r = Cli.run("eval", "--lang", "zh", "--format", "md", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("# 项目支出绩效自评表").contains("| 一级指标 |").contains("**总分**");
    Goldens.assertMatches("eval-examples.zh.md", r.out());
  }

  @Test
  void jsonGolden() throws Exception {
    Cli.Result r = Cli.run("eval", "--format", "json", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(root.get("evaluations")).hasSize(2);
    assertThat(root.get("evaluations").get(0).get("total").decimalValue()).isEqualByComparingTo("94.50");
    assertThat(root.get("evaluations").get(1).get("claims").get("total").get("scoreFlagged").asBoolean()).isTrue();
    Goldens.assertMatches("eval-examples.json", r.out());
  }

  @Test
  void htmlIsAPage() {
    Cli.Result r = Cli.run("eval", "--lang", "zh", "--format", "html", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<table class=\"grid\">").contains("rowspan=\"4\"")
        .doesNotContain("http://").doesNotContain("<script");
  }

  @Test
  void csvHasABomAndOneRowPerIndicator() {
    Cli.Result r = Cli.run("eval", "--lang", "zh", "--format", "csv", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("\uFEFF项目编码,项目名称,一级指标");
    assertThat(r.out().split("\r\n")).hasSize(1 + 2 * (7 + 2));
  }

  @Test
  void sichuanPolicyFlagsClaimedPointsThatItsSpreadContradicts() {
    Cli.Result r = Cli.run("eval", "--lang", "zh", "--policy", "sichuan", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("四川省").contains("分值不符");
  }

  @Test
  void failOnWarningFailsOnAClaimThatDiffers() {
    assertThat(Cli.run("eval", "--fail-on", "warning", Cli.LAOTING, Cli.LAOTING_EVAL).exit()).isEqualTo(1);
  }

  @Test
  void aRecordWithoutItsProjectIsReported() {
    Cli.Result r = Cli.run("eval", "--lang", "en", Cli.LAOTING_EVAL);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("names project \"13022525P00NB79100162\", which is in none of the files");
  }

  @Test
  void noRecordsIsSaidOnStandardError() {
    Cli.Result r = Cli.run("eval", "--lang", "en", Cli.LAOTING);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("no self-evaluation records found");
  }

  @Test
  void brokenFileIsSkippedWithItsErrors() {
    Cli.Result r = Cli.run("eval", "--lang", "en", "src/test/resources/fixtures/broken.perf");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("skipped a file with errors");
  }
}
