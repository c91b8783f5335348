package dev.perf.testkit.assertion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs a requirement on every element and gathers all failures, so one run reports them all. */
final class EachOf {
  private EachOf() {}

  /** The failure messages of {@code requirement} on each element, each headed by its label. */
  static <T> List<String> failures(List<T> elements, Function<T, String> label, Consumer<T> requirement) {
    List<String> out = new ArrayList<>();
    for (T e : elements) {
      try {
        requirement.accept(e);
      } catch (AssertionError failure) {
        out.add("-- " + label.apply(e) + ":\n" + failure.getMessage());
      }
    }
    return out;
  }
}
