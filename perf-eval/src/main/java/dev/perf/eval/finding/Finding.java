package dev.perf.eval.finding;

import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a report asks its reader to look at.
 *
 * @param kind what it is
 * @param indicator the indicator it concerns, if any
 * @param message the details, with figures, in Chinese and English
 */
public record Finding(FindingKind kind, Optional<String> indicator, Message message) {
  /** Rejects nulls. */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(message, "message");
  }

  /** A finding about the record as a whole. */
  public static Finding of(FindingKind kind, Message message) {
    return new Finding(kind, Optional.empty(), message);
  }

  /** A finding about {@code indicator}. */
  public static Finding about(FindingKind kind, String indicator, Message message) {
    return new Finding(kind, Optional.of(indicator), message);
  }

  /** The kind's severity. */
  public Severity severity() {
    return kind.severity();
  }
}
