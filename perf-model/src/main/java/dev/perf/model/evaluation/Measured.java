package dev.perf.model.evaluation;

import dev.perf.model.quantity.Quantity;
import java.util.Objects;

/** A measured actual such as {@code 34 场} or {@code 99%}. */
public record Measured(Quantity value) implements Actual {
  public Measured {
    Objects.requireNonNull(value, "value");
  }
}
