package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.dsl.print.PerfFormatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Comments survive {@code perf fmt}: wherever comments are put into a real table — on their own
 * lines or at the ends of lines — formatting keeps every one of them exactly once, keeps the meaning,
 * and is idempotent.
 */
class FormatterProperties {
  private static final List<String> LINES = seedLines();

  private static List<String> seedLines() {
    try {
      return Files.readAllLines(Path.of("..", "examples", "laoting-2025-evaluation.perf"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example with comments {@code # c0}, {@code # c1} … added at random places. */
  @Provide
  Arbitrary<String> commented() {
    Arbitrary<int[]> place = Combinators.combine(Arbitraries.integers().between(0, LINES.size() - 1), Arbitraries.integers().between(0, 1))
        .as((line, ownLine) -> new int[] {line, ownLine});
    return place.list().ofMinSize(1).ofMaxSize(12).map(places -> {
      List<String> lines = new ArrayList<>(LINES);
      int n = 0;
      for (int[] p : places) {
        int at = Math.min(p[0], lines.size() - 1);
        String comment = "# c" + n++;
        if (p[1] == 1 || lines.get(at).isBlank() || lines.get(at).contains("\"\"\"")) {
          lines.add(at, comment);
        } else if (!lines.get(at).contains("#")) {
          lines.set(at, lines.get(at) + "  " + comment);
        } else {
          lines.add(at, comment);
        }
      }
      return String.join("\n", lines) + "\n";
    });
  }

  @Property(tries = 200)
  void everyCommentSurvivesFormatting(@ForAll("commented") String source) {
    ParseResult parsed = PerfParser.parse(source, "t.perf");
    assertThat(parsed.hasErrors()).as("%s", parsed.diagnostics()).isFalse();
    String formatted = PerfFormatter.format(parsed);
    for (Comment c : parsed.comments()) {
      assertThat(formatted.split(java.util.regex.Pattern.quote(c.text()) + "(?![0-9])", -1))
          .as("comment %s appears exactly once in:%n%s", c.text(), formatted).hasSize(2);
    }
    ParseResult again = PerfParser.parse(formatted, "t.perf");
    assertThat(again.document()).isEqualTo(parsed.document());
    assertThat(PerfFormatter.format(again)).isEqualTo(formatted);
  }
}
