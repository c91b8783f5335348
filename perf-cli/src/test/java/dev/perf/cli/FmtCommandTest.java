package dev.perf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code perf fmt}: check, diff, atomic rewrite, never writing a file with errors, stdin. */
class FmtCommandTest {
  private static final String MESSY = "# 注释保留\n项目   \"A\"  \"甲\"{\n预算 10 {财政资金 10 其他资金 0}\n  # 行注释\n"
      + "指标 { 产出指标 { 数量指标 { 次数：≥ 30场 } } }\n}\n";

  @Test
  void checkReportsAndWritesNothing(@TempDir Path dir) throws Exception {
    Path f = write(dir, "a.perf", MESSY);
    Cli.Result r = Cli.run("fmt", "--check", "--lang", "zh", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("需要格式化：" + f);
    assertThat(Files.readString(f)).isEqualTo(MESSY);
  }

  @Test
  void diffPrintsAUnifiedDiffAndWritesNothing(@TempDir Path dir) throws Exception {
    Path f = write(dir, "a.perf", MESSY);
    Cli.Result r = Cli.run("fmt", "--diff", "--lang", "en", f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("--- " + f + "\n+++ " + f + " (formatted)\n@@ -").contains("\n-项目   \"A\"")
        .contains("\n+project \"A\" \"甲\" {").contains("\n # 注释保留");
    assertThat(Files.readString(f)).isEqualTo(MESSY);
    assertThat(Cli.run("fmt", "--diff", "--check", f.toString()).exit()).isEqualTo(1);
  }

  @Test
  void rewritesAtomicallyKeepsCommentsAndIsIdempotent(@TempDir Path dir) throws Exception {
    Path f = write(dir, "a.perf", MESSY);
    Cli.Result r = Cli.run("fmt", "--lang", "en", f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("formatted: " + f);
    String once = Files.readString(f);
    assertThat(once).contains("# 注释保留").contains("# 行注释").contains("project \"A\" \"甲\" {");
    assertThat(Cli.run("fmt", "--check", "--lang", "en", f.toString()).exit()).isZero();
    assertThat(Cli.run("fmt", "--lang", "en", f.toString()).out()).isEmpty();
    assertThat(Cli.run("fmt", "--check", f.toString()).exit()).as("Chinese is the canonical spelling").isEqualTo(1);
    assertThat(Files.readString(f)).isEqualTo(once);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.perf");
    }
  }

  @Test
  void neverWritesAFileWithErrors(@TempDir Path dir) throws Exception {
    String broken = Files.readString(Path.of("src/test/resources/fixtures/broken.perf"));
    Path f = write(dir, "broken.perf", broken);
    Cli.Result r = Cli.run("fmt", "--lang", "en", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[PERF-E").contains("not formatted (the file has errors)");
    assertThat(Files.readString(f)).isEqualTo(broken);
  }

  @Test
  void englishKeywordsOnRequest() {
    Cli.Result r = Cli.runWithInput(MESSY, "fmt", "--lang", "en", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("project \"A\" \"甲\" {");
  }

  @Test
  void standardInputToStandardOutputInChinese() {
    Cli.Result r = Cli.runWithInput(MESSY, "fmt", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("# 注释保留\n项目 \"A\" \"甲\" {\n");
  }

  @Test
  void examplesAreFormatted() {
    Cli.Result r = Cli.run("fmt", "--check", Cli.EXAMPLES);
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
  }

  private static Path write(Path dir, String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }
}
