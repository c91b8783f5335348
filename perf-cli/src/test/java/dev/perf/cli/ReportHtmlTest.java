package dev.perf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code perf report}: the page is self-contained, and headless Chromium renders its tables and SVG
 * charts. Without Chromium the browser part installs it (root with CI=true) or is skipped.
 */
class ReportHtmlTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  static Path dir;
  static Path page;
  static String html;

  @BeforeAll
  static void writeReport() throws Exception {
    page = dir.resolve("report.html");
    Cli.Result r = Cli.run("report", "--lang", "zh", Cli.EXAMPLES, "-o", page.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("已生成报告：");
    html = Files.readString(page, StandardCharsets.UTF_8);
  }

  @Test
  void selfContained() {
    assertThat(html).startsWith("<!DOCTYPE html>").contains("@page { size: A4 landscape")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http").doesNotContain("url(http")
        .doesNotContain("@import");
  }

  @Test
  void hasEveryPart() {
    assertThat(html).contains("部门项目总览").contains("部门整体支出绩效目标表").contains("项目支出绩效目标表")
        .contains("项目支出绩效自评表").contains("项目绩效运行监控表").contains("检查结果")
        .contains("class=\"chart spending\"").contains("class=\"chart score\"").contains("class=\"chart overview\"");
  }

  @Test
  void markdownReport() {
    Cli.Result r = Cli.run("report", "--lang", "zh", "--format", "md", Cli.EXAMPLES);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("# 中共乐亭县委网络安全和信息化委员会办公室本级 2025 年度预算绩效管理报告").contains("| 一级指标 |");
  }

  @Test
  void unwritableOutputIsAnIoError() {
    Cli.Result r = Cli.run("report", "--lang", "en", Cli.LAOTING, "-o", "/no/such/dir/report.html");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write /no/such/dir/report.html").doesNotContain("\tat ");
  }

  @Test
  void chromiumRendersTablesAndCharts() throws Exception {
    ensureChromium();
    String dom = chromium("--dump-dom", page.toUri().toString());
    assertThat(dom).contains("<svg").contains("class=\"chart spending\"").contains("class=\"plan\"")
        .contains("class=\"actual\"").contains("class=\"chart score\"").contains("class=\"bar\"")
        .contains("class=\"chart overview\"");
    assertThat(count(dom, "<table class=\"grid\"")).isGreaterThanOrEqualTo(8);
    assertThat(dom).contains("网络强军建设及网络宣传经费").contains("94.50");
    Path shot = Path.of("target/report-screenshot.png");
    chromium("--screenshot=" + shot.toAbsolutePath(), "--window-size=1400,2200", page.toUri().toString());
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(20_000);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String chromium(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + dir.resolve("chromium-profile")));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("chromium.out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s");
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** Installs Chromium with apt where that is allowed (root, CI=true), else skips with a clear message. */
  private static void ensureChromium() throws Exception {
    if (Files.isExecutable(CHROMIUM)) {
      return;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    boolean ci = "true".equals(System.getenv("CI"));
    if (root && ci) {
      Process p = new ProcessBuilder("sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium")
          .inheritIO().start();
      p.waitFor(600, TimeUnit.SECONDS);
    }
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at /usr/bin/chromium and cannot be "
        + "installed here (needs root and CI=true): install it with 'apt-get install chromium' to run the browser check");
  }
}
