package dev.perf.eval.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal arithmetic of scores. Divisions and products of points keep 34 significant digits
 * (the precision of {@link MathContext#DECIMAL128}) and round toward zero, so that shares of a pool
 * never add up to more than the pool and an unmet indicator never reaches its full points. Sums
 * are exact. Figures are shown rounded HALF_UP to two decimals, once, at the end.
 */
public final class Arithmetic {
  /** 34 significant digits, rounding toward zero. */
  public static final MathContext CONTEXT = new MathContext(34, RoundingMode.DOWN);
  /** 100. */
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Arithmetic() {}

  /** {@code a / b} to 34 digits; {@code b} must not be zero. */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, CONTEXT);
  }

  /** {@code a × b} to 34 digits. */
  public static BigDecimal multiply(BigDecimal a, BigDecimal b) {
    return a.multiply(b, CONTEXT);
  }

  /** {@code a / b} in percent ({@code a × 100 / b}); {@code b} must not be zero. */
  public static BigDecimal percent(BigDecimal a, BigDecimal b) {
    return a.multiply(HUNDRED).divide(b, CONTEXT);
  }

  /** {@code value} shown: rounded HALF_UP to two decimals. */
  public static BigDecimal display(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** {@code value} limited to {@code [0, 1]}. */
  public static BigDecimal unit(BigDecimal value) {
    if (value.signum() < 0) {
      return BigDecimal.ZERO;
    }
    return value.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : value;
  }

  /** The smaller of two values. */
  public static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** {@code value} as short text for messages: at most two decimals, no trailing zeros ({@code 12.5}, {@code 50}). */
  public static String text(BigDecimal value) {
    BigDecimal v = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP) : value;
    v = v.stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }

  /** True if both are numerically equal, whatever their scale. */
  public static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  /** Below this, two sums differ only by the rounding of 34-digit division (90 / 7 × 7). */
  private static final BigDecimal ROUNDING_NOISE = new BigDecimal("1E-20");

  /** True if {@code a} and {@code b} are equal up to the noise of 34-digit division. */
  public static boolean sameUpToRounding(BigDecimal a, BigDecimal b) {
    return a.subtract(b).abs().compareTo(ROUNDING_NOISE) <= 0;
  }
}
