package dev.perf.eval.policy;

import dev.perf.model.FirstLevel;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a policy gives the indicator points (everything except the execution-rate row) to a table's
 * first-level categories. Points written in the file always take precedence.
 */
public sealed interface PointScheme permits PointScheme.ByCategory, PointScheme.Spread {

  /** The sum of the points the scheme hands out to indicators (90 in both presets). */
  BigDecimal total();

  /** This scheme with every figure multiplied by {@code k}. */
  PointScheme scaledBy(BigDecimal k);

  /**
   * Fixed points per first-level category, as in 财预〔2020〕10号 (产出 50, 效益 30, 满意度 10).
   *
   * <p>A first-level category the map does not name shares the pool of another: without an entry
   * for {@link FirstLevel#COST}, the 成本指标 of a 2021-framework table share 产出's points with the
   * 产出 indicators — exactly as under the 2020 framework, where 成本指标 is a second-level category
   * of 产出. A table scores the same whichever framework it is written in.
   *
   * @param points the points of each first-level category
   */
  record ByCategory(Map<FirstLevel, BigDecimal> points) implements PointScheme {
    /** Copies the map and rejects negative points. */
    public ByCategory {
      Objects.requireNonNull(points, "points");
      EnumMap<FirstLevel, BigDecimal> copy = new EnumMap<>(FirstLevel.class);
      points.forEach((k, v) -> {
        if (v.signum() < 0) {
          throw new IllegalArgumentException("negative points for " + k);
        }
        copy.put(Objects.requireNonNull(k), v);
      });
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("a ByCategory scheme needs at least one category");
      }
      points = Collections.unmodifiableMap(copy);
    }

    /** The pool a category of {@code level} draws from: its own, or 产出's for an unlisted 成本. */
    public FirstLevel poolOf(FirstLevel level) {
      if (points.containsKey(level)) {
        return level;
      }
      return level == FirstLevel.COST && points.containsKey(FirstLevel.OUTPUT) ? FirstLevel.OUTPUT : level;
    }

    @Override
    public BigDecimal total() {
      return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public ByCategory scaledBy(BigDecimal k) {
      EnumMap<FirstLevel, BigDecimal> m = new EnumMap<>(FirstLevel.class);
      points.forEach((level, p) -> m.put(level, p.multiply(k)));
      return new ByCategory(m);
    }
  }

  /**
   * One pool of points spread by the file over all categories (the Sichuan form: 绩效指标 90).
   * Where the file gives no points, the rest is split equally among the indicators without any.
   *
   * @param total the pool
   */
  record Spread(BigDecimal total) implements PointScheme {
    /** Rejects a negative pool. */
    public Spread {
      Objects.requireNonNull(total, "total");
      if (total.signum() < 0) {
        throw new IllegalArgumentException("negative pool");
      }
    }

    @Override
    public Spread scaledBy(BigDecimal k) {
      return new Spread(total.multiply(k));
    }
  }
}
