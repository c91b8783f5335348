package dev.perf.cli.report;

import java.util.Objects;

/**
 * A chart drawn as inline SVG, with a caption. Text and Markdown show only the caption and the
 * text alternative; HTML embeds the SVG.
 */
public record Chart(String caption, String svg, String alternative) implements Block {
  public Chart {
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(svg, "svg");
    Objects.requireNonNull(alternative, "alternative");
  }
}
