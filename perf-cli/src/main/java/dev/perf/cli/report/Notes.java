package dev.perf.cli.report;

import dev.perf.model.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/** A titled list of findings, each with its severity. */
public record Notes(String title, List<Note> items) implements Block {
  public Notes {
    Objects.requireNonNull(title, "title");
    items = List.copyOf(items);
  }

  /** One finding: its severity, the label to show for it, and the text. */
  public record Note(Severity severity, String label, String text) {
    public Note {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(text, "text");
    }
  }
}
