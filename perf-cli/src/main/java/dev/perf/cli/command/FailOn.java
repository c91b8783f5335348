package dev.perf.cli.command;

import dev.perf.model.diagnostic.Severity;
import java.util.Optional;

/** The {@code --fail-on} threshold: the least severe finding that makes the exit code 1. */
public enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  NEVER(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /** The severity at which the command fails; empty for {@code never}. */
  public Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }

  /** True if a finding of {@code severity} fails the run. */
  public boolean fails(Severity severity) {
    return threshold != null && severity.atLeast(threshold);
  }
}
