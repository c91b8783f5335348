package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares output with a golden file; {@code -Dperf.updateGoldens=true} rewrites the goldens. */
final class Goldens {
  private Goldens() {}

  static void assertMatches(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("perf.updateGoldens")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file %s (run with -Dperf.updateGoldens=true to create it)", golden).exists();
    assertThat(actual).as("output differs from %s", golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** The source tree's test resources, so that updated goldens land in git, not in target/. */
  static Path resources() {
    return Path.of("src", "test", "resources");
  }
}
