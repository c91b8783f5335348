package dev.perf.model.evaluation;

import dev.perf.model.monitoring.ReasonCategory;
import java.util.Objects;
import java.util.Optional;

/** 偏差原因: why an actual deviates from its target, with an optional category (经费/制度/人员/硬件/其他). */
public record DeviationReason(Optional<ReasonCategory> category, Optional<String> text) {
  public DeviationReason {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    if (category.isEmpty() && text.isEmpty()) {
      throw new IllegalArgumentException("a deviation reason needs a category or a text");
    }
    text.ifPresent(t -> dev.perf.model.Require.text(t, "text"));
  }

  /** A reason given only as text. */
  public static DeviationReason of(String text) {
    return new DeviationReason(Optional.empty(), Optional.of(text));
  }
}
