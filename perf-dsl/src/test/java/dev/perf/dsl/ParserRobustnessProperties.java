package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.perf.dsl.print.PerfPrinter;
import dev.perf.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random and mutated input never makes the parser throw or hang: it returns a result, and a result
 * that is not a valid document carries diagnostics with positions inside the text.
 */
class ParserRobustnessProperties {
  private static final String SEED = seed();

  private static String seed() {
    try {
      return Files.readString(Path.of("..", "examples", "laoting-2025.perf"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Characters that matter to the lexer, and some that do not. */
  private static Arbitrary<Character> significant() {
    return Arbitraries.oneOf(
        Arbitraries.of('{', '}', '"', '“', '”', ':', '：', '≥', '≤', '%', '～', '[', ']', ',', '#', '\n', ' ', '\\', '-', '.',
            '》', '=', '>', '<', '（', '）', '９', '。', '\''),
        Arbitraries.chars().range('0', '9'),
        Arbitraries.chars().range('\u4e00', '\u4e20'),
        Arbitraries.of("项目部门指标预算年度分值自评监控截至达成".toCharArray()).map(c -> c));
  }

  @Provide
  Arbitrary<String> randomInput() {
    return significant().list().ofMaxSize(200).map(cs -> {
      StringBuilder b = new StringBuilder();
      cs.forEach(b::append);
      return b.toString();
    });
  }

  /** The seed example with a few characters deleted, inserted or replaced. */
  @Provide
  Arbitrary<String> mutatedSeed() {
    Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, SEED.length() - 1))
        .as((kind, at) -> new int[] {kind, at});
    return Combinators.combine(edit.list().ofMinSize(1).ofMaxSize(4), significant().list().ofSize(4)).as((edits, chars) -> {
      StringBuilder b = new StringBuilder(SEED);
      for (int i = 0; i < edits.size(); i++) {
        int at = Math.min(edits.get(i)[1], b.length() - 1);
        switch (edits.get(i)[0]) {
          case 0 -> b.deleteCharAt(at);
          case 1 -> b.insert(at, chars.get(i));
          default -> b.setCharAt(at, chars.get(i));
        }
      }
      return b.toString();
    });
  }

  @Property(tries = 500)
  void randomInputNeverThrows(@ForAll("randomInput") String input) {
    check(input);
  }

  @Property(tries = 500)
  void mutatedTablesNeverThrow(@ForAll("mutatedSeed") String input) {
    check(input);
  }

  private static void check(String input) {
    ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PerfParser.parse(input, "fuzz.perf"));
    List<String> lines = input.lines().toList();
    for (Diagnostic d : r.diagnostics()) {
      assertThat(d.span()).isPresent();
      assertThat(d.span().get().line()).isBetween(1, Math.max(1, lines.size() + 1));
    }
    if (r.hasErrors()) {
      Statistics.label("outcome").collect("diagnosed");
    } else {
      Statistics.label("outcome").collect("valid");
      // Whatever the parser accepts, it can print and read back unchanged.
      String printed = PerfPrinter.print(r.document());
      assertThat(PerfParser.parse(printed, "again").document()).isEqualTo(r.document());
    }
  }
}
