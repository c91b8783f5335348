package dev.perf.model.quantity;

import dev.perf.model.Require;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A number with its unit, such as {@code 30 场} or {@code 98 %}. The value keeps the scale it was
 * written with ({@code 20.00} stays {@code 20.00}); comparisons use {@link #compareTo(Quantity)}.
 */
public record Quantity(BigDecimal value, Unit unit) {

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
    BigDecimal base = value.multiply(unit.toBase());
    // Factors are powers of ten, so the division is exact; DECIMAL128 guards odd custom factors.
    return Optional.of(Require.plain(base.divide(target.toBase(), MathContext.DECIMAL128).stripTrailingZeros()));
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
