package dev.perf.model.target;

import dev.perf.model.Require;

/** A target in words ({@code 及时完成}, {@code 保持清朗}), judged by a grade. */
public record Qualitative(String text) implements Target {
  public Qualitative {
    Require.text(text, "text");
  }
}
