package dev.perf.model;

import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A third-level indicator (三级指标): its name, target value, and the optional description
 * (绩效指标描述), basis (指标值确定依据) and points (分值).
 */
public record Indicator(
    String name,
    Target target,
    Optional<String> description,
    Optional<String> basis,
    Optional<BigDecimal> points) {

  public Indicator {
    Require.text(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(basis, "basis");
    points = Objects.requireNonNull(points, "points").map(p -> Require.nonNegative(p, "points"));
  }

  /** An indicator with only a name and a target. */
  public static Indicator of(String name, Target target) {
    return new Indicator(name, target, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
