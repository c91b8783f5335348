package dev.perf.eval.score;

import dev.perf.model.diagnostic.Message;
import java.util.Objects;

/**
 * A place where the points written in a table do not add up.
 *
 * @param node the model node to point at: an {@code IndicatorTable}, {@code Category},
 *     {@code SubCategory} or {@code Indicator}
 * @param message what is wrong, with the figures
 */
public record PointsIssue(Object node, Message message) {
  /** Rejects nulls. */
  public PointsIssue {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(message, "message");
  }
}
