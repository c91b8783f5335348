package dev.perf.model.quantity;

import dev.perf.model.Require;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of measurement as written after a number ({@code 场}, {@code 万元}, {@code %}). Known units
 * carry a family and a factor to the family's base unit so that equal quantities compare equal
 * whatever their spelling ({@code 20 万元 = 200000 元}).
 *
 * @param symbol the unit as written; empty for {@link #NONE}
 * @param family the conversion family
 * @param toBase how many base units one of this unit is (1 for {@link UnitFamily#OTHER})
 */
public record Unit(String symbol, UnitFamily family, BigDecimal toBase) {

  /** No unit: a bare number. */
  public static final Unit NONE = new Unit("", UnitFamily.NONE, BigDecimal.ONE);
  public static final Unit YUAN = new Unit("元", UnitFamily.MONEY, BigDecimal.ONE);
  public static final Unit QIAN_YUAN = new Unit("千元", UnitFamily.MONEY, new BigDecimal("1000"));
  public static final Unit WAN_YUAN = new Unit("万元", UnitFamily.MONEY, new BigDecimal("10000"));
  public static final Unit YI_YUAN = new Unit("亿元", UnitFamily.MONEY, new BigDecimal("100000000"));
  public static final Unit PERCENT = new Unit("%", UnitFamily.RATIO, new BigDecimal("0.01"));
  public static final Unit PERMILLE = new Unit("‰", UnitFamily.RATIO, new BigDecimal("0.001"));

  private static final Map<String, Unit> KNOWN = known();

  public Unit {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(toBase, "toBase");
    if (family == UnitFamily.NONE ? !symbol.isEmpty() : symbol.isBlank()) {
      throw new IllegalArgumentException("unit symbol must be empty exactly for a bare number");
    }
    if (toBase.signum() <= 0) {
      throw new IllegalArgumentException("toBase must be positive");
    }
  }

  private static Map<String, Unit> known() {
    Map<String, Unit> m = new LinkedHashMap<>();
    for (Unit u : List.of(YUAN, QIAN_YUAN, WAN_YUAN, YI_YUAN, PERCENT, PERMILLE,
        new Unit("米", UnitFamily.LENGTH, BigDecimal.ONE),
        new Unit("千米", UnitFamily.LENGTH, new BigDecimal("1000")),
        new Unit("公里", UnitFamily.LENGTH, new BigDecimal("1000")),
        new Unit("克", UnitFamily.MASS, new BigDecimal("0.001")),
        new Unit("千克", UnitFamily.MASS, BigDecimal.ONE),
        new Unit("公斤", UnitFamily.MASS, BigDecimal.ONE),
        new Unit("吨", UnitFamily.MASS, new BigDecimal("1000")))) {
      m.put(u.symbol(), u);
    }
    return Map.copyOf(m);
  }

  /**
   * The unit written as {@code symbol}: a known unit, or a unit of family {@link UnitFamily#OTHER}.
   * {@code ％} is read as {@code %}; an empty symbol is {@link #NONE}.
   */
  public static Unit of(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    String s = symbol.strip();
    if (s.isEmpty()) {
      return NONE;
    }
    if (s.equals("％")) {
      s = "%";
    }
    Unit known = KNOWN.get(s);
    return known != null ? known : new Unit(Require.text(s, "symbol"), UnitFamily.OTHER, BigDecimal.ONE);
  }

  /** The unit if {@code symbol} names a unit with known conversions. */
  public static Optional<Unit> known(String symbol) {
    return Optional.ofNullable(KNOWN.get(symbol));
  }

  /** Every unit with known conversions, by symbol. */
  public static Map<String, Unit> knownUnits() {
    return KNOWN;
  }

  /** True if quantities in this unit and {@code other} can be compared (same family, or same word). */
  public boolean isComparableWith(Unit other) {
    if (family == UnitFamily.OTHER || other.family == UnitFamily.OTHER) {
      return symbol.equals(other.symbol);
    }
    return family == other.family;
  }

  @Override
  public String toString() {
    return symbol;
  }
}
