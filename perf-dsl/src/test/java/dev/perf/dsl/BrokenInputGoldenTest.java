package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of mistakes clerks make: each file under {@code broken/} must produce exactly the
 * diagnostics in its {@code .expected} golden, rendered in Chinese and in English.
 */
class BrokenInputGoldenTest {
  private static final Path DIR = Goldens.resources().resolve("broken");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".perf")).sorted().toList().stream();
    }
  }

  @Test
  void theTableCoversAtLeastThirtyMistakes() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersExactDiagnostics(Path file) throws IOException {
    String name = file.getFileName().toString();
    ParseResult result = PerfParser.parse(Files.readString(file), name);
    assertThat(result.diagnostics()).as("a broken input must produce diagnostics").isNotEmpty();
    StringBuilder out = new StringBuilder();
    for (Language language : List.of(Language.ZH, Language.EN)) {
      DiagnosticRenderer renderer = new DiagnosticRenderer(language);
      for (Diagnostic d : result.diagnostics()) {
        out.append(renderer.render(d, result.source()));
      }
      out.append('\n');
    }
    Goldens.assertMatches(DIR.resolve(name.replace(".perf", ".expected")), out.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyDiagnosticHasAPositionAndAHint(Path file) throws IOException {
    ParseResult result = PerfParser.parse(Files.readString(file), file.getFileName().toString());
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.span()).as("%s has a position", d.ruleId()).isPresent();
      assertThat(d.hint()).as("%s has a hint", d.ruleId()).isPresent();
      assertThat(d.ruleId()).matches("PERF-[EWI]\\d{3}");
    }
  }
}
