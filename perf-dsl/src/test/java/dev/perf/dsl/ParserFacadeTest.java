package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParserFacadeTest {
  @Test
  void parseOrThrowCarriesLineAndColumn() {
    assertThatThrownBy(() -> PerfParser.parseOrThrow("项目 \"P\" \"名\" {\n  年度 25\n}\n", "x.perf"))
        .isInstanceOf(PerfSyntaxException.class)
        .hasMessageContaining("x.perf:2:6")
        .satisfies(e -> {
          PerfSyntaxException p = (PerfSyntaxException) e;
          assertThat(p.line()).isEqualTo(2);
          assertThat(p.column()).isEqualTo(6);
          assertThat(p.errors()).extracting(Diagnostic::ruleId).containsExactly("PERF-E106");
        });
  }

  @Test
  void parseOrThrowReturnsTheDocumentWhenValid() throws PerfSyntaxException {
    assertThat(PerfParser.parseOrThrow("项目 \"P\" \"名\" { 年度 2025 }", "x").projects()).hasSize(1);
  }

  @Test
  void inputAboveTheSizeCapIsADiagnosticNotAnError() {
    ParseResult r = PerfParser.parse("项目 \"P\" \"名\" { 年度 2025 }", "x", new ParseOptions(10, 100, 32));
    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("PERF-E009");
    assertThat(r.document().items()).isEmpty();
  }

  @Test
  void errorRecoveryStopsAfterTheLimit() {
    String many = "项目 \"P\" \"名\" {\n" + "  a：≥及\n  ；；\n".repeat(50) + "}\n";
    ParseResult r = PerfParser.parse(many, "x", new ParseOptions(1 << 20, 5, 32));
    assertThat(r.diagnostics()).last().extracting(Diagnostic::ruleId).isEqualTo("PERF-E008");
    assertThat(r.diagnostics()).hasSizeLessThanOrEqualTo(6);
  }

  @Test
  void deepNestingIsRefusedBeforeParsing() {
    ParseResult r = PerfParser.parse("a{".repeat(10_000) + "}".repeat(10_000), "x");
    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("PERF-E010");
  }

  @Test
  void deepNestingAfterASyntaxErrorIsStillRefused() {
    // The item-by-item parse stops at the error; the recovering parse must check nesting first.
    String deep = "项目 \"P\" \"x\" { 年度 : : }\n" + "a{".repeat(10_000) + "}".repeat(10_000);
    ParseResult r = PerfParser.parse(deep, "x");
    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("PERF-E010");
  }

  @Test
  void commentsAndDisableDirectivesAreCollectedOnBothPaths() {
    String valid = "# perf: disable PERF-W101, PERF-W102\n项目 \"P\" \"培训\" { # 行尾\n 年度 2025\n}\n";
    String broken = valid + "项目 {\n";
    for (String text : new String[] {valid, broken}) {
      ParseResult r = PerfParser.parse(text, "x");
      assertThat(r.disabledRules()).containsExactlyInAnyOrder("PERF-W101", "PERF-W102");
      assertThat(r.comments()).extracting(Comment::ownLine).containsExactly(true, false);
      assertThat(r.comments()).extracting(Comment::text).containsExactly("# perf: disable PERF-W101, PERF-W102", "# 行尾");
    }
  }

  @Test
  void aUtf8FileMayContainTheReplacementCharacterButNotMalformedBytes(@TempDir Path dir) throws IOException {
    Path ok = dir.resolve("ok.perf");
    Files.writeString(ok, "\uFEFF# 含 \uFFFD 的注释\n项目 \"P\" \"培训\" { 年度 2025 }\n");
    ParseResult r = PerfParser.parse(ok);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.comments()).extracting(Comment::text).containsExactly("# 含 \uFFFD 的注释");
    Path bad = dir.resolve("bad.perf");
    byte[] valid = "项目 \"P\" \"培训\" { 年度 2025 }".getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(valid, valid.length + 1);
    broken[valid.length] = (byte) 0xC3; // a lead byte with nothing after it
    Files.write(bad, broken);
    assertThat(PerfParser.parse(bad).diagnostics()).extracting(Diagnostic::ruleId).containsExactly("PERF-E016");
  }

  @Test
  void gbkFileIsReportedAsNotUtf8(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("gbk.perf");
    Files.write(f, "项目 \"P\" \"培训\" { 年度 2025 }".getBytes(Charset.forName("GBK")));
    ParseResult r = PerfParser.parse(f);
    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("PERF-E016");
  }

  @Test
  void utf8BomIsAccepted(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bom.perf");
    Files.writeString(f, "\uFEFF项目 \"P\" \"培训\" { 年度 2025 }");
    assertThat(PerfParser.parse(f).diagnostics()).isEmpty();
  }

  @Test
  void fileCanSwitchOffWarnings() {
    String src = "# perf:disable PERF-W101, PERF-W203\n项目 \"P\" \"名\" { 指标 { 产出指标 { 数量指标 { 成本：≤22 万园 } } } }";
    ParseResult r = PerfParser.parse(src, "x");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.disabledRules()).containsExactlyInAnyOrder("PERF-W101", "PERF-W203");
  }

  @Test
  void syntaxErrorsCannotBeSwitchedOff() {
    ParseResult r = PerfParser.parse("# perf:disable PERF-E005\n项目 \"P\" \"名\" { 指标 { 产出指标 { 数量指标 { 成本 ≤22 } } } }", "x");
    assertThat(r.diagnostics()).isNotEmpty();
  }

  @Test
  void positionsCountCodePointsAndLines() {
    ParseResult r = PerfParser.parse("项目 \"P\" \"名\" {\n  年度 2025\n  金额单位 万圆\n}", "x");
    var span = r.diagnostics().get(0).span().orElseThrow();
    assertThat(span.line()).isEqualTo(3);
    assertThat(span.column()).isEqualTo(8);
    assertThat(span.endColumn()).isEqualTo(10);
  }

  @Test
  void commentsAreCollectedForTheFormatter() {
    ParseResult r = PerfParser.parse("# 头\n项目 \"P\" \"名\" { # 尾\n}\n", "x");
    assertThat(r.comments()).extracting(Comment::text).containsExactly("# 头", "# 尾");
    assertThat(r.comments()).extracting(Comment::ownLine).containsExactly(true, false);
  }
}
