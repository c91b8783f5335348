package dev.perf.dsl.render;

import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.source.SourceSpan;
import java.util.function.Function;

/**
 * Renders a diagnostic for people, in the style of rustc and Elm:
 * <pre>
 * error[PERF-E005]: missing colon after '培训合格率'
 *   --> table.perf:12:7
 *    |
 * 12 |       质量指标 { 培训合格率 ≥98% }
 *    |                  ^^^^^^^^^^
 *    = hint: write 培训合格率：≥98%
 * </pre>
 * Carets are placed by display width, so they sit under Chinese text correctly.
 */
public final class DiagnosticRenderer {
  private final Language language;

  public DiagnosticRenderer(Language language) {
    this.language = language;
  }

  /**
   * Renders {@code d}; {@code sourceLines} gives a file's line text by 1-based number (or null
   * when unknown), so diagnostics of several files can be rendered by one renderer.
   */
  public String render(Diagnostic d, Function<SourceSpan, String> sourceLine) {
    StringBuilder b = new StringBuilder();
    b.append(d.severity().label(language)).append('[').append(d.ruleId()).append("]: ")
        .append(d.message().in(language)).append('\n');
    if (d.span().isPresent()) {
      SourceSpan s = d.span().get();
      String gutter = " ".repeat(String.valueOf(s.line()).length());
      b.append(gutter).append("--> ").append(s.file()).append(':').append(s.line()).append(':').append(s.column()).append('\n');
      String line = sourceLine.apply(s);
      if (line != null) {
        String expanded = line.replace("\t", "    ");
        b.append(gutter).append(" |\n");
        b.append(s.line()).append(" | ").append(expanded.stripTrailing()).append('\n');
        b.append(gutter).append(" | ").append(caret(line, s)).append('\n');
      }
    }
    d.hint().ifPresent(h -> b.append(" ".repeat(d.span().map(s -> String.valueOf(s.line()).length()).orElse(1)))
        .append(" = ").append(language == Language.ZH ? "提示" : "hint").append(": ").append(h.in(language)).append('\n'));
    for (Diagnostic.Related r : d.related()) {
      b.append(" ".repeat(d.span().map(s -> String.valueOf(s.line()).length()).orElse(1)))
          .append(" = ").append(language == Language.ZH ? "参见" : "see").append(' ')
          .append(r.span().file()).append(':').append(r.span().line()).append(':').append(r.span().column())
          .append(": ").append(r.note().in(language)).append('\n');
    }
    return b.toString();
  }

  /** Spaces up to the span's column, then one caret per display column of the span (at least one). */
  static String caret(String line, SourceSpan s) {
    int[] raw = line.codePoints().toArray();
    int start = Math.min(s.column() - 1, raw.length);
    int end = s.endLine() == s.line() ? Math.min(Math.max(s.endColumn() - 1, start), raw.length) : raw.length;
    int pad = 0;
    for (int i = 0; i < start; i++) {
      pad += raw[i] == '\t' ? 4 : DisplayWidth.of(raw[i]);
    }
    int width = 0;
    for (int i = start; i < end; i++) {
      width += raw[i] == '\t' ? 4 : DisplayWidth.of(raw[i]);
    }
    return " ".repeat(pad) + "^".repeat(Math.max(1, width));
  }

  /** Renders with the lines of one source text. */
  public String render(Diagnostic d, String source) {
    String[] lines = source.split("\r?\n", -1);
    return render(d, s -> s.line() - 1 < lines.length ? lines[s.line() - 1] : null);
  }
}
