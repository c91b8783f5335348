package dev.perf.dsl;

import dev.perf.model.Document;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.source.SourceMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything parsing one file produced: the model (as much of it as could be built), where its
 * nodes came from, every diagnostic, and the comments for the formatter.
 *
 * @param fileName the name diagnostics cite
 * @param source the text parsed
 * @param document the model; when {@link #hasErrors()} it may lack the parts that had errors
 * @param sourceMap spans of the model's nodes
 * @param diagnostics every syntax and build diagnostic, in source order
 * @param comments every comment, in source order
 * @param disabledRules rule IDs switched off in the file with {@code # perf:disable ID …}
 */
public record ParseResult(
    String fileName,
    String source,
    Document document,
    SourceMap sourceMap,
    List<Diagnostic> diagnostics,
    List<Comment> comments,
    Set<String> disabledRules) {

  public ParseResult {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sourceMap, "sourceMap");
    diagnostics = List.copyOf(diagnostics);
    comments = List.copyOf(comments);
    disabledRules = Set.copyOf(disabledRules);
  }

  /** True if any diagnostic is an error: then {@link #document()} is incomplete. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The diagnostics at or above {@code severity}. */
  public List<Diagnostic> diagnosticsAtLeast(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity().atLeast(severity)).toList();
  }

  /** The document, or a {@link PerfSyntaxException} carrying the errors if it has any. */
  public Document documentOrThrow() throws PerfSyntaxException {
    if (hasErrors()) {
      throw new PerfSyntaxException(diagnostics.stream().filter(Diagnostic::isError).toList());
    }
    return document;
  }
}
