package dev.perf.model.target;

import java.time.LocalDate;
import java.util.Objects;

/** Done on or before a date: {@code ≤ 2025-06-30}, {@code 2025年6月30日前}. */
public record Deadline(LocalDate date) implements Target {
  public Deadline {
    Objects.requireNonNull(date, "date");
  }
}
