package dev.perf.model.quantity;

import dev.perf.model.Require;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A number with its unit, such as {@code 30 场} or {@code 98 %}. The value keeps the scale it was
 * written with ({@code 20.00} stays {@code 20.00}); comparisons use {@link #compareTo(Quantity)}.
 */
public record Quantity(BigDecimal value, Unit unit) {
  /** The factors of the known units ({@code 10000}, {@code 0.01} …) and the power of ten each is. */
  private static final Map<BigDecimal, Integer> POWERS_OF_TEN = powersOfTen();

  public Quantity {
    value = Require.plain(Objects.requireNonNull(value, "value"));
    Objects.requireNonNull(unit, "unit");
  }

  /** {@code value} in {@code unit}. */
  public static Quantity of(String value, Unit unit) {
    return new Quantity(new BigDecimal(value), unit);
  }

  /** True if this quantity can be compared with quantities in {@code other}. */
  public boolean isComparableWith(Unit other) {
    return unit.isComparableWith(other);
  }

  /** This quantity expressed in {@code target}, if the units are comparable. Exact (no rounding). */
  public Optional<BigDecimal> valueIn(Unit target) {
    if (!unit.isComparableWith(target)) {
      return Optional.empty();
    }
    if (unit.toBase().compareTo(target.toBase()) == 0) {
      return Optional.of(value);
    }
    Integer from = POWERS_OF_TEN.get(unit.toBase());
    Integer to = POWERS_OF_TEN.get(target.toBase());
    if (from != null && to != null && value.precision() <= MathContext.DECIMAL128.getPrecision()) {
      // the known units: a shift of the decimal point, exactly what the division below gives, without dividing
      return Optional.of(Require.plain(value.scaleByPowerOfTen(from - to).stripTrailingZeros()));
    }
    BigDecimal base = value.multiply(unit.toBase());
    // Known factors are powers of ten, so the division is exact; DECIMAL128 guards odd custom factors.
    return Optional.of(Require.plain(base.divide(target.toBase(), MathContext.DECIMAL128).stripTrailingZeros()));
  }

  /** 10^-12 … 10^12, each written as the known units write their factors (unscaled 1 or scale 0). */
  private static Map<BigDecimal, Integer> powersOfTen() {
    Map<BigDecimal, Integer> m = new HashMap<>();
    for (int e = -12; e <= 12; e++) {
      m.put(e >= 0 ? BigDecimal.TEN.pow(e) : BigDecimal.ONE.movePointLeft(-e), e);
    }
    return Map.copyOf(m);
  }

  /**
   * Compares with {@code other} after conversion.
   *
   * @throws IllegalArgumentException if the units are not comparable
   */
  public int compareTo(Quantity other) {
    BigDecimal converted = other.valueIn(unit).orElseThrow(() -> new IllegalArgumentException(
        "cannot compare " + this + " with " + other));
    return value.compareTo(converted);
  }

  @Override
  public String toString() {
    return value.toPlainString() + unit.symbol();
  }
}
