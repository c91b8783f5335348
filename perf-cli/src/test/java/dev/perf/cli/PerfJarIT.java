package dev.perf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar run as a process, as the {@code ./perf} script runs it (failsafe, after package). */
class PerfJarIT {
  private static final Path JAR = Path.of(System.getProperty("perf.jar", "target/perf.jar"));

  record Run(int exit, String out, String err) {}

  private static Run perf(String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void version() throws Exception {
    Run r = perf("", "--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("perf ");
  }

  @Test
  void checkExamplesPasses() throws Exception {
    Run r = perf("", "check", "--lang", "zh", Cli.EXAMPLES);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("警告[PERF-W202]").contains("共检查 ").contains("0 个错误");
  }

  @Test
  void badInputExitsOneAndMissingFileTwo() throws Exception {
    assertThat(perf("", "check", "src/test/resources/fixtures/broken.perf").exit()).isEqualTo(1);
    Run missing = perf("", "check", "--lang", "en", "missing.perf");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory").doesNotContain("\tat ");
    assertThat(perf("", "check", "--format", "xml", Cli.EXAMPLES).exit()).isEqualTo(2);
  }

  @Test
  void standardInputAndUtf8Output() throws Exception {
    Run r = perf("项目 \"A\" \"甲\" {\n预算 10 {财政资金 10 其他资金 0}\n}\n", "fmt", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("项目 \"A\" \"甲\" {");
  }

  @Test
  void evalAndReport(@TempDir Path dir) throws Exception {
    Run eval = perf("", "eval", "--lang", "zh", "--format", "md", Cli.EXAMPLES);
    assertThat(eval.exit()).isZero();
    assertThat(eval.out()).contains("# 项目支出绩效自评表");
    Path html = dir.resolve("report.html");
    Run report = perf("", "report", Cli.EXAMPLES, "-o", html.toString());
    assertThat(report.exit()).isZero();
    assertThat(Files.readString(html)).contains("<svg");
  }
}
