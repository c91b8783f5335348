package dev.perf.cli.report;

import java.util.List;
import java.util.Objects;

/** Label–value pairs, like the header rows of an official table. */
public record Fields(List<Field> fields) implements Block {
  public Fields {
    fields = List.copyOf(fields);
  }

  /** One label and its value. */
  public record Field(String label, String value) {
    public Field {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }
}
