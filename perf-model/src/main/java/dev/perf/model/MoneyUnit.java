package dev.perf.model;

import dev.perf.model.quantity.Unit;
import java.util.Optional;

/** The unit in which a table states its amounts (金额单位); 万元 unless the file says otherwise. */
public enum MoneyUnit {
  YUAN(Unit.YUAN),
  QIAN_YUAN(Unit.QIAN_YUAN),
  WAN_YUAN(Unit.WAN_YUAN),
  YI_YUAN(Unit.YI_YUAN);

  /** The unit a table uses when it names none. */
  public static final MoneyUnit DEFAULT = WAN_YUAN;

  private final Unit unit;

  MoneyUnit(Unit unit) {
    this.unit = unit;
  }

  /** The unit as a {@link Unit} of family money. */
  public Unit unit() {
    return unit;
  }

  /** The Chinese symbol: 元, 千元, 万元, 亿元. */
  public String symbol() {
    return unit.symbol();
  }

  /** The money unit written as {@code symbol}. */
  public static Optional<MoneyUnit> fromSymbol(String symbol) {
    for (MoneyUnit m : values()) {
      if (m.symbol().equals(symbol)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
