package dev.perf.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's canonical constructors. */
public final class Require {
  private Require() {}

  /** Returns {@code text} if it is non-null and not blank. */
  public static String text(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }

  /** An immutable copy of {@code list} that rejects null elements. */
  public static <T> List<T> copy(List<T> list, String what) {
    Objects.requireNonNull(list, what);
    return List.copyOf(list);
  }

  /** {@code value}, rejecting negatives, with a negative scale normalised so that it prints plainly. */
  public static BigDecimal nonNegative(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value.toPlainString());
    }
    return plain(value);
  }

  /** The earliest and latest budget years a table may name. */
  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2200;

  /** {@code year} if it lies within [{@link #MIN_YEAR}, {@link #MAX_YEAR}]. */
  public static java.util.Optional<java.time.Year> year(java.util.Optional<java.time.Year> year) {
    java.util.Objects.requireNonNull(year, "year");
    year.ifPresent(y -> {
      if (y.getValue() < MIN_YEAR || y.getValue() > MAX_YEAR) {
        throw new IllegalArgumentException("year out of range: " + y);
      }
    });
    return year;
  }

  /** {@code value} with a negative scale normalised to scale 0 (so that {@code 1E+3} prints as 1000). */
  public static BigDecimal plain(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
