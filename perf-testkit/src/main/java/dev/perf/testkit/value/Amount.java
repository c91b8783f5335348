package dev.perf.testkit.value;

import dev.perf.model.MoneyUnit;
import dev.perf.model.quantity.Quantity;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as a test writes it: {@code "20.00 万元"}, {@code "200000 元"}, {@code "20"}
 * (a bare number is in the table's own 金额单位). Amounts compare by value across units, so
 * {@code 200000 元} equals {@code 20.00 万元}.
 *
 * @param value the number as written
 * @param unit the money unit written after it, if any
 */
public record Amount(BigDecimal value, Optional<MoneyUnit> unit) {
  private static final Pattern AMOUNT = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(元|千元|万元|亿元)?");

  /** Rejects nulls and negative values. */
  public Amount {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("an amount cannot be negative: " + value.toPlainString());
    }
  }

  /**
   * Reads {@code text} such as {@code 20.00 万元}; thousands separators ({@code 200,000 元}) are
   * allowed.
   *
   * @throws IllegalArgumentException if {@code text} is not a number with an optional money unit
   */
  public static Amount parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = AMOUNT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an amount of money: \"" + text
          + "\" (write a number with an optional unit 元, 千元, 万元 or 亿元, e.g. \"20.00 万元\")");
    }
    BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
    return new Amount(value, Optional.ofNullable(m.group(2)).flatMap(MoneyUnit::fromSymbol));
  }

  /** The amount in {@code tableUnit} when no unit was written. */
  public Quantity in(MoneyUnit tableUnit) {
    return new Quantity(value, unit.orElse(tableUnit).unit());
  }

  /** True if this amount equals {@code amount} in {@code tableUnit} by value. */
  public boolean equalsAmount(BigDecimal amount, MoneyUnit tableUnit) {
    return in(tableUnit).compareTo(new Quantity(amount, tableUnit.unit())) == 0;
  }

  /** The amount as written, with the table's unit when none was written. */
  public String describe(MoneyUnit tableUnit) {
    return value.toPlainString() + " " + unit.orElse(tableUnit).symbol();
  }
}
