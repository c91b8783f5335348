package dev.perf.eval.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The band of points (in percent of an indicator's points) that a grade earns, and the rate used
 * when the evaluator gives none. 达成 is {@code [80, 100]} with default 100; 部分达成 {@code [60, 80)}
 * with default 70; 未达成 {@code [0, 60)} with default 30.
 *
 * @param lowPercent the lower end, always inclusive
 * @param highPercent the upper end
 * @param highInclusive whether the upper end itself belongs to the band
 * @param defaultPercent the rate used when none is given; must lie inside the band
 */
public record GradeBand(BigDecimal lowPercent, BigDecimal highPercent, boolean highInclusive, BigDecimal defaultPercent) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks the ends (0 ≤ low ≤ high ≤ 100) and that the default lies in the band. */
  public GradeBand {
    Objects.requireNonNull(lowPercent, "lowPercent");
    Objects.requireNonNull(highPercent, "highPercent");
    Objects.requireNonNull(defaultPercent, "defaultPercent");
    if (lowPercent.signum() < 0 || highPercent.compareTo(HUNDRED) > 0 || lowPercent.compareTo(highPercent) > 0) {
      throw new IllegalArgumentException("bad band [" + lowPercent + ", " + highPercent + "]");
    }
    if (!contains(lowPercent, highPercent, highInclusive, defaultPercent)) {
      throw new IllegalArgumentException("default rate " + defaultPercent + " outside its band");
    }
  }

  /** A band {@code [low, high]} or {@code [low, high)} given in whole percent. */
  public static GradeBand of(int low, int high, boolean highInclusive, int defaultPercent) {
    return new GradeBand(BigDecimal.valueOf(low), BigDecimal.valueOf(high), highInclusive, BigDecimal.valueOf(defaultPercent));
  }

  /** True if {@code percent} lies in the band. */
  public boolean contains(BigDecimal percent) {
    return contains(lowPercent, highPercent, highInclusive, percent);
  }

  /** The band in mathematical notation, e.g. {@code [60, 80)}. */
  public String notation() {
    return "[" + lowPercent.toPlainString() + "%, " + highPercent.toPlainString() + "%" + (highInclusive ? "]" : ")");
  }

  private static boolean contains(BigDecimal low, BigDecimal high, boolean highInclusive, BigDecimal p) {
    int hi = p.compareTo(high);
    return p.compareTo(low) >= 0 && (hi < 0 || (highInclusive && hi == 0));
  }
}
