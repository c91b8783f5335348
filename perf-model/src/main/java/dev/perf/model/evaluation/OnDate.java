package dev.perf.model.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/** The date a deadline indicator was completed. */
public record OnDate(LocalDate date) implements Actual {
  public OnDate {
    Objects.requireNonNull(date, "date");
  }
}
