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
 * The points every indicator of a table is scored out of, ready for the kernel: when none is 不适用,
 * or (through {@link #dropping}) when some are and the others' points are rescaled to the pool.
 *
 * <p>{@link PointAllocation} gives points from the table's <em>shape</em> alone — the pool each
 * category draws from, the number of indicators per second-level category, and the points written
 * in the file — and from the policy's scheme; names only label its messages. Real tables share a
 * few shapes, so plans are kept in a small cache keyed by (scheme, shape); it forgets everything
 * when it grows past {@link #CACHE_LIMIT} entries.
 */
final class PointPlan {
  private static final int CACHE_LIMIT = 1024;
  private static final Map<Shape, PointPlan> PLANS = new ConcurrentHashMap<>();
  private static final Map<String, Optional<FirstLevel>> LEVELS = new ConcurrentHashMap<>();
  private static final int NO_POOL = -1;
  private static final ThreadLocal<Shape> PROBES = ThreadLocal.withInitial(() -> new Shape(new int[64], new BigDecimal[64]));
  private static final FirstLevel[] LEVEL_VALUES = FirstLevel.values();
  private static final String[] OFFICIAL = new String[LEVEL_VALUES.length];
  private static final String[] SHORT = new String[LEVEL_VALUES.length];
  /** Their hash codes: a name's own is cached in the string, so most names are told apart without comparing text. */
  private static final int[] OFFICIAL_HASH = new int[LEVEL_VALUES.length];
  private static final int[] SHORT_HASH = new int[LEVEL_VALUES.length];
  @SuppressWarnings("unchecked")
  private static final Optional<FirstLevel>[] FIRST_LEVELS = new Optional[LEVEL_VALUES.length];

  static {
    for (int i = 0; i < LEVEL_VALUES.length; i++) {
      OFFICIAL[i] = LEVEL_VALUES[i].chineseName();
      SHORT[i] = OFFICIAL[i].substring(0, OFFICIAL[i].length() - "指标".length());
      FIRST_LEVELS[i] = Optional.of(LEVEL_VALUES[i]);
      OFFICIAL_HASH[i] = OFFICIAL[i].hashCode();
      SHORT_HASH[i] = SHORT[i].hashCode();
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
  /** The points as allocated, before any rescaling: what the variants with dropped indicators start from. */
  private final List<BigDecimal> allocated;
  /** Plans of the same shape with some indicators 不适用, by the bit set of the dropped indicators. */
  private final Map<Long, PointPlan> variants = new ConcurrentHashMap<>();

  private PointPlan(List<BigDecimal> allocated, BigDecimal pool, long dropped) {
    this.allocated = allocated;
    this.pool = pool;
    List<BigDecimal> effective = effective(allocated, pool, dropped);
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

  /** This thread's shape probe for {@code scheme}, empty, to be filled while walking a table. */
  static Shape shape(PointScheme scheme) {
    return PROBES.get().start(scheme);
  }

  /** The plan of {@code table} under {@code policy}, whose shape {@code shape} holds: cached by shape, made on a miss. */
  static PointPlan of(Shape shape, IndicatorTable table, ScoringPolicy policy) {
    shape.finish();
    PointPlan plan = PLANS.get(shape);
    if (plan == null) {
      plan = make(table, policy);
      if (PLANS.size() >= CACHE_LIMIT) {
        PLANS.clear();
      }
      PLANS.put(shape.copy(), plan);
    }
    return plan;
  }

  /** The plan of {@code table} with nothing dropped. */
  private static PointPlan make(IndicatorTable table, ScoringPolicy policy) {
    List<BigDecimal> allocated = PointAllocation.of(table, policy).indicators().stream().map(AllocatedIndicator::points).toList();
    return new PointPlan(allocated, policy.scheme().total(), 0);
  }

  /**
   * The points of the reference evaluator with the indicators of bit set {@code dropped} 不适用
   * (indicator {@code i} is bit {@code i}; the plan has at most 64 indicators): those get 0, the
   * others keep their allocated points or, if those no longer add up to the pool, are rescaled to it.
   * Which indicators a table's records mark 不适用 varies little, so the variants are cached per plan.
   */
  PointPlan dropping(long dropped) {
    if (dropped == 0) {
      return this;
    }
    PointPlan plan = variants.get(dropped);
    if (plan == null) {
      plan = new PointPlan(allocated, pool, dropped);
      if (variants.size() >= 64) {
        variants.clear();
      }
      variants.put(dropped, plan);
    }
    return plan;
  }

  /** The reference evaluator's effective points: allocated, without the dropped, rescaled to the pool if need be. */
  private static List<BigDecimal> effective(List<BigDecimal> allocated, BigDecimal pool, long dropped) {
    BigDecimal inPlay = BigDecimal.ZERO;
    for (int i = 0; i < allocated.size(); i++) {
      if (!isDropped(dropped, i)) {
        inPlay = inPlay.add(allocated.get(i));
      }
    }
    boolean rescale = inPlay.signum() > 0 && !Arithmetic.sameUpToRounding(inPlay, pool);
    BigDecimal[] out = new BigDecimal[allocated.size()];
    for (int i = 0; i < out.length; i++) {
      BigDecimal p = allocated.get(i);
      out[i] = isDropped(dropped, i) || inPlay.signum() == 0 ? BigDecimal.ZERO
          : rescale ? Arithmetic.divide(p.multiply(pool), inPlay) : p;
    }
    return List.of(out);
  }

  private static boolean isDropped(long dropped, int i) {
    return i < Long.SIZE && (dropped & (1L << i)) != 0;
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
    int hash = name.hashCode();
    for (int i = 0; i < FIRST_LEVELS.length; i++) {
      if (hash == OFFICIAL_HASH[i] && name.equals(OFFICIAL[i]) || hash == SHORT_HASH[i] && name.equals(SHORT[i])) {
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
   * One shape per thread serves as the probe, filled while the kernel walks a table, without
   * allocating; the cache keeps copies. The hash leaves the scheme out (schemes are few; equality
   * compares them).
   */
  static final class Shape {
    private int[] shape;
    private int length;
    private BigDecimal[] points;
    private int nodes;
    private boolean written;
    private PointScheme scheme;
    private int hash;
    /** The hashes of the shape and of the point figures, kept up as they are put in. */
    private int shapeHash;
    private int pointsHash;

    Shape(int[] shape, BigDecimal[] points) {
      this.shape = shape;
      this.points = points;
    }

    /** Empties this probe for a table under {@code scheme}. */
    Shape start(PointScheme scheme) {
      this.scheme = scheme;
      length = 0;
      nodes = 0;
      written = false;
      shapeHash = 1;
      pointsHash = 1;
      return this;
    }

    /** A table of {@code categories} categories; first, then each category in order. */
    void table(int categories) {
      put(categories);
    }

    /** A category with {@code subCategories} second-level categories; then each of them in order. */
    void category(Category c, int subCategories) {
      put(pool(c, scheme));
      put(subCategories);
      point(c.points());
    }

    /** A second-level category with {@code indicators} indicators; then each of them in order. */
    void subCategory(SubCategory s, int indicators) {
      put(indicators);
      point(s.points());
    }

    void indicator(Indicator i) {
      point(i.points());
    }

    /** Settles the hash once the whole table is in. */
    void finish() {
      hash = written ? 31 * shapeHash + pointsHash : shapeHash;
    }

    private void put(int v) {
      if (length == shape.length) {
        shape = Arrays.copyOf(shape, 2 * length);
      }
      shape[length++] = v;
      shapeHash = 31 * shapeHash + v;
    }

    private void point(Optional<BigDecimal> p) {
      if (nodes == points.length) {
        points = Arrays.copyOf(points, 2 * nodes);
      }
      BigDecimal v = p.orElse(null);
      if (v != null) {
        written = true;
        pointsHash = 31 * pointsHash + v.hashCode();
      } else {
        pointsHash *= 31;
      }
      points[nodes++] = v;
    }

    /** A copy to keep in the cache. */
    Shape copy() {
      Shape k = new Shape(Arrays.copyOf(shape, length), written ? Arrays.copyOf(points, nodes) : new BigDecimal[0]);
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
      return o instanceof Shape k && hash == k.hash && written == k.written
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
      return "Shape[" + scheme + ", " + Arrays.toString(Arrays.copyOf(shape, length)) + ", "
          + (written ? Arrays.toString(Arrays.copyOf(points, nodes)) : "no points") + "]";
    }
  }
}
