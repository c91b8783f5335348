package dev.perf.eval.score;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A mutable non-negative decimal of at most 36 digits for the scoring kernel: unscaled value
 * {@code hi × 10^18 + lo}, times {@code 10^-scale}. Its products and quotients give exactly what
 * {@link Arithmetic#multiply} and {@link Arithmetic#divide} give (34 digits, rounded down, the same
 * scale), but in long arithmetic on base-10^9 limbs, without allocating.
 *
 * <p>Anything outside its range (negative values, more than 36 digits, divisors of ten digits or
 * more) is refused by returning false, and the caller takes the {@link BigDecimal} path.
 */
final class Dec34 {
  static final long E9 = 1_000_000_000L;
  static final long E18 = E9 * E9;
  /** Below this {@link #hi}, a value has at most 34 digits. */
  static final long E16 = E18 / 100;
  private static final int DIGITS = 34;
  /** 10^0 … 10^18. */
  static final long[] POW10 = new long[19];
  private static final double[] POW10_DOUBLE = new double[23];
  private static final BigInteger BIG_E18 = BigInteger.valueOf(E18);
  /**
   * x / 10^d for a limb x < 2^30 as (x × MAGIC[d]) >>> SHIFT[d]: with SHIFT = 30 + ⌈log2 10^d⌉ and
   * MAGIC = ⌈2^SHIFT / 10^d⌉ the quotient is exact for every 30-bit x (Granlund and Montgomery), and
   * the product stays below 2^61. A multiplication instead of a division by a variable.
   */
  private static final long[] MAGIC = new long[10];
  private static final int[] SHIFT = new int[10];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
    for (int d = 0; d < MAGIC.length; d++) {
      int log = 64 - Long.numberOfLeadingZeros(POW10[d] - 1);
      SHIFT[d] = 30 + log;
      MAGIC[d] = BigInteger.ONE.shiftLeft(SHIFT[d]).add(BigInteger.valueOf(POW10[d] - 1))
          .divide(BigInteger.valueOf(POW10[d])).longValueExact();
    }
    for (int i = 0; i < POW10_DOUBLE.length; i++) {
      POW10_DOUBLE[i] = Double.parseDouble("1e" + i);
    }
  }

  long hi;
  long lo;
  int scale;

  /** Sets the value {@code (hi × 10^18 + lo) × 10^-scale}. */
  Dec34 set(long hi, long lo, int scale) {
    this.hi = hi;
    this.lo = lo;
    this.scale = scale;
    return this;
  }

  /** Copies {@code other}. */
  Dec34 set(Dec34 other) {
    return set(other.hi, other.lo, other.scale);
  }

  boolean isZero() {
    return hi == 0 && lo == 0;
  }

  /** The number of digits of the unscaled value ({@link BigDecimal#precision()}: 1 for zero). */
  int digits() {
    return hi != 0 ? 18 + digitsOf(hi) : digitsOf(lo);
  }

  /**
   * Reads {@code v}; false (and this unchanged in meaning) if it is negative or has more than 36
   * digits. Small values are read through {@link BigDecimal#doubleValue()}, which does not allocate:
   * below 10^15 with a scale up to 22 the double is within a quarter of the unscaled value once
   * multiplied back, so rounding recovers it exactly.
   */
  boolean read(BigDecimal v) {
    if (v.signum() < 0) {
      return false;
    }
    int s = v.scale();
    int p = v.precision();
    if (p <= 15 && s >= 0 && s < POW10_DOUBLE.length) {
      set(0, Math.round(v.doubleValue() * POW10_DOUBLE[s]), s);
      return true;
    }
    if (p > 36) {
      return false;
    }
    BigInteger u = v.unscaledValue();
    if (u.bitLength() < 63) {
      long x = u.longValue();
      set(x / E18, x % E18, s);
    } else {
      BigInteger[] qr = u.divideAndRemainder(BIG_E18);
      set(qr[0].longValue(), qr[1].longValue(), s);
    }
    return true;
  }

  /** The value as a {@link BigDecimal} with this unscaled value and scale. */
  BigDecimal toBigDecimal() {
    return toBigDecimal(hi, lo, scale);
  }

  /** {@code (hi × 10^18 + lo) × 10^-scale} as a {@link BigDecimal}: one magnitude array, no intermediate numbers. */
  static BigDecimal toBigDecimal(long hi, long lo, int scale) {
    if (hi == 0) {
      return BigDecimal.valueOf(lo, scale);
    }
    // hi × 10^18 + lo in 128 bits: 10^18 < 2^63 and hi < 10^18, so the high word comes from multiplyHigh
    long low = hi * E18;
    long high = Math.multiplyHigh(hi, E18);
    long sum = low + lo;
    if (Long.compareUnsigned(sum, low) < 0) {
      high++;
    }
    byte[] magnitude = new byte[16];
    for (int i = 0; i < 8; i++) {
      magnitude[i] = (byte) (high >>> (56 - 8 * i));
      magnitude[8 + i] = (byte) (sum >>> (56 - 8 * i));
    }
    return new BigDecimal(new BigInteger(1, magnitude), scale);
  }

  /** True if the value is above 1; cheaper than {@link #compareTo} with one. */
  boolean aboveOne() {
    if (isZero()) {
      return false;
    }
    if (scale <= 0) {
      return scale < 0 || hi != 0 || lo > 1;
    }
    if (scale >= 36) {
      return false; // fewer than 37 digits after the point: below 1
    }
    long oneHi = scale >= 18 ? POW10[scale - 18] : 0;
    long oneLo = scale >= 18 ? 0 : POW10[scale];
    return compare(hi, lo, oneHi, oneLo) > 0;
  }

  /** Compares values, whatever the scales ({@link BigDecimal#compareTo}); {@code work} needs 10 slots. */
  int compareTo(Dec34 other, long[] work) {
    boolean zero = isZero();
    if (zero || other.isZero()) {
      return zero == other.isZero() ? 0 : zero ? -1 : 1;
    }
    long exponent = (long) digits() - scale;
    long otherExponent = (long) other.digits() - other.scale;
    if (exponent != otherExponent) {
      return exponent < otherExponent ? -1 : 1;
    }
    // same leading position: the one with the smaller scale, widened, has as many digits as the other
    if (scale < other.scale) {
      widen(hi, lo, other.scale - scale, work);
      return compare(work[0], work[1], other.hi, other.lo);
    }
    widen(other.hi, other.lo, scale - other.scale, work);
    return compare(hi, lo, work[0], work[1]);
  }

  private static int compare(long hi, long lo, long otherHi, long otherLo) {
    return hi != otherHi ? Long.compare(hi, otherHi) : Long.compare(lo, otherLo);
  }

  /** {@code (hi, lo) × 10^digits}, at most 36 digits, to {@code work[0]} (hi) and {@code work[1]} (lo). */
  private static void widen(long hi, long lo, int digits, long[] work) {
    toLimbs(hi, lo, work);
    shiftLeft(work, 4, digits);
    long h = work[3] * E9 + work[2];
    work[1] = work[1] * E9 + work[0];
    work[0] = h;
  }

  /**
   * {@code into = a × b} to 34 digits, rounded down: {@link Arithmetic#multiply}. {@code work}
   * needs 10 slots.
   */
  static void multiply(Dec34 a, Dec34 b, Dec34 into, long[] work) {
    if (a.hi == 0 && b.hi == 0 && Math.multiplyHigh(a.lo, b.lo) == 0) {
      long product = a.lo * b.lo;
      if (product >= 0 && product < E18) {
        into.set(0, product, a.scale + b.scale); // 18 digits at most: exact, nothing to drop
        return;
      }
    }
    if (b.hi == 0 && b.lo < E9) {
      multiplyShort(a, b.lo, a.scale + b.scale, into, work);
      return;
    }
    if (a.hi == 0 && a.lo < E9) {
      multiplyShort(b, a.lo, a.scale + b.scale, into, work);
      return;
    }
    long a0 = a.lo % E9;
    long a1 = a.lo / E9;
    long a2 = a.hi % E9;
    long a3 = a.hi / E9;
    long b0 = b.lo % E9;
    long b1 = b.lo / E9;
    long b2 = b.hi % E9;
    long b3 = b.hi / E9;
    // columns of the schoolbook product: at most four products below 10^18 each, so no overflow
    long c = a0 * b0;
    work[0] = c % E9;
    c = c / E9 + a0 * b1 + a1 * b0;
    work[1] = c % E9;
    c = c / E9 + a0 * b2 + a1 * b1 + a2 * b0;
    work[2] = c % E9;
    c = c / E9 + a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0;
    work[3] = c % E9;
    c = c / E9 + a1 * b3 + a2 * b2 + a3 * b1;
    work[4] = c % E9;
    c = c / E9 + a2 * b3 + a3 * b2;
    work[5] = c % E9;
    c = c / E9 + a3 * b3;
    work[6] = c % E9;
    work[7] = c / E9;
    work[8] = 0;
    truncate(work, 8, a.scale + b.scale, into);
  }

  /** {@code into = a × small} to 34 digits, for {@code small < 10^9}: one limb times four. */
  private static void multiplyShort(Dec34 a, long small, int scale, Dec34 into, long[] work) {
    long c = (a.lo % E9) * small;
    work[0] = c % E9;
    c = c / E9 + (a.lo / E9) * small;
    work[1] = c % E9;
    c = c / E9 + (a.hi % E9) * small;
    work[2] = c % E9;
    c = c / E9 + (a.hi / E9) * small;
    work[3] = c % E9;
    work[4] = c / E9;
    work[5] = 0;
    truncate(work, 5, scale, into);
  }

  /** {@code into} = the limbs of a product at {@code scale}, rounded down to 34 digits. */
  private static void truncate(long[] work, int length, int scale, Dec34 into) {
    int digits = digitsOf(work, length);
    if (digits > DIGITS) {
      // rounding down is dropping digits; the scale goes down with them (no zeros are stripped)
      int drop = digits - DIGITS;
      shiftRight(work, length, drop);
      scale -= drop;
    }
    into.set(work[3] * E9 + work[2], work[1] * E9 + work[0], scale);
  }

  /**
   * {@code into = a / b} to 34 digits, rounded down, as {@link Arithmetic#divide} gives it: an
   * inexact quotient keeps 34 digits; an exact one drops trailing zeros down to the preferred scale
   * {@code a.scale − b.scale}. False if {@code b} is zero or has ten digits or more, or {@code a} has
   * more than 34 ({@code into} is then undefined). {@code work} needs 10 slots.
   */
  static boolean divide(Dec34 a, Dec34 b, Dec34 into, long[] work) {
    if (b.hi != 0 || b.lo == 0 || b.lo >= E9) {
      return false;
    }
    int preferred = a.scale - b.scale;
    if (a.isZero()) {
      into.set(0, 0, preferred);
      return true;
    }
    long divisor = b.lo;
    int da = a.digits();
    int db = digitsOf(divisor);
    if (divisor == POW10[db - 1] && da <= DIGITS) {
      // by 10^k: exact, the same digits; trailing zeros go as far as the preferred scale
      int strip = Math.min(trailingZeros(a.hi, a.lo), db - 1);
      toLimbs(a.hi, a.lo, work);
      shiftRight(work, 4, strip);
      into.set(work[3] * E9 + work[2], work[1] * E9 + work[0], preferred + db - 1 - strip);
      return true;
    }
    // BigDecimal takes one digit less when the dividend's leading digits exceed the divisor's
    if (da > DIGITS) {
      return false; // BigDecimal would round an exact quotient of 35 digits once more
    }
    int raise = DIGITS + db - da - (mantissaAbove(a, da, divisor, db, work) ? 1 : 0);
    if (a.hi == 0 && divideInexact(a.lo, divisor, raise, preferred + raise, into)) {
      return true;
    }
    toLimbs(a.hi, a.lo, work);
    int length = shiftLeft(work, 4, raise);
    int top = length - 1;
    while (top > 0 && work[top] == 0) {
      top--;
    }
    // schoolbook short division; each step's quotient digit from a double reciprocal, then corrected
    // (the estimate is off by at most a few units), since a 64-bit division costs tens of cycles
    double reciprocal = 1.0 / divisor;
    long rest = 0;
    for (int i = top; i >= 0; i--) {
      long current = rest * E9 + work[i];
      long q = quotient(current, divisor, reciprocal);
      work[i] = q;
      rest = current - q * divisor;
    }
    int scale = preferred + raise;
    if (rest == 0) {
      int strip = Math.min(trailingZeros(work, length), raise);
      shiftRight(work, length, strip);
      scale -= strip;
    }
    into.set(work[3] * E9 + work[2], work[1] * E9 + work[0], scale);
    return true;
  }

  /**
   * {@code into = ⌊a × 10^raise / divisor⌋} at {@code scale}, for a dividend below 10^18: the quotient's
   * base-10^9 limbs are kept in locals, its digits appended nine at a time. False if the division
   * is exact ({@code into} unchanged), since an exact quotient drops trailing zeros, which the general
   * path does.
   */
  private static boolean divideInexact(long a, long divisor, int raise, int scale, Dec34 into) {
    double reciprocal = 1.0 / divisor;
    long q = a / divisor;
    long r = a - q * divisor;
    long l0 = q % E9;
    long l1 = q / E9;
    long l2 = 0;
    long l3 = 0;
    int first = raise % 9;
    if (first > 0) {
      long p = POW10[first];
      long current = r * p;
      long d = quotient(current, divisor, reciprocal);
      r = current - d * divisor;
      long t = l0 * p + d;
      l0 = t % E9;
      t = l1 * p + t / E9;
      l1 = t % E9;
      t = l2 * p + t / E9;
      l2 = t % E9;
      l3 = l3 * p + t / E9;
    }
    for (int chunks = raise / 9; chunks > 0; chunks--) {
      long current = r * E9;
      long d = quotient(current, divisor, reciprocal);
      r = current - d * divisor;
      l3 = l2;
      l2 = l1;
      l1 = l0;
      l0 = d;
    }
    if (r == 0) {
      return false;
    }
    into.set(l3 * E9 + l2, l1 * E9 + l0, scale);
    return true;
  }

  /**
   * ⌊current / divisor⌋ for {@code current < divisor × 10^9}: a double reciprocal's estimate, off by
   * a few units at most, then corrected; a 64-bit division would cost tens of cycles.
   */
  private static long quotient(long current, long divisor, double reciprocal) {
    long q = (long) (current * reciprocal);
    long r = current - q * divisor;
    while (r < 0) {
      q--;
      r += divisor;
    }
    while (r >= divisor) {
      q++;
      r -= divisor;
    }
    return q;
  }

  /** True if the leading digits of {@code a} ({@code da} of them) exceed those of {@code divisor}. */
  private static boolean mantissaAbove(Dec34 a, int da, long divisor, int db, long[] work) {
    if (da < db) {
      return a.lo * POW10[db - da] > divisor;
    }
    if (a.hi == 0) {
      return a.lo > divisor * POW10[da - db]; // da ≤ 18: the widened divisor fits a long
    }
    widen(0, divisor, da - db, work);
    return compare(a.hi, a.lo, work[0], work[1]) > 0;
  }

  /** Writes the four base-10^9 limbs of {@code hi × 10^18 + lo} to {@code r[0..3]}, least first. */
  static void toLimbs(long hi, long lo, long[] r) {
    r[0] = lo % E9;
    r[1] = lo / E9;
    r[2] = hi % E9;
    r[3] = hi / E9;
  }

  /** Multiplies the {@code length} limbs of {@code r} by 10^digits in place; returns the new length. */
  static int shiftLeft(long[] r, int length, int digits) {
    int limbs = digits / 9;
    int d = digits % 9;
    int out = length + limbs + 1;
    for (int i = length; i < out; i++) {
      r[i] = 0;
    }
    long up = POW10[d];
    for (int i = length - 1; i >= 0; i--) {
      long v = r[i] * up;
      r[i + limbs + 1] += v / E9;
      r[i + limbs] = v % E9;
    }
    for (int i = 0; i < limbs; i++) {
      r[i] = 0;
    }
    return out;
  }

  /** Divides the {@code length} limbs of {@code r} by 10^digits in place, rounding down. */
  static void shiftRight(long[] r, int length, int digits) {
    if (digits == 0) {
      return;
    }
    int limbs = digits / 9;
    int d = digits % 9;
    long down = POW10[d];
    long up = POW10[9 - d];
    long magic = MAGIC[d];
    int shift = SHIFT[d];
    int kept = Math.max(length - limbs, 0);
    // limb i takes the high digits of limb i + limbs and the low digits of the limb above it;
    // upwards, so that every source is read before it is overwritten
    long quotient = kept > 0 ? (r[limbs] * magic) >>> shift : 0;
    for (int i = 0; i < kept; i++) {
      long above = i + limbs + 1 < length ? r[i + limbs + 1] : 0;
      long aboveQuotient = (above * magic) >>> shift;
      r[i] = quotient + (above - aboveQuotient * down) * up;
      quotient = aboveQuotient;
    }
    for (int i = kept; i < length; i++) {
      r[i] = 0;
    }
  }

  /** The decimal digits of the number in the {@code length} limbs of {@code r} (1 for zero). */
  static int digitsOf(long[] r, int length) {
    int top = length - 1;
    while (top > 0 && r[top] == 0) {
      top--;
    }
    return 9 * top + digitsOf(r[top]);
  }

  /** Trailing zero digits of a non-zero {@code hi × 10^18 + lo}. */
  private static int trailingZeros(long hi, long lo) {
    long v = lo != 0 ? lo : hi;
    int zeros = lo != 0 ? 0 : 18;
    while (v % 10 == 0) {
      v /= 10;
      zeros++;
    }
    return zeros;
  }

  private static int trailingZeros(long[] r, int length) {
    int zeros = 0;
    for (int i = 0; i < length; i++) {
      long v = r[i];
      if (v == 0) {
        zeros += 9;
        continue;
      }
      while (v % 10 == 0) {
        v /= 10;
        zeros++;
      }
      return zeros;
    }
    return zeros;
  }

  /** The decimal digits of {@code v ≥ 0} (1 for zero). */
  static int digitsOf(long v) {
    if (v < 10) {
      return 1;
    }
    // log10 from the bit length, then one comparison (v < 10^18 here)
    int n = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12;
    return n < POW10.length && v >= POW10[n] ? n + 1 : n;
  }

  @Override
  public String toString() {
    return toBigDecimal().toString();
  }
}
