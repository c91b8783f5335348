package dev.perf.testkit.check;

import dev.perf.dsl.ParseResult;
import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.diagnostic.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One {@code .perf} file, parsed and validated.
 *
 * @param parsed what the parser produced
 * @param diagnostics every diagnostic of parsing and validation, in source order, without the
 *     rules switched off
 */
public record CheckedFile(ParseResult parsed, List<Diagnostic> diagnostics) {
  /** Rejects nulls and copies the list. */
  public CheckedFile {
    Objects.requireNonNull(parsed, "parsed");
    diagnostics = List.copyOf(diagnostics);
  }

  /** The file name the diagnostics cite. */
  public String fileName() {
    return parsed.fileName();
  }

  /** The diagnostics at or above {@code severity}. */
  public List<Diagnostic> atLeast(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity().atLeast(severity)).toList();
  }

  /** True if no diagnostic is at or above {@code severity}. */
  public boolean isClean(Severity severity) {
    return atLeast(severity).isEmpty();
  }

  /** {@code list} rendered with the source line and a caret, one after the other. */
  public String render(List<Diagnostic> list, Language language) {
    DiagnosticRenderer renderer = new DiagnosticRenderer(language);
    return list.stream().map(d -> renderer.render(d, parsed.source())).collect(Collectors.joining("\n"));
  }
}
