package dev.perf.dsl;

import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.source.SourceSpan;
import java.util.List;

/** A file that has errors, for callers who prefer an exception to a {@link ParseResult}. */
public final class PerfSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> errors;

  public PerfSyntaxException(List<Diagnostic> errors) {
    super(describe(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("no errors");
    }
    this.errors = List.copyOf(errors);
  }

  private static String describe(List<Diagnostic> errors) {
    if (errors.isEmpty()) {
      return "no errors";
    }
    Diagnostic first = errors.get(0);
    String where = first.span().map(SourceSpan::toString).orElse("?");
    String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
    return where + ": " + first.ruleId() + " " + first.message().en() + more;
  }

  /** Every error, in source order. */
  public List<Diagnostic> errors() {
    return errors;
  }

  /** The line of the first error (1-based), or 0 if it has no position. */
  public int line() {
    return errors.get(0).span().map(SourceSpan::line).orElse(0);
  }

  /** The column of the first error (1-based code points), or 0 if it has no position. */
  public int column() {
    return errors.get(0).span().map(SourceSpan::column).orElse(0);
  }
}
