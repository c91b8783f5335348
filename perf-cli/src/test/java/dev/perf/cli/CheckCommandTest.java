package dev.perf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code perf check} end to end, in-process: formats, thresholds, rule selection, bad input. */
class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BROKEN = "src/test/resources/fixtures/broken.perf";

  @Test
  void examplesHaveOnlyTheCostCeilingWarning() {
    Cli.Result r = Cli.run("check", "--lang", "zh", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("警告[PERF-W202]").contains("--> ../examples/laoting-2025.perf:44:21")
        .contains("^^^^^^^^").endsWith("共检查 2 个文件：0 个错误，1 个警告，0 条提示\n");
    assertThat(r.err()).isEmpty();
    Goldens.assertMatches("check-examples.zh.txt", r.out());
  }

  @Test
  void everyExampleIsFreeOfErrors() {
    Cli.Result r = Cli.run("check", "--lang", "en", Cli.EXAMPLES);
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains(" 0 errors");
  }

  @Test
  void englishSummaryAndFailOnWarning() {
    Cli.Result r = Cli.run("check", "--lang", "en", "--fail-on", "warning", Cli.LAOTING);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("warning[PERF-W202]").contains("1 file checked: 0 errors, 1 warning, 0 info");
  }

  @Test
  void failOnNeverAlwaysExitsZero() {
    assertThat(Cli.run("check", "--fail-on", "never", BROKEN).exit()).isZero();
  }

  @Test
  void disableOnTheCommandLine() {
    Cli.Result r = Cli.run("check", "--lang", "en", "--fail-on", "warning", "--disable", "PERF-W202", Cli.LAOTING);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("PERF-W202").contains("0 warnings");
  }

  @Test
  void disableInTheFileIsMergedWithTheCommandLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.perf");
    Files.writeString(f, "# perf:disable PERF-W202\n" + Files.readString(Path.of(Cli.LAOTING)), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("check", "--lang", "en", "--fail-on", "info", "--disable", "PERF-I201", f.toString());
    assertThat(r.out()).doesNotContain("PERF-W202").doesNotContain("PERF-I201");
    assertThat(r.exit()).isZero();
  }

  @Test
  void jsonHasAFormatVersionAndEveryFile() throws Exception {
    Cli.Result r = Cli.run("check", "--format", "json", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(root.get("files")).hasSize(2);
    JsonNode d = root.get("files").get(0).get("diagnostics").get(0);
    assertThat(d.get("ruleId").asText()).isEqualTo("PERF-W202");
    assertThat(d.get("severity").asText()).isEqualTo("warning");
    assertThat(d.get("span").get("line").asInt()).isEqualTo(44);
    assertThat(d.get("message").get("zh").asText()).isNotBlank();
    assertThat(root.get("summary").get("warnings").asInt()).isEqualTo(1);
    Goldens.assertMatches("check-examples.json", r.out());
  }

  @Test
  void sarifIsVersion210WithRulesAndRegions() throws Exception {
    Cli.Result r = Cli.run("check", "--format", "sarif", "--lang", "en", Cli.LAOTING, BROKEN);
    assertThat(r.exit()).isEqualTo(1);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    assertThat(root.get("$schema").asText()).contains("sarif-2.1.0");
    JsonNode run = root.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("perf");
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules.findValuesAsText("id")).contains("PERF-W202");
    JsonNode results = run.get("results");
    assertThat(results.findValuesAsText("level")).contains("warning", "error");
    for (JsonNode result : results) {
      int index = result.get("ruleIndex").asInt();
      assertThat(rules.get(index).get("id").asText()).isEqualTo(result.get("ruleId").asText());
      JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
      assertThat(region.get("startLine").asInt()).isPositive();
      assertThat(region.get("startColumn").asInt()).isPositive();
    }
    JsonNode w202 = results.get(0);
    assertThat(w202.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
        .isEqualTo("../examples/laoting-2025.perf");
  }

  @Test
  void brokenFileShowsTheLineAndCaretAndExitsOne() {
    Cli.Result r = Cli.run("check", "--lang", "zh", BROKEN);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("错误[PERF-E").contains("broken.perf:5:").contains("培训合格率").contains("^")
        .contains("个错误");
  }

  @Test
  void standardInput() {
    Cli.Result r = Cli.runWithInput("项目 \"A\" \"甲\" {\n  预算 10 { 财政资金 8  其他资金 1 }\n}\n", "check", "--lang", "en", "-");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("PERF-E201").contains("<stdin>:2:");
  }

  @Test
  void missingFileIsAnIoErrorWithoutStackTrace() {
    Cli.Result r = Cli.run("check", "--lang", "en", "no/such/file.perf");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or directory: no/such/file.perf").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void notUtf8IsADiagnostic(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gbk.perf");
    Files.write(f, "项目 \"A\" \"甲\" { }".getBytes(java.nio.charset.Charset.forName("GBK")));
    Cli.Result r = Cli.run("check", "--lang", "en", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("not UTF-8");
  }

  @Test
  void directoriesAreWalkedRecursivelyAndSorted(@TempDir Path dir) throws Exception {
    String table = Files.readString(Path.of(Cli.LAOTING));
    Files.createDirectories(dir.resolve("b/deep"));
    Files.writeString(dir.resolve("b/deep/z.perf"), table);
    Files.writeString(dir.resolve("a.perf"), table);
    Files.writeString(dir.resolve("b/ignored.txt"), "not a table");
    Cli.Result r = Cli.run("check", "--lang", "en", dir.toString());
    assertThat(r.out()).contains("2 files checked: 0 errors, 2 warnings");
    assertThat(r.out().indexOf("a.perf")).isLessThan(r.out().indexOf("z.perf"));
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("check", "--format", "xml", Cli.LAOTING).exit()).isEqualTo(2);
    assertThat(Cli.run("check").exit()).isEqualTo(2);
    assertThat(Cli.run("frobnicate").exit()).isEqualTo(2);
    assertThat(Cli.run().exit()).isEqualTo(2);
    assertThat(Cli.run("check", "--lang", "fr", Cli.LAOTING).exit()).isEqualTo(2);
  }

  @Test
  void helpOfEveryVerbHasExamples() {
    for (String verb : new String[] {"check", "fmt", "eval", "monitor", "report", "export"}) {
      Cli.Result r = Cli.run(verb, "--help");
      assertThat(r.exit()).as(verb).isZero();
      assertThat(r.out()).as(verb).contains("Usage: perf " + verb).contains("Examples / 示例:").contains("perf " + verb + " ")
          .contains("--lang");
    }
    assertThat(Cli.run("--help").out()).contains("check").contains("report");
  }

  @Test
  void version() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("perf " + Version.current());
    assertThat(Version.current()).isNotEqualTo("unknown");
  }

  @Test
  void workerThreadsGiveTheSameOutputInTheSameOrder() {
    Cli.Result one = Cli.run("check", "--lang", "en", "--format", "json", Cli.EXAMPLES, BROKEN);
    Cli.Result two = Cli.run("check", "--lang", "en", "--format", "json", "--threads", "2", Cli.EXAMPLES, BROKEN);
    assertThat(two.exit()).isEqualTo(one.exit()).isEqualTo(1);
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void threadsMustBePositive() {
    Cli.Result r = Cli.run("check", "--threads", "0", Cli.LAOTING);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--threads");
  }

  @Test
  void recordsFindTheirProjectsInOtherFilesOfAFolderLargerThanTheRecentFiles(@TempDir Path dir) throws Exception {
    // More project files than the index keeps at once, named in an order that leaves each file's
    // projects after they were dropped: every record must still find its project (no PERF-E301).
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      Files.writeString(dir.resolve(String.format("p%02d.perf", i)), "项目 \"XM-" + i + "\" \"项目" + i + "\" {\n"
          + "  预算 10 { 财政资金 10 }\n  指标 { 产出指标 { 数量指标 { 培训次数：≥ 3 次 } } }\n}\n", StandardCharsets.UTF_8);
    }
    for (int i = 39; i >= 0; i -= 3) {
      records.append("自评 \"XM-").append(i).append("\" {\n  全年执行数 9\n  培训次数：4 次\n}\n");
    }
    for (int i = 0; i < 40; i += 7) {
      records.append("自评 \"XM-").append(i).append("\" {\n  全年执行数 8\n  培训次数：2 次\n}\n");
    }
    Files.writeString(dir.resolve("records.perf"), records.toString(), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("check", "--lang", "en", "--threads", "2", dir.toString());
    assertThat(r.out()).doesNotContain("PERF-E301");
    Files.writeString(dir.resolve("records.perf"), "自评 \"XM-404\" {\n  全年执行数 8\n}\n", StandardCharsets.UTF_8);
    assertThat(Cli.run("check", "--lang", "en", dir.toString()).out()).contains("PERF-E301");
  }
}
