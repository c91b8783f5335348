package dev.perf.cli.output;

import dev.perf.cli.Texts;
import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.model.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Diagnostics for people: each with its source line and caret (the DSL's renderer), then a summary line. */
public final class TextDiagnostics implements DiagnosticSink {
  private final PrintWriter out;
  private final Texts texts;
  private final DiagnosticRenderer renderer;

  public TextDiagnostics(PrintWriter out, Texts texts) {
    this.out = out;
    this.texts = texts;
    this.renderer = new DiagnosticRenderer(texts.language());
  }

  @Override
  public void file(String name, String source, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      out.print(renderer.render(d, source));
      out.println();
    }
  }

  @Override
  public void unreadable(String name, String message) {
    out.println(texts.t("错误", "error") + ": " + message);
    out.println();
  }

  @Override
  public void finish(Tally tally) {
    out.println(summary(tally, texts));
    out.flush();
  }

  /** The summary line, e.g. {@code 共检查 2 个文件：0 个错误，1 个警告，0 条提示}. */
  public static String summary(Tally t, Texts texts) {
    String line = texts.zh()
        ? "共检查 " + t.files() + " 个文件：" + t.errors() + " 个错误，" + t.warnings() + " 个警告，" + t.infos() + " 条提示"
        : t.files() + plural(t.files(), " file") + " checked: " + t.errors() + plural(t.errors(), " error") + ", "
            + t.warnings() + plural(t.warnings(), " warning") + ", " + t.infos() + plural(t.infos(), " info");
    if (t.unreadable() > 0) {
      line += texts.zh() ? "；" + t.unreadable() + " 个文件无法读取" : "; " + t.unreadable() + plural(t.unreadable(), " file")
          + " unreadable";
    }
    return line;
  }

  private static String plural(int n, String word) {
    return n == 1 || word.endsWith("info") ? word : word + "s";
  }
}
