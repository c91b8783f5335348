package dev.perf.model.target;

/**
 * The target value (指标值) of an indicator: a comparison ({@code ≥30 场}), an exact value
 * ({@code 100%}), an inclusive range ({@code 40%～45%}), a deadline ({@code ≤ 2025-06-30}) or a
 * qualitative target ({@code 及时完成}).
 */
public sealed interface Target permits Comparison, Exact, Range, Deadline, Qualitative {

  /** True for targets measured by a number (comparison, exact, range). */
  default boolean isQuantitative() {
    return this instanceof Comparison || this instanceof Exact || this instanceof Range;
  }
}
