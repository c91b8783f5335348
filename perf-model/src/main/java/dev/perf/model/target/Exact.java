package dev.perf.model.target;

import dev.perf.model.quantity.Quantity;
import java.util.Objects;

/** An exact value: {@code =100%}, or a bare {@code 100%}. */
public record Exact(Quantity value) implements Target {
  public Exact {
    Objects.requireNonNull(value, "value");
  }
}
