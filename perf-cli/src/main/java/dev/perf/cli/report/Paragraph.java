package dev.perf.cli.report;

import java.util.Objects;

/** A paragraph of text. */
public record Paragraph(String text) implements Block {
  public Paragraph {
    Objects.requireNonNull(text, "text");
  }
}
