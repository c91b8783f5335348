package dev.perf.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** A first-level category (一级指标) such as 产出指标, holding second-level categories. */
public record Category(String name, Optional<BigDecimal> points, List<SubCategory> subCategories) {
  public Category {
    Require.text(name, "name");
    points = Objects.requireNonNull(points, "points").map(p -> Require.nonNegative(p, "points"));
    subCategories = Require.copy(subCategories, "subCategories");
  }

  /** Every indicator of this category, in order. */
  public Stream<Indicator> indicators() {
    return subCategories.stream().flatMap(s -> s.indicators().stream());
  }
}
