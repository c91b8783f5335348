package dev.perf.eval.score;

import dev.perf.model.FirstLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The subtotal of one first-level category.
 *
 * @param name the category as written
 * @param level what it resolves to
 * @param points the sum of its indicators' points
 * @param scoreExact the sum of its indicators' exact scores
 * @param indicators its rows, in table order
 */
public record CategoryResult(
    String name, Optional<FirstLevel> level, BigDecimal points, BigDecimal scoreExact, List<IndicatorResult> indicators) {
  /** Rejects nulls and copies the rows. */
  public CategoryResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(scoreExact, "scoreExact");
    indicators = List.copyOf(indicators);
  }

  /** The subtotal as shown. */
  public BigDecimal score() {
    return Arithmetic.display(scoreExact);
  }
}
