package dev.perf.model.evaluation;

/** {@code 不适用}: the indicator drops out of scoring and its points are rescaled to the others. */
public record NotApplicable() implements Actual {
  /** The spellings accepted in files. */
  public static final java.util.List<String> SPELLINGS = java.util.List.of("不适用", "na");
}
