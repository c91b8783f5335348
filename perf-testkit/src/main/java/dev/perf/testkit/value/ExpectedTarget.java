package dev.perf.testkit.value;

import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.target.Target;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads a target value as a test writes it ({@code "≥98%"}, {@code "≥ 98 %"}, {@code "＞＝98％"},
 * {@code "40%～45%"}, {@code "及时完成"}) with the real parser, so that a test accepts exactly the
 * spellings a {@code .perf} file accepts.
 */
public final class ExpectedTarget {
  private static final String FILE = "<expected target>";

  private ExpectedTarget() {}

  /**
   * The target {@code text} denotes.
   *
   * @throws IllegalArgumentException with the parser's diagnostics if {@code text} is not a target value
   */
  public static Target parse(String text) {
    Objects.requireNonNull(text, "text");
    String source = "项目 \"x\" \"x\" { 指标 { 一级 { 二级 {\n名：" + text.strip() + "\n} } } }";
    ParseResult parsed = PerfParser.parse(source, FILE);
    List<Indicator> rows = parsed.document().projects().stream()
        .flatMap(p -> p.indicators().stream())
        .flatMap(IndicatorTable::indicators)
        .toList();
    if (parsed.hasErrors() || rows.size() != 1) {
      DiagnosticRenderer renderer = new DiagnosticRenderer(Language.EN);
      String why = parsed.diagnostics().stream().filter(Diagnostic::isError)
          .map(d -> renderer.render(d, source)).collect(Collectors.joining());
      throw new IllegalArgumentException("not a target value: \"" + text + "\"\n" + why);
    }
    return rows.get(0).target();
  }
}
