package dev.perf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}: the output is compared with the stored file,
 * and with {@code -Dperf.updateGoldens=true} the stored file is rewritten instead. The perf version
 * is masked as {@code <version>} so a release does not change every golden.
 */
public final class Goldens {
  private static final Path DIR = Path.of("src/test/resources/golden");

  private Goldens() {}

  /** Asserts that {@code actual} equals the golden file {@code name}. */
  public static void assertMatches(String name, String actual) {
    String masked = actual.replace(Version.current(), "<version>").replace("\r\n", "\n");
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("perf.updateGoldens")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, masked, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("no golden file " + file + "; run with -Dperf.updateGoldens=true to create it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(masked).as("output against golden %s (update with -Dperf.updateGoldens=true)", file).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
