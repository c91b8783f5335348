package dev.perf.model.target;

/** The operator of a {@link Comparison}. */
public enum Comparator {
  /** ≥: higher is better, the bound itself meets the target. */
  AT_LEAST("≥", true, true),
  /** ＞: higher is better, the bound does not meet the target. */
  MORE_THAN(">", true, false),
  /** ≤: lower is better, the bound itself meets the target. */
  AT_MOST("≤", false, true),
  /** ＜: lower is better, the bound does not meet the target. */
  LESS_THAN("<", false, false);

  private final String symbol;
  private final boolean higherIsBetter;
  private final boolean inclusive;

  Comparator(String symbol, boolean higherIsBetter, boolean inclusive) {
    this.symbol = symbol;
    this.higherIsBetter = higherIsBetter;
    this.inclusive = inclusive;
  }

  /** The canonical symbol: ≥ > ≤ <. */
  public String symbol() {
    return symbol;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** True if the bound itself satisfies the comparison. */
  public boolean inclusive() {
    return inclusive;
  }

  /** True if {@code compare(actual, bound)} (a {@code compareTo} result) satisfies this operator. */
  public boolean test(int comparison) {
    return switch (this) {
      case AT_LEAST -> comparison >= 0;
      case MORE_THAN -> comparison > 0;
      case AT_MOST -> comparison <= 0;
      case LESS_THAN -> comparison < 0;
    };
  }
}
