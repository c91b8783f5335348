package dev.perf.cli.output;

import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Severity;
import java.util.List;

/** Counts of files and diagnostics by severity over a run. */
public final class Tally {
  private int files;
  private int errors;
  private int warnings;
  private int infos;
  private int unreadable;

  /** Counts one file and its diagnostics. */
  public void add(List<Diagnostic> diagnostics) {
    files++;
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.ERROR) {
        errors++;
      } else if (d.severity() == Severity.WARNING) {
        warnings++;
      } else {
        infos++;
      }
    }
  }

  /** Counts a file that could not be read. */
  public void addUnreadable() {
    unreadable++;
  }

  public int files() {
    return files;
  }

  public int errors() {
    return errors;
  }

  public int warnings() {
    return warnings;
  }

  public int infos() {
    return infos;
  }

  public int unreadable() {
    return unreadable;
  }

  /** The number of diagnostics at or above {@code severity}. */
  public int atLeast(Severity severity) {
    int n = errors;
    if (Severity.WARNING.atLeast(severity)) {
      n += warnings;
    }
    if (Severity.INFO.atLeast(severity)) {
      n += infos;
    }
    return n;
  }
}
