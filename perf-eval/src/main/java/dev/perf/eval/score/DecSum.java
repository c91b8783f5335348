package dev.perf.eval.score;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The exact sum of {@link Dec34} values, as {@link BigDecimal#add} chains would give it from
 * {@link BigDecimal#ZERO}: the exact value, at the largest scale of the terms (0 at least).
 *
 * <p>Terms are added up per scale (a table has few distinct scales), each scale's sum in three
 * 18-digit words; the scales are brought together once, in base-10^9 limbs at the largest scale.
 * Terms with a scale outside {@code [0, SCALE]} or an integer part of more than 20 digits are refused.
 */
final class DecSum {
  /** The largest scale a term may have. */
  static final int SCALE = 45;
  private static final int LIMBS = 9;
  /** The largest integer part a term may have, in digits; keeps the sum within its limbs. */
  private static final int INTEGER_DIGITS = 20;
  /** At most this many terms: the sum's integer part stays below 10^27, within the limbs. */
  private static final int TERMS_LIMIT = 1 << 20;

  /** Per scale: the sum of the unscaled values, {@code top × 10^36 + hi × 10^18 + lo}, each part below 10^18. */
  private final long[] top = new long[SCALE + 1];
  private final long[] hi = new long[SCALE + 1];
  private final long[] lo = new long[SCALE + 1];
  /** Bit s set: some term has scale s. */
  private long used;
  private int maxScale;
  private int terms;
  /** The sum's unscaled value at {@link #maxScale} in base-10^9 limbs (one spare), once {@link #collected} and not {@link #narrow}. */
  private final long[] limbs = new long[LIMBS + 1];
  private boolean collected;
  /** True if the collected sum has at most 36 digits and is {@code narrowHi × 10^18 + narrowLo} instead of {@link #limbs}. */
  private boolean narrow;
  private long narrowHi;
  private long narrowLo;

  /** Forgets every term. */
  DecSum clear() {
    for (long bits = used; bits != 0; bits &= bits - 1) {
      int s = Long.numberOfTrailingZeros(bits);
      top[s] = 0;
      hi[s] = 0;
      lo[s] = 0;
    }
    used = 0;
    collected = false;
    maxScale = 0;
    terms = 0;
    return this;
  }

  /** Adds {@code term}; false (sum unchanged) if its scale or size is out of range. */
  boolean add(Dec34 term) {
    int s = term.scale;
    // below 10^18, or with 16 decimals or more, the integer part of a term (36 digits at most) cannot
    // exceed 20 digits: count digits only otherwise
    if (s < 0 || s > SCALE || (term.hi != 0 && s < 16 && term.digits() - s > INTEGER_DIGITS) || ++terms > TERMS_LIMIT) {
      return false;
    }
    if (s > maxScale) {
      maxScale = s;
    }
    collected = false;
    used |= 1L << s;
    long l = lo[s] + term.lo;
    long carry = l >= Dec34.E18 ? 1 : 0;
    lo[s] = l - carry * Dec34.E18;
    long h = hi[s] + term.hi + carry;
    carry = h >= Dec34.E18 ? 1 : 0;
    hi[s] = h - carry * Dec34.E18;
    top[s] += carry;
    return true;
  }

  /** The sum as {@link BigDecimal#add} gives it: exact, at the largest scale added (or 0). {@code work} needs 10 slots. */
  BigDecimal total(long[] work) {
    if (!collected) {
      collect(work);
    }
    if (narrow) {
      return Dec34.toBigDecimal(narrowHi, narrowLo, maxScale);
    }
    long[] limbs = copy(work);
    if (Dec34.digitsOf(limbs, LIMBS) <= 36) {
      return Dec34.toBigDecimal(limbs[3] * Dec34.E9 + limbs[2], limbs[1] * Dec34.E9 + limbs[0], maxScale);
    }
    BigInteger unscaled = BigInteger.ZERO;
    BigInteger base = BigInteger.valueOf(Dec34.E9);
    for (int i = LIMBS - 1; i >= 0; i--) {
      unscaled = unscaled.multiply(base).add(BigInteger.valueOf(limbs[i]));
    }
    return new BigDecimal(unscaled, maxScale);
  }

  /**
   * The sum as shown ({@link Arithmetic#display}: two decimals, HALF_UP), or null if its hundredths
   * do not fit a long.
   */
  BigDecimal display(long[] work) {
    if (!collected) {
      collect(work);
    }
    if (narrow) {
      long thousandths = narrowThousandths();
      return thousandths < 0 ? null : BigDecimal.valueOf(thousandths / 10 + (thousandths % 10 >= 5 ? 1 : 0), 2);
    }
    long[] limbs = copy(work);
    if (maxScale >= 3) {
      int length = LIMBS;
      while (length > 1 && limbs[length - 1] == 0) {
        length--;
      }
      Dec34.shiftRight(limbs, length, maxScale - 3);
    } else {
      Dec34.shiftLeft(limbs, LIMBS, 3 - maxScale);
    }
    for (int i = 2; i <= LIMBS; i++) {
      if (limbs[i] != 0) {
        return null;
      }
    }
    long thousandths = limbs[1] * Dec34.E9 + limbs[0];
    long hundredths = thousandths / 10 + (thousandths % 10 >= 5 ? 1 : 0);
    return BigDecimal.valueOf(hundredths, 2);
  }

  /** A copy of the sum's unscaled value (at {@link #maxScale}) in base-10^9 limbs, in {@code work}. */
  private long[] copy(long[] work) {
    if (!collected) {
      collect(work);
    }
    System.arraycopy(limbs, 0, work, 0, LIMBS + 1);
    return work;
  }

  /** The narrow sum in thousandths, rounded down, or -1 if that is 10^18 or more (as the limbs' path refuses it). */
  private long narrowThousandths() {
    int k = maxScale - 3;
    if (k >= 36) {
      return 0;
    }
    if (k >= 18) {
      return narrowHi / Dec34.POW10[k - 18];
    }
    if (k >= 0) {
      // narrowHi × 10^(18-k) + narrowLo / 10^k, below 10^18 exactly when narrowHi < 10^k
      return narrowHi >= Dec34.POW10[k] ? -1 : narrowHi * Dec34.POW10[18 - k] + narrowLo / Dec34.POW10[k];
    }
    return narrowHi != 0 || narrowLo >= Dec34.POW10[18 + k] ? -1 : narrowLo * Dec34.POW10[-k];
  }

  private void collect(long[] work) {
    narrow = collectNarrow();
    if (narrow) {
      collected = true;
      return;
    }
    java.util.Arrays.fill(limbs, 0);
    for (long bits = used; bits != 0; bits &= bits - 1) {
      int s = Long.numberOfTrailingZeros(bits);
      // each scale's sum is widened to the largest scale: at most 27 + 45 digits, within the limbs
      Dec34.toLimbs(hi[s], lo[s], work);
      addInto(limbs, work, maxScale == s ? 4 : Dec34.shiftLeft(work, 4, maxScale - s), 0);
      if (top[s] != 0) {
        Dec34.toLimbs(0, top[s], work);
        addInto(limbs, work, Dec34.shiftLeft(work, 4, maxScale - s), 4); // × 10^36: four limbs up
      }
    }
    collected = true;
  }

  /**
   * Brings the scales together in two 18-digit words, {@link #narrowHi} and {@link #narrowLo}, if
   * every widened term and the sum stay below 10^36; false otherwise (the limbs' path then runs).
   */
  private boolean collectNarrow() {
    long accHi = 0;
    long accLo = 0;
    for (long bits = used; bits != 0; bits &= bits - 1) {
      int s = Long.numberOfTrailingZeros(bits);
      if (top[s] != 0) {
        return false;
      }
      long h = hi[s];
      long l = lo[s];
      int d = maxScale - s;
      if (d >= 18) {
        // (h, l) × 10^d = l × 10^(d-18) words up: fits only if h is 0 and that product stays below 10^18
        int e = d - 18;
        if (h != 0 || e >= 18 || l >= Dec34.POW10[18 - e]) {
          return false;
        }
        h = l * Dec34.POW10[e];
        l = 0;
      } else if (d > 0) {
        // the top d digits of l move up into h; h × 10^d must stay below 10^18
        long split = Dec34.POW10[18 - d];
        if (h >= split) {
          return false;
        }
        long up = l / split;
        h = h * Dec34.POW10[d] + up;
        l = (l - up * split) * Dec34.POW10[d];
      }
      accLo += l;
      if (accLo >= Dec34.E18) {
        accLo -= Dec34.E18;
        accHi++;
      }
      accHi += h;
      if (accHi >= Dec34.E18) {
        return false;
      }
    }
    narrowHi = accHi;
    narrowLo = accLo;
    return true;
  }

  private static void addInto(long[] out, long[] terms, int length, int offset) {
    // every limb is below 10^9, so a sum of two and a carry needs one subtraction at most
    long carry = 0;
    int i = 0;
    for (; i < length && i + offset <= LIMBS; i++) {
      long v = out[i + offset] + terms[i] + carry;
      carry = v >= Dec34.E9 ? 1 : 0;
      out[i + offset] = v - carry * Dec34.E9;
    }
    // past the term, only a carry moves on
    for (; carry != 0 && i + offset <= LIMBS; i++) {
      long v = out[i + offset] + 1;
      carry = v >= Dec34.E9 ? 1 : 0;
      out[i + offset] = v - carry * Dec34.E9;
    }
  }
}
