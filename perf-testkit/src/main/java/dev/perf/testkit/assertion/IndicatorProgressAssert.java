package dev.perf.testkit.assertion;

import dev.perf.eval.monitor.IndicatorProgress;
import dev.perf.model.monitoring.Possibility;
import dev.perf.testkit.text.Describe;
import dev.perf.testkit.text.ReportRows;
import java.util.Objects;
import java.util.Optional;

/** Assertions about the goal track of one indicator in a monitoring report. */
public final class IndicatorProgressAssert extends AbstractPerfAssert<IndicatorProgressAssert, IndicatorProgress> {
  private final String owner;

  /** Assertions about {@code actual}. */
  public IndicatorProgressAssert(IndicatorProgress actual) {
    this(actual, "the monitoring");
  }

  IndicatorProgressAssert(IndicatorProgress actual, String owner) {
    super(actual, IndicatorProgressAssert.class);
    this.owner = owner;
  }

  /** Fails unless the value to date already meets the target. */
  public IndicatorProgressAssert isMetToDate() {
    isNotNull();
    if (!actual.metToDate()) {
      failWith("Expecting " + what() + " to be met to date but it is not:\n    " + ReportRows.progress(actual));
    }
    return self();
  }

  /** Fails unless the projected full-year value (预计) meets the target. */
  public IndicatorProgressAssert isProjectedToMeet() {
    isNotNull();
    if (!actual.projectionMeets().equals(Optional.of(true))) {
      String why = actual.projectionMeets().isEmpty() ? "it has no comparable projection" : "it is projected to miss";
      failWith("Expecting " + what() + " to be projected to meet its target but " + why + ":\n    "
          + ReportRows.progress(actual));
    }
    return self();
  }

  /** Fails unless the stated possibility (可能性) is {@code possibility}. */
  public IndicatorProgressAssert hasPossibility(Possibility possibility) {
    isNotNull();
    Objects.requireNonNull(possibility, "possibility");
    if (!actual.possibility().equals(Optional.of(possibility))) {
      failWith("Expecting " + what() + " to state 可能性 " + possibility.chinese() + " but it states "
          + actual.possibility().map(Possibility::chinese).orElse("none") + ":\n    " + ReportRows.progress(actual));
    }
    return self();
  }

  private String what() {
    return "the indicator " + Describe.quoted(actual.name()) + " of " + owner;
  }
}
