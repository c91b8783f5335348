package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.dsl.print.PerfFormatter;
import dev.perf.dsl.print.PerfPrinter;
import dev.perf.dsl.print.PrintOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The printed form of every file in examples/, in Chinese and English, is pinned by golden files. */
class PrintGoldenTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path GOLDEN = Goldens.resources().resolve("golden").resolve("print");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".perf")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void examplesParseWithoutErrors(Path file) throws IOException {
    ParseResult r = PerfParser.parse(file);
    assertThat(r.diagnostics()).as("diagnostics of %s", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void canonicalChinese(Path file) throws IOException {
    ParseResult r = PerfParser.parse(file);
    String printed = PerfPrinter.print(r.document());
    Goldens.assertMatches(GOLDEN.resolve(file.getFileName().toString().replace(".perf", ".zh.perf")), printed);
    assertThat(PerfParser.parse(printed, "printed").document()).isEqualTo(r.document());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void englishAliases(Path file) throws IOException {
    ParseResult r = PerfParser.parse(file);
    String printed = PerfPrinter.print(r.document(), PrintOptions.english());
    Goldens.assertMatches(GOLDEN.resolve(file.getFileName().toString().replace(".perf", ".en.perf")), printed);
    ParseResult back = PerfParser.parse(printed, "printed");
    assertThat(back.diagnostics()).isEmpty();
    assertThat(back.document()).isEqualTo(r.document());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void examplesAreAlreadyFormatted(Path file) throws IOException {
    ParseResult r = PerfParser.parse(file);
    assertThat(PerfFormatter.format(r)).isEqualTo(r.source());
  }
}
