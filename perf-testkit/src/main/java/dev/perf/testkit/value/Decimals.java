package dev.perf.testkit.value;

import java.math.BigDecimal;
import java.util.Objects;

/** Reads the numbers tests write as text ({@code "90"}, {@code "12.5"}) with a clear error. */
public final class Decimals {
  private Decimals() {}

  /**
   * {@code text} as a number.
   *
   * @throws IllegalArgumentException if it is not a plain decimal number
   */
  public static BigDecimal parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: \"" + text + "\"", e);
    }
  }

  /** {@code value} without trailing zeros, in plain notation: 12.50 → 12.5, 90.00 → 90. */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
