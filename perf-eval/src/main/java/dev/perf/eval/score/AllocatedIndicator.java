package dev.perf.eval.score;

import dev.perf.model.Category;
import dev.perf.model.FirstLevel;
import dev.perf.model.Indicator;
import dev.perf.model.SubCategory;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator with the points it carries before any not-applicable rescaling.
 *
 * @param category its first-level category
 * @param subCategory its second-level category
 * @param indicator the indicator
 * @param firstLevel what the category resolves to, if anything
 * @param points its points
 */
public record AllocatedIndicator(
    Category category, SubCategory subCategory, Indicator indicator, Optional<FirstLevel> firstLevel, BigDecimal points) {
  /** Rejects nulls. */
  public AllocatedIndicator {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(subCategory, "subCategory");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(firstLevel, "firstLevel");
    Objects.requireNonNull(points, "points");
  }
}
