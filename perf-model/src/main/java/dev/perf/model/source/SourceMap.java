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
    SourceSpan s = e.property(property);
    return s != null ? Optional.of(s) : Optional.ofNullable(e.span);
  }

  /** Only where {@code property} of {@code node} was written, without falling back to the node. */
  public Optional<SourceSpan> propertySpan(Object node, String property) {
    Entry e = entries.get(node);
    return e == null ? Optional.empty() : Optional.ofNullable(e.property(property));
  }

  /** Collects spans while a model is built. Not thread-safe; {@link #build()} once. */
  public static final class Builder {
    private Map<Object, Entry> entries;

    /** A builder for a model of any size. */
    public Builder() {
      this(32);
    }

    /** A builder sized for about {@code expectedNodes} nodes, so that a large file does not rehash. */
    public Builder(int expectedNodes) {
      entries = new IdentityHashMap<>(Math.max(4, expectedNodes));
    }

    public Builder put(Object node, SourceSpan span) {
      entry(node).span = Objects.requireNonNull(span, "span");
      return this;
    }

    public Builder put(Object node, String property, SourceSpan span) {
      entry(node).putProperty(Objects.requireNonNull(property, "property"), Objects.requireNonNull(span, "span"));
      return this;
    }

    /** The map of everything put so far; the builder cannot be used after this. */
    public SourceMap build() {
      if (entries == null) {
        throw new IllegalStateException("build() was already called");
      }
      SourceMap map = new SourceMap(entries);
      entries = null; // handed over, not copied: a large document has an entry per row
      return map;
    }

    private Entry entry(Object node) {
      if (entries == null) {
        throw new IllegalStateException("build() was already called");
      }
      Entry e = entries.get(Objects.requireNonNull(node, "node"));
      if (e == null) {
        e = new Entry();
        entries.put(node, e);
      }
      return e;
    }
  }

  /**
   * The spans of one node. A node has a handful of named properties at most, so they are kept in two
   * short parallel arrays rather than a hash map per node.
   */
  private static final class Entry {
    SourceSpan span;
    private String[] names;
    private SourceSpan[] spans;
    private int size;

    SourceSpan property(String name) {
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return spans[i];
        }
      }
      return null;
    }

    void putProperty(String name, SourceSpan s) {
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          spans[i] = s;
          return;
        }
      }
      if (names == null) {
        names = new String[2]; // a row's name and value, an indicator's name and target
        spans = new SourceSpan[2];
      } else if (size == names.length) {
        names = java.util.Arrays.copyOf(names, size * 2);
        spans = java.util.Arrays.copyOf(spans, size * 2);
      }
      names[size] = name;
      spans[size] = s;
      size++;
    }
  }
}
