package dev.perf.bench.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.bench.corpus.Corpus;
import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.eval.validate.Validator;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.source.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The validator's diagnostics — codes, messages, hints, spans, related notes and order — on the
 * bench corpus, on examples/*.perf and on the invalid tables of perf-eval, each also mutated line by
 * line (a line dropped, doubled, or its digits turned), must stay exactly those recorded in
 * {@code src/test/resources/validator-equivalence.expected}. That golden was written by the
 * validator before its rules were restructured for speed, so any change of behaviour shows up here.
 * {@code -Dperf.updateGoldens=true} rewrites it.
 */
class ValidatorEquivalenceTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "validator-equivalence.expected");
  private static final Validator VALIDATOR = Validator.standard();
  /** Two neighbouring points of a spending plan ({@code 3月底 25%  6月底 50%}, {@code 03-31 20%，06-30 45%}). */
  private static final String PLAN_POINT = "(?:\\d+月底|\\d\\d-\\d\\d)\\s+[\\d.]+[%％]";
  private static final String PLAN_PAIR = "(" + PLAN_POINT + ")([，,\\s]+)(" + PLAN_POINT + ")";

  @Test
  void diagnosticsAreThoseRecorded() throws IOException {
    StringBuilder out = new StringBuilder();
    int validated = 0;
    for (Input input : inputs()) {
      List<String> variants = new ArrayList<>();
      variants.add(input.text());
      variants.addAll(mutations(input.text()));
      for (int v = 0; v < variants.size(); v++) {
        ParseResult parsed = PerfParser.parse(variants.get(v), input.name());
        if (parsed.hasErrors()) {
          continue;
        }
        validated++;
        List<Diagnostic> found = VALIDATOR.validate(parsed.document(), parsed.sourceMap(), parsed.disabledRules());
        if (!found.isEmpty()) {
          out.append("## ").append(input.name()).append(" #").append(v).append('\n');
          found.forEach(d -> out.append(line(d)).append('\n'));
        }
      }
    }
    assertThat(validated).as("variants that parse").isGreaterThan(1000);
    if (Boolean.getBoolean("perf.updateGoldens")) {
      Files.writeString(GOLDEN, out.toString(), StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertThat(out.toString().lines().toList()).containsExactlyElementsOf(expected.lines().toList());
  }

  /** A diagnostic in one line, its spans with their ends (a span's own text leaves them out). */
  private static String line(Diagnostic d) {
    StringBuilder b = new StringBuilder();
    b.append(d.ruleId()).append(' ').append(d.severity()).append(' ').append(d.span().map(ValidatorEquivalenceTest::span).orElse("-"))
        .append(" | ").append(d.message().zh()).append(" | ").append(d.message().en());
    d.hint().ifPresent(h -> b.append(" | hint ").append(h.zh()).append(" | ").append(h.en()));
    for (Diagnostic.Related r : d.related()) {
      b.append(" | related ").append(span(r.span())).append(' ').append(r.note().zh()).append(" | ").append(r.note().en());
    }
    return b.toString();
  }

  private static String span(SourceSpan s) {
    return s.file() + ":" + s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn();
  }

  private record Input(String name, String text) {}

  private static List<Input> inputs() throws IOException {
    List<Input> out = new ArrayList<>();
    Corpus corpus = Corpus.standard();
    for (int i = 0; i < 40; i++) {
      out.add(new Input("corpus-" + i + ".perf", corpus.projectFile(i)));
    }
    out.add(new Input("corpus-document.perf", corpus.document(12)));
    for (Path dir : List.of(Path.of("..", "examples"), Path.of("..", "perf-eval", "src", "test", "resources", "invalid"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".perf")).sorted().toList()) {
          out.add(new Input(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }
    // the seed's tables and its records in one document, so that records meet their projects
    Path examples = Path.of("..", "examples");
    out.add(new Input("laoting-2025-both.perf", Files.readString(examples.resolve("laoting-2025.perf"), StandardCharsets.UTF_8)
        + "\n" + Files.readString(examples.resolve("laoting-2025-evaluation.perf"), StandardCharsets.UTF_8)));
    return out;
  }

  /**
   * Every line dropped, doubled, with its digits turned (0→7, 1→8 …), with 2025 made 2024, and with
   * its first two plan points swapped, one at a time: faults of every rule (sums, plans, duplicates,
   * missing rows, units, percentages, points, years) at many places.
   * The corpus files get only every third line mutated, to keep the run short.
   */
  private static List<String> mutations(String text) {
    List<String> lines = text.lines().toList();
    int step = lines.size() > 60 ? 3 : 1;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += step) {
      List<String> dropped = new ArrayList<>(lines);
      dropped.remove(i);
      out.add(String.join("\n", dropped));
      List<String> doubled = new ArrayList<>(lines);
      doubled.add(i, lines.get(i));
      out.add(String.join("\n", doubled));
      for (String changedLine : List.of(turnDigits(lines.get(i)), lines.get(i).replace("2025", "2024"),
          lines.get(i).replaceFirst(PLAN_PAIR, "$3$2$1"))) {
        if (!changedLine.equals(lines.get(i))) {
          List<String> changed = new ArrayList<>(lines);
          changed.set(i, changedLine);
          out.add(String.join("\n", changed));
        }
      }
    }
    return out;
  }

  private static String turnDigits(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      b.append(c >= '0' && c <= '9' ? (char) ('0' + (c - '0' + 7) % 10) : c);
    }
    return b.toString();
  }
}
