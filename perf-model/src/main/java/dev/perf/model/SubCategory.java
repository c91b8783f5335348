package dev.perf.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A second-level category (二级指标) such as 数量指标, holding indicators. */
public record SubCategory(String name, Optional<BigDecimal> points, List<Indicator> indicators) {
  public SubCategory {
    Require.text(name, "name");
    points = Objects.requireNonNull(points, "points").map(p -> Require.nonNegative(p, "points"));
    indicators = Require.copy(indicators, "indicators");
  }
}
