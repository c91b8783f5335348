package dev.perf.model.source;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where model nodes came from. The model itself carries no positions, so that a re-parsed and
 * re-formatted model compares equal; this side table maps node instances (by identity), or a named
 * property of a node ({@code project, "year"}), to their spans.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(new IdentityHashMap<>());

  private final Map<Object, Entry> entries;

  private SourceMap(Map<Object, Entry> entries) {
    this.entries = entries;
  }

  /** A map with no positions, for models built in code. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /** Where {@code node} was written. */
  public Optional<SourceSpan> spanOf(Object node) {
    Entry e = entries.get(node);
    return e == null ? Optional.empty() : Optional.ofNullable(e.span);
  }

  /** Where {@code property} of {@code node} was written, else where the node was. */
  public Optional<SourceSpan> spanOf(Object node, String property) {
    Entry e = entries.get(node);
    if (e == null) {
      return Optional.empty();
    }
    SourceSpan s = e.properties.get(property);
    return s != null ? Optional.of(s) : Optional.ofNullable(e.span);
  }

  /** Only where {@code property} of {@code node} was written, without falling back to the node. */
  public Optional<SourceSpan> propertySpan(Object node, String property) {
    Entry e = entries.get(node);
    return e == null ? Optional.empty() : Optional.ofNullable(e.properties.get(property));
  }

  /** Collects spans while a model is built. Not thread-safe; {@link #build()} once. */
  public static final class Builder {
    private final Map<Object, Entry> entries = new IdentityHashMap<>();

    public Builder put(Object node, SourceSpan span) {
      entries.computeIfAbsent(Objects.requireNonNull(node), k -> new Entry()).span = span;
      return this;
    }

    public Builder put(Object node, String property, SourceSpan span) {
      entries.computeIfAbsent(Objects.requireNonNull(node), k -> new Entry()).properties.put(property, span);
      return this;
    }

    public SourceMap build() {
      return new SourceMap(new IdentityHashMap<>(entries));
    }
  }

  private static final class Entry {
    SourceSpan span;
    final Map<String, SourceSpan> properties = new java.util.HashMap<>(4);
  }
}
