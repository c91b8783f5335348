package dev.perf.cli.report;

import java.util.Objects;

/** A heading; level 1 is a sheet's title, 2 a section, 3 a caption. */
public record Heading(int level, String text) implements Block {
  public Heading {
    Objects.requireNonNull(text, "text");
  }
}
