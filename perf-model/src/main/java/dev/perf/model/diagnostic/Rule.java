package dev.perf.model.diagnostic;

/** A diagnostic's identity: a stable ID, its default severity and a one-line title. */
public interface Rule {
  String id();

  Severity severity();

  Message title();
}
