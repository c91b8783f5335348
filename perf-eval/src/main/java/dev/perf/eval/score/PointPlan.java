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
    Key key = Key.of(table, policy.scheme());
    PointPlan plan = PLANS.get(key);
    if (plan == null) {
      plan = make(table, policy);
      if (PLANS.size() >= CACHE_LIMIT) {
        PLANS.clear();
      }
      PLANS.put(key, plan);
    }
    return plan;
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
   * indicators, and every point figure of the file in table order (null where none is written, the
   * whole array null if the file writes none).
   */
  private record Key(PointScheme scheme, int[] shape, BigDecimal[] points) {
    static Key of(IndicatorTable table, PointScheme scheme) {
      List<Category> categories = table.categories();
      int ints = 1;
      int nodes = 0;
      boolean written = false;
      // indexed loops: iterators of the model's immutable lists would be allocated per call
      for (int ci = 0, cn = categories.size(); ci < cn; ci++) {
        Category c = categories.get(ci);
        List<SubCategory> subs = c.subCategories();
        ints += 2 + subs.size();
        nodes += 1 + subs.size();
        written |= c.points().isPresent();
        for (int si = 0, sn = subs.size(); si < sn; si++) {
          SubCategory s = subs.get(si);
          written |= s.points().isPresent();
          List<Indicator> indicators = s.indicators();
          for (int ii = 0, in = indicators.size(); ii < in; ii++) {
            written |= indicators.get(ii).points().isPresent();
          }
          nodes += indicators.size();
        }
      }
      int[] shape = new int[ints];
      BigDecimal[] points = written ? new BigDecimal[nodes] : null;
      int at = 0;
      int node = 0;
      shape[at++] = categories.size();
      for (int ci = 0, cn = categories.size(); ci < cn; ci++) {
        Category c = categories.get(ci);
        List<SubCategory> subs = c.subCategories();
        shape[at++] = pool(c, scheme);
        shape[at++] = subs.size();
        if (written) {
          points[node++] = c.points().orElse(null);
        }
        for (int si = 0, sn = subs.size(); si < sn; si++) {
          SubCategory s = subs.get(si);
          shape[at++] = s.indicators().size();
          if (written) {
            points[node++] = s.points().orElse(null);
            for (Indicator i : s.indicators()) {
              points[node++] = i.points().orElse(null);
            }
          }
        }
      }
      return new Key(scheme, shape, points);
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
      return o instanceof Key k && Arrays.equals(shape, k.shape) && Arrays.equals(points, k.points)
          && (scheme == k.scheme || scheme.equals(k.scheme));
    }

    @Override
    public int hashCode() {
      return (scheme.hashCode() * 31 + Arrays.hashCode(shape)) * 31 + Arrays.hashCode(points);
    }

    @Override
    public String toString() {
      return "Key[" + scheme + ", " + Arrays.toString(shape) + ", " + Arrays.toString(points) + "]";
    }
  }
}
