package dev.perf.cli.report;

import java.util.List;
import java.util.Objects;

/** One printed sheet: a title, an optional subtitle, and blocks. */
public record Sheet(String title, String subtitle, List<Block> blocks) {
  public Sheet {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    blocks = List.copyOf(blocks);
  }
}
