package dev.perf.eval.score;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The exact sum of {@link Dec34} values, as {@link BigDecimal#add} chains would give it from
 * {@link BigDecimal#ZERO}: the exact value, at the largest scale of the terms (0 at least). Held in
 * base-10^9 limbs at a fixed scale of {@value #SCALE} digits; terms outside that range are refused.
 */
final class DecSum {
  /** Digits after the decimal point the sum is held at. */
  static final int SCALE = 45;
  private static final int LIMBS = 8;
  /** The largest integer part a term may have, in digits; keeps the sum within its limbs. */
  private static final int INTEGER_DIGITS = 20;

  private final long[] limbs = new long[LIMBS];
  private int maxScale;

  /** Adds {@code term}; false (sum unchanged) if its scale or size is out of range. {@code work} needs 10 slots. */
  boolean add(Dec34 term, long[] work) {
    int s = term.scale;
    if (s < 0 || s > SCALE || term.digits() - s > INTEGER_DIGITS) {
      return false;
    }
    maxScale = Math.max(maxScale, s);
    Dec34.toLimbs(term.hi, term.lo, work);
    int length = Math.min(Dec34.shiftLeft(work, 4, SCALE - s), LIMBS);
    long carry = 0;
    for (int i = 0; i < LIMBS; i++) {
      long v = limbs[i] + (i < length ? work[i] : 0) + carry;
      limbs[i] = v % Dec34.E9;
      carry = v / Dec34.E9;
    }
    return true;
  }

  /** The sum as {@link BigDecimal#add} gives it: exact, at the largest scale added (or 0). */
  BigDecimal total(long[] work) {
    System.arraycopy(limbs, 0, work, 0, LIMBS);
    Dec34.shiftRight(work, LIMBS, SCALE - maxScale);
    if (Dec34.digitsOf(work, LIMBS) <= 36) {
      return new Dec34().set(work[3] * Dec34.E9 + work[2], work[1] * Dec34.E9 + work[0], maxScale).toBigDecimal();
    }
    BigInteger unscaled = BigInteger.ZERO;
    BigInteger base = BigInteger.valueOf(Dec34.E9);
    for (int i = LIMBS - 1; i >= 0; i--) {
      unscaled = unscaled.multiply(base).add(BigInteger.valueOf(work[i]));
    }
    return new BigDecimal(unscaled, maxScale);
  }

  /**
   * The sum as shown ({@link Arithmetic#display}: two decimals, HALF_UP), or null if its hundredths
   * do not fit a long.
   */
  BigDecimal display(long[] work) {
    System.arraycopy(limbs, 0, work, 0, LIMBS);
    Dec34.shiftRight(work, LIMBS, SCALE - 3);
    for (int i = 2; i < LIMBS; i++) {
      if (work[i] != 0) {
        return null;
      }
    }
    long thousandths = work[1] * Dec34.E9 + work[0];
    long hundredths = thousandths / 10 + (thousandths % 10 >= 5 ? 1 : 0);
    return BigDecimal.valueOf(hundredths, 2);
  }
}
