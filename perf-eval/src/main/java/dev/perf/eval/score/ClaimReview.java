package dev.perf.eval.score;

import java.util.List;
import java.util.Optional;

/**
 * The review of the scores a unit claimed (自评复核, evaluation.md §3): one line per row that states
 * 分值 or 得分, and the total if the record states one.
 *
 * @param lines the execution row and indicator rows with claims, in table order
 * @param total the claimed total beside the computed one
 */
public record ClaimReview(List<ClaimLine> lines, Optional<ClaimLine> total) {
  /** Copies the lines. */
  public ClaimReview {
    lines = List.copyOf(lines);
    java.util.Objects.requireNonNull(total, "total");
  }

  /** A review with nothing claimed. */
  public static ClaimReview none() {
    return new ClaimReview(List.of(), Optional.empty());
  }

  /** True if the record claims anything. */
  public boolean hasClaims() {
    return !lines.isEmpty() || total.isPresent();
  }

  /** Every flagged line, the total last. */
  public List<ClaimLine> flagged() {
    var out = new java.util.ArrayList<ClaimLine>();
    lines.stream().filter(ClaimLine::flagged).forEach(out::add);
    total.filter(ClaimLine::flagged).ifPresent(out::add);
    return List.copyOf(out);
  }

  /** The line for {@code item}. */
  public Optional<ClaimLine> line(String item) {
    return lines.stream().filter(l -> l.item().equals(item)).findFirst();
  }
}
