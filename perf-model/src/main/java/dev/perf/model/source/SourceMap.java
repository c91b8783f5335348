package dev.perf.model.source;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where model nodes came from. The model itself carries no positions, so that a re-parsed and
 * re-formatted model compares equal; this side table maps node instances (by identity), or a named
 * property of a node ({@code project, "year"}), to their spans.
 *
 * <p>A parsed file has a few spans per row of its tables, and most are never asked for (only a
 * diagnostic needs one), so spans are stored as their four numbers and a {@link SourceSpan} is made
 * when asked for.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(new Object[0], new Entry[0], 0);

  /**
   * The nodes and their entries in the order they were put, until the index is made: a parsed file
   * has a few nodes per row of its tables, most maps are never asked for a span (only a diagnostic
   * needs one), and hashing every node by identity as it is built was a tenth of the parse.
   */
  private final Object[] nodes;
  private final Entry[] entries;
  private final int size;
  private volatile Map<Object, Entry> index;

  private SourceMap(Object[] nodes, Entry[] entries, int size) {
    this.nodes = nodes;
    this.entries = entries;
    this.size = size;
  }

  /** A map with no positions, for models built in code. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /** Where {@code node} was written. */
  public Optional<SourceSpan> spanOf(Object node) {
    Entry e = index().get(node);
    return e == null ? Optional.empty() : Optional.ofNullable(e.span());
  }

  /** Where {@code property} of {@code node} was written, else where the node was. */
  public Optional<SourceSpan> spanOf(Object node, String property) {
    Entry e = index().get(node);
    if (e == null) {
      return Optional.empty();
    }
    SourceSpan s = e.property(property);
    return s != null ? Optional.of(s) : Optional.ofNullable(e.span());
  }

  /** Only where {@code property} of {@code node} was written, without falling back to the node. */
  public Optional<SourceSpan> propertySpan(Object node, String property) {
    Entry e = index().get(node);
    return e == null ? Optional.empty() : Optional.ofNullable(e.property(property));
  }

  /** The nodes by identity, made on the first question (thread-safe: a map may be shared once built). */
  private Map<Object, Entry> index() {
    Map<Object, Entry> m = index;
    if (m == null) {
      synchronized (this) {
        m = index;
        if (m == null) {
          m = new IdentityHashMap<>(Math.max(4, size));
          for (int i = 0; i < size; i++) {
            Entry earlier = m.putIfAbsent(nodes[i], entries[i]);
            if (earlier != null) {
              earlier.takeOver(entries[i]); // the node was put again later: its later spans win
            }
          }
          index = m;
        }
      }
    }
    return m;
  }

  /** Collects spans while a model is built. Not thread-safe; {@link #build()} once. */
  public static final class Builder {
    private Object[] nodes;
    private Entry[] entries;
    private int size;
    private boolean built;
    /** The node put last: a builder puts a node's own span and its properties one after another. */
    private Object lastNode;
    private Entry last;

    /** A builder for a model of any size. */
    public Builder() {
      this(32);
    }

    /** A builder sized for about {@code expectedNodes} nodes, so that a large file does not regrow. */
    public Builder(int expectedNodes) {
      nodes = new Object[Math.max(4, expectedNodes)];
      entries = new Entry[nodes.length];
    }

    public Builder put(Object node, SourceSpan span) {
      Objects.requireNonNull(span, "span");
      return put(node, span.file(), span.line(), span.column(), span.endLine(), span.endColumn());
    }

    public Builder put(Object node, String property, SourceSpan span) {
      Objects.requireNonNull(span, "span");
      return put(node, property, span.file(), span.line(), span.column(), span.endLine(), span.endColumn());
    }

    /** Where {@code node} was written, given by the parts of its span (a parser need not make one). */
    public Builder put(Object node, String file, int line, int column, int endLine, int endColumn) {
      Objects.requireNonNull(file, "file");
      SourceSpan.check(line, column, endLine, endColumn);
      entry(node).setSpan(file, line, column, endLine, endColumn);
      return this;
    }

    /** Where {@code property} of {@code node} was written, given by the parts of its span. */
    public Builder put(Object node, String property, String file, int line, int column, int endLine, int endColumn) {
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(file, "file");
      SourceSpan.check(line, column, endLine, endColumn);
      entry(node).putProperty(property, file, line, column, endLine, endColumn);
      return this;
    }

    /** The map of everything put so far; the builder cannot be used after this. */
    public SourceMap build() {
      if (built) {
        throw new IllegalStateException("build() was already called");
      }
      built = true;
      SourceMap map = new SourceMap(nodes, entries, size);
      nodes = null; // handed over, not copied: a large document has an entry per row
      entries = null;
      return map;
    }

    /**
     * The entry to put {@code node}'s spans in: the last one if it is the same node, else a new one.
     * A node put again after others gets a second entry, merged into the first by the index.
     */
    private Entry entry(Object node) {
      if (built) {
        throw new IllegalStateException("build() was already called");
      }
      Objects.requireNonNull(node, "node");
      if (node == lastNode) {
        return last;
      }
      if (size == nodes.length) {
        nodes = Arrays.copyOf(nodes, size * 2);
        entries = Arrays.copyOf(entries, size * 2);
      }
      Entry e = new Entry();
      nodes[size] = node;
      entries[size] = e;
      size++;
      lastNode = node;
      last = e;
      return e;
    }
  }

  /**
   * The spans of one node: its own and those of a handful of named properties, as numbers. All
   * spans of a node are in one file in practice; a property span in another file is kept whole.
   */
  private static final class Entry {
    private String file;
    /** The node's own span; {@code line == 0} if none was put. */
    private int line;
    private int column;
    private int endLine;
    private int endColumn;
    private String[] names;
    /** Four numbers per property: line, column, end line, end column. */
    private int[] coords;
    /** Property spans in a file other than {@link #file}; null while there are none. */
    private SourceSpan[] elsewhere;
    private int size;

    SourceSpan span() {
      return line == 0 ? null : new SourceSpan(file, line, column, endLine, endColumn);
    }

    void setSpan(String spanFile, int l, int c, int el, int ec) {
      if (file != null && !file.equals(spanFile) && size > 0) {
        keepPropertiesWhole(); // the properties were measured against the old file
      }
      file = spanFile;
      line = l;
      column = c;
      endLine = el;
      endColumn = ec;
    }

    SourceSpan property(String name) {
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          if (elsewhere != null && elsewhere[i] != null) {
            return elsewhere[i];
          }
          int k = 4 * i;
          return new SourceSpan(file, coords[k], coords[k + 1], coords[k + 2], coords[k + 3]);
        }
      }
      return null;
    }

    void putProperty(String name, String spanFile, int l, int c, int el, int ec) {
      if (file == null) {
        file = spanFile;
      }
      int i = 0;
      while (i < size && !names[i].equals(name)) {
        i++;
      }
      if (i == size) {
        if (names == null) {
          names = new String[2]; // a row's name and value, an indicator's name and target
          coords = new int[8];
        } else if (size == names.length) {
          names = Arrays.copyOf(names, size * 2);
          coords = Arrays.copyOf(coords, size * 8);
          if (elsewhere != null) {
            elsewhere = Arrays.copyOf(elsewhere, size * 2);
          }
        }
        names[i] = name;
        size++;
      }
      int k = 4 * i;
      coords[k] = l;
      coords[k + 1] = c;
      coords[k + 2] = el;
      coords[k + 3] = ec;
      if (!file.equals(spanFile)) {
        if (elsewhere == null) {
          elsewhere = new SourceSpan[names.length];
        }
        elsewhere[i] = new SourceSpan(spanFile, l, c, el, ec);
      } else if (elsewhere != null) {
        elsewhere[i] = null;
      }
    }

    /** Applies the spans of {@code later}, put after this entry's, on top of them. */
    void takeOver(Entry later) {
      if (later.line != 0) {
        setSpan(later.file, later.line, later.column, later.endLine, later.endColumn);
      }
      for (int i = 0; i < later.size; i++) {
        SourceSpan s = later.property(later.names[i]);
        putProperty(later.names[i], s.file(), s.line(), s.column(), s.endLine(), s.endColumn());
      }
    }

    private void keepPropertiesWhole() {
      if (elsewhere == null) {
        elsewhere = new SourceSpan[names.length];
      }
      for (int i = 0; i < size; i++) {
        if (elsewhere[i] == null) {
          int k = 4 * i;
          elsewhere[i] = new SourceSpan(file, coords[k], coords[k + 1], coords[k + 2], coords[k + 3]);
        }
      }
    }
  }
}
