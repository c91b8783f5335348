package dev.perf.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.eval.validate.Validator;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables that parse but break a rule: each file under {@code invalid/} must produce exactly the
 * rendered validation diagnostics of its {@code .expected} golden ({@code -Dperf.updateGoldens=true}
 * rewrites them).
 */
class ValidationGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "invalid");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".perf")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersExactFindings(Path file) throws IOException {
    String name = file.getFileName().toString();
    ParseResult parsed = PerfParser.parse(Files.readString(file), name);
    assertThat(parsed.diagnostics()).as("the table itself parses").isEmpty();
    List<Diagnostic> findings = Validator.standard().validate(parsed.document(), parsed.sourceMap());
    assertThat(findings).as("a broken table has findings").isNotEmpty();
    StringBuilder out = new StringBuilder();
    for (Language language : List.of(Language.ZH, Language.EN)) {
      DiagnosticRenderer renderer = new DiagnosticRenderer(language);
      findings.forEach(d -> out.append(renderer.render(d, parsed.source())));
      out.append('\n');
    }
    Path golden = DIR.resolve(name.replace(".perf", ".expected"));
    if (Boolean.getBoolean("perf.updateGoldens")) {
      Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(out.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
