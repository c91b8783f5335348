package dev.perf.testkit.value;

import dev.perf.model.quantity.Quantity;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;

/**
 * Equality of targets by meaning: the same form, the same operator and equal quantities after unit
 * conversion ({@code ≥98%} = {@code ≥98.0%} = {@code ≥980‰}; {@code ≤22 万元} = {@code ≤220000 元}).
 * Quantities in units that do not convert are never equal.
 */
public final class TargetMeaning {
  private TargetMeaning() {}

  /** True if {@code a} and {@code b} state the same target. */
  public static boolean same(Target a, Target b) {
    if (a instanceof Comparison x && b instanceof Comparison y) {
      return x.comparator() == y.comparator() && same(x.bound(), y.bound());
    }
    if (a instanceof Exact x && b instanceof Exact y) {
      return same(x.value(), y.value());
    }
    if (a instanceof Range x && b instanceof Range y) {
      return same(x.lowQuantity(), y.lowQuantity()) && same(x.highQuantity(), y.highQuantity());
    }
    if (a instanceof Deadline x && b instanceof Deadline y) {
      return x.date().equals(y.date());
    }
    if (a instanceof Qualitative x && b instanceof Qualitative y) {
      return x.text().strip().equals(y.text().strip());
    }
    return false;
  }

  /** True if the quantities are in convertible units and equal after conversion. */
  public static boolean same(Quantity a, Quantity b) {
    return a.unit().family() == b.unit().family() && a.isComparableWith(b.unit()) && a.compareTo(b) == 0;
  }
}
