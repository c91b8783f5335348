package dev.perf.model;

import java.util.Objects;
import java.util.Optional;

/** The budget unit (预算单位) that owns a project: its code and optional name. */
public record BudgetUnit(String code, Optional<String> name) {
  public BudgetUnit {
    Require.text(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
