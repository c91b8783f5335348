package dev.perf.model.target;

import dev.perf.model.quantity.Quantity;
import java.util.Objects;

/** A bound such as {@code ≥30 场} or {@code ≤22 万元}. */
public record Comparison(Comparator comparator, Quantity bound) implements Target {
  public Comparison {
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(bound, "bound");
  }
}
