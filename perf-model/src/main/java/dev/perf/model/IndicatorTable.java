package dev.perf.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The three-level indicator table (绩效指标表).
 *
 * @param framework the framework named in the file, if any ({@link #effectiveFramework()})
 * @param basis the default 指标值确定依据 of every indicator that gives none
 * @param categories the first-level categories in order
 */
public record IndicatorTable(Optional<Framework> framework, Optional<String> basis, List<Category> categories) {
  public IndicatorTable {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(basis, "basis");
    categories = Require.copy(categories, "categories");
  }

  /** The framework the table follows: the one named, else {@link Framework#DEFAULT}. */
  public Framework effectiveFramework() {
    return framework.orElse(Framework.DEFAULT);
  }

  /** Every indicator of the table, in order. */
  public Stream<Indicator> indicators() {
    return categories.stream().flatMap(Category::indicators);
  }

  /** The indicator named {@code name}. */
  public Optional<Indicator> indicator(String name) {
    return indicators().filter(i -> i.name().equals(name)).findFirst();
  }

  /** The basis of {@code indicator}: its own, else the table's default. */
  public Optional<String> basisOf(Indicator indicator) {
    return indicator.basis().or(() -> basis);
  }
}
