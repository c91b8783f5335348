package dev.perf.model.target;

import dev.perf.model.Require;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import java.math.BigDecimal;
import java.util.Objects;

/** An inclusive range: {@code 40%～45%} or {@code [2, 4] 个工作日}; both ends share one unit. */
public record Range(BigDecimal low, BigDecimal high, Unit unit) implements Target {
  public Range {
    low = Require.plain(Objects.requireNonNull(low, "low"));
    high = Require.plain(Objects.requireNonNull(high, "high"));
    Objects.requireNonNull(unit, "unit");
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException("range low " + low + " is above high " + high);
    }
  }

  public Quantity lowQuantity() {
    return new Quantity(low, unit);
  }

  public Quantity highQuantity() {
    return new Quantity(high, unit);
  }
}
