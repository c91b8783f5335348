package dev.perf.eval.score;

import dev.perf.eval.framework.CategoryNames;
import dev.perf.eval.policy.PointScheme;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Category;
import dev.perf.model.FirstLevel;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.SubCategory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The points every indicator of a table is scored out of when none is 不适用, ready for the kernel.
 *
 * <p>{@link PointAllocation} gives points from the table's <em>shape</em> alone — the pool each
 * category draws from, the number of indicators per second-level category, and the points written
 * in the file — and from the policy's scheme; names only label its messages. Real tables share a
 * few shapes, so plans are kept in a small cache keyed by (scheme, shape); it forgets everything
 * when it grows past {@link #CACHE_LIMIT} entries.
 */
final class PointPlan {
  private static final int CACHE_LIMIT = 1024;
  private static final Map<Key, PointPlan> PLANS = new ConcurrentHashMap<>();
  private static final Map<String, Optional<FirstLevel>> LEVELS = new ConcurrentHashMap<>();
  private static final int NO_POOL = -1;
  private static final ThreadLocal<Key> PROBES = ThreadLocal.withInitial(() -> new Key(new int[64], new BigDecimal[64]));
  private static final FirstLevel[] LEVEL_VALUES = FirstLevel.values();
  private static final String[] OFFICIAL = new String[LEVEL_VALUES.length];
  private static final String[] SHORT = new String[LEVEL_VALUES.length];
  @SuppressWarnings("unchecked")
  private static final Optional<FirstLevel>[] FIRST_LEVELS = new Optional[LEVEL_VALUES.length];

  static {
    for (int i = 0; i < LEVEL_VALUES.length; i++) {
      OFFICIAL[i] = LEVEL_VALUES[i].chineseName();
      SHORT[i] = OFFICIAL[i].substring(0, OFFICIAL[i].length() - "指标".length());
      FIRST_LEVELS[i] = Optional.of(LEVEL_VALUES[i]);
    }
  }

  /** Effective points per indicator in table order, as {@link Dec34} parts. */
  private final long[] hi;
  private final long[] lo;
  private final int[] scale;
  /** False if some points do not fit the kernel's arithmetic. */
  private final boolean usable;
  /** The points the scheme hands out ({@link PointScheme#total()}). */
  private final BigDecimal pool;

  private PointPlan(List<BigDecimal> effective, BigDecimal pool) {
    this.pool = pool;
    int n = effective.size();
    hi = new long[n];
    lo = new long[n];
    scale = new int[n];
    Dec34 d = new Dec34();
    boolean ok = true;
    for (int i = 0; i < n && ok; i++) {
      ok = d.read(effective.get(i));
      hi[i] = d.hi;
      lo[i] = d.lo;
      scale[i] = d.scale;
    }
    usable = ok;
  }

  /** The plan of {@code table} under {@code policy}: cached by shape, made on a miss. */
  static PointPlan of(IndicatorTable table, ScoringPolicy policy) {
    Key probe = PROBES.get().fill(table, policy.scheme());
    try {
      PointPlan plan = PLANS.get(probe);
      if (plan == null) {
        plan = make(table, policy);
        if (PLANS.size() >= CACHE_LIMIT) {
          PLANS.clear();
        }
        PLANS.put(probe.copy(), plan);
      }
      return plan;
    } finally {
      probe.release();
    }
  }

  /** The points of the reference evaluator when nothing is dropped: allocated, then rescaled to the pool if need be. */
  private static PointPlan make(IndicatorTable table, ScoringPolicy policy) {
    List<BigDecimal> allocated = PointAllocation.of(table, policy).indicators().stream().map(AllocatedIndicator::points).toList();
    BigDecimal pool = policy.scheme().total();
    BigDecimal inPlay = allocated.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean rescale = inPlay.signum() > 0 && !Arithmetic.sameUpToRounding(inPlay, pool);
    return new PointPlan(allocated.stream().map(p -> inPlay.signum() == 0 ? BigDecimal.ZERO
        : rescale ? Arithmetic.divide(p.multiply(pool), inPlay) : p).toList(), pool);
  }

  /** False if the kernel cannot use this plan. */
  boolean usable() {
    return usable;
  }

  /** The points the policy's scheme hands out to indicators. */
  BigDecimal pool() {
    return pool;
  }

  /** The number of indicators. */
  int size() {
    return hi.length;
  }

  /** Sets {@code into} to the points of indicator {@code i}. */
  void points(int i, Dec34 into) {
    into.set(hi[i], lo[i], scale[i]);
  }

  /** The first-level category a name stands for, resolved once per name. */
  private static Optional<FirstLevel> level(String name) {
    // the official names, with or without 指标, match exactly: no need to look them up
    for (int i = 0; i < FIRST_LEVELS.length; i++) {
      if (name.equals(OFFICIAL[i]) || name.equals(SHORT[i])) {
        return FIRST_LEVELS[i];
      }
    }
    Optional<FirstLevel> level = LEVELS.get(name);
    if (level == null) {
      level = CategoryNames.resolveFirstLevel(name);
      if (LEVELS.size() >= CACHE_LIMIT) {
        LEVELS.clear();
      }
      LEVELS.put(name, level);
    }
    return level;
  }

  /**
   * A table's shape under a scheme: per category its pool, per second-level category its number of
   * indicators, and every point figure of the file in table order (null where none is written).
   * One key per thread serves as the probe, filled from a table without allocating; the cache keeps
   * copies. The hash leaves the scheme out (schemes are few; equality compares them).
   */
  private static final class Key {
    private int[] shape;
    private int length;
    private BigDecimal[] points;
    private int nodes;
    private boolean written;
    private PointScheme scheme;
    private int hash;

    Key(int[] shape, BigDecimal[] points) {
      this.shape = shape;
      this.points = points;
    }

    /** Makes this key the one of {@code table} under {@code scheme}. */
    Key fill(IndicatorTable table, PointScheme scheme) {
      this.scheme = scheme;
      length = 0;
      nodes = 0;
      written = false;
      List<Category> categories = table.categories();
      put(categories.size());
      // indexed loops: iterators of the model's immutable lists would be allocated per call
      for (int ci = 0, cn = categories.size(); ci < cn; ci++) {
        Category c = categories.get(ci);
        List<SubCategory> subs = c.subCategories();
        put(pool(c, scheme));
        put(subs.size());
        point(c.points());
        for (int si = 0, sn = subs.size(); si < sn; si++) {
          SubCategory s = subs.get(si);
          List<Indicator> indicators = s.indicators();
          put(indicators.size());
          point(s.points());
          for (int ii = 0, in = indicators.size(); ii < in; ii++) {
            point(indicators.get(ii).points());
          }
        }
      }
      int h = 1;
      for (int i = 0; i < length; i++) {
        h = 31 * h + shape[i];
      }
      if (written) {
        for (int i = 0; i < nodes; i++) {
          h = 31 * h + java.util.Objects.hashCode(points[i]);
        }
      }
      hash = h;
      return this;
    }

    private void put(int v) {
      if (length == shape.length) {
        shape = Arrays.copyOf(shape, 2 * length);
      }
      shape[length++] = v;
    }

    private void point(Optional<BigDecimal> p) {
      if (nodes == points.length) {
        points = Arrays.copyOf(points, 2 * nodes);
      }
      BigDecimal v = p.orElse(null);
      written |= v != null;
      points[nodes++] = v;
    }

    /** A copy to keep in the cache. */
    Key copy() {
      Key k = new Key(Arrays.copyOf(shape, length), written ? Arrays.copyOf(points, nodes) : new BigDecimal[0]);
      k.length = length;
      k.nodes = written ? nodes : 0;
      k.written = written;
      k.scheme = scheme;
      k.hash = hash;
      return k;
    }

    /** Lets go of the table's point figures and the scheme (the probe lives as long as its thread). */
    void release() {
      if (written) {
        Arrays.fill(points, 0, nodes, null);
      }
      scheme = null;
    }

    /** The pool a category draws from under {@code scheme}, as {@link PointAllocation} finds it. */
    private static int pool(Category c, PointScheme scheme) {
      if (!(scheme instanceof PointScheme.ByCategory byCategory)) {
        return 0;
      }
      Optional<FirstLevel> level = level(c.name());
      if (level.isEmpty()) {
        return NO_POOL;
      }
      FirstLevel pool = byCategory.poolOf(level.get());
      return byCategory.points().containsKey(pool) ? pool.ordinal() : NO_POOL;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && hash == k.hash && written == k.written
          && Arrays.equals(shape, 0, length, k.shape, 0, k.length)
          && (!written || Arrays.equals(points, 0, nodes, k.points, 0, k.nodes))
          && (scheme == k.scheme || scheme.equals(k.scheme));
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "Key[" + scheme + ", " + Arrays.toString(Arrays.copyOf(shape, length)) + ", "
          + (written ? Arrays.toString(Arrays.copyOf(points, nodes)) : "no points") + "]";
    }
  }
}
