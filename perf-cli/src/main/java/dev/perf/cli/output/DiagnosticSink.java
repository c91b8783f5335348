package dev.perf.cli.output;

import dev.perf.model.diagnostic.Diagnostic;
import java.util.List;

/** Receives the diagnostics of {@code perf check} file by file, and writes them in one format. */
public interface DiagnosticSink {
  /** The diagnostics of one file, with its text (for source lines). */
  void file(String name, String source, List<Diagnostic> diagnostics);

  /** A file that could not be read. */
  void unreadable(String name, String message);

  /** The end of the run. */
  void finish(Tally tally);
}
