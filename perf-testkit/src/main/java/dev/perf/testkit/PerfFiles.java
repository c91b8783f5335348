package dev.perf.testkit;

import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.check.PerfFileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * One-liners over folders of {@code .perf} files, for a team's build:
 * <pre>{@code
 * @Test
 * void everyTableIsValid() {
 *   PerfFiles.assertAllValid(Path.of("src/main/perf"));
 * }
 * }</pre>
 * Files are found recursively and checked in sorted order; see {@link FolderCheck} for the options.
 */
public final class PerfFiles {
  private PerfFiles() {}

  /**
   * Parses and validates every {@code .perf} file under {@code dir}; fails with the rendered
   * diagnostics of all files if any has an error.
   *
   * @throws AssertionError listing every error of every file, or if the folder has no {@code .perf} file
   */
  public static void assertAllValid(Path dir) {
    FolderCheck.of(dir).assertAllValid();
  }

  /**
   * As {@link #assertAllValid(Path)}, failing on diagnostics at or above {@code failAt} and
   * ignoring the rules {@code disabledRules} (such as {@code PERF-W201}).
   */
  public static void assertAllValid(Path dir, Severity failAt, String... disabledRules) {
    FolderCheck.of(dir).failingAt(failAt).ignoring(disabledRules).assertAllValid();
  }

  /** As {@link #assertAllValid(Path, Severity, String...)} with the rules as a collection. */
  public static void assertAllValid(Path dir, Severity failAt, Collection<String> disabledRules) {
    FolderCheck.of(dir).failingAt(failAt).ignoring(disabledRules).assertAllValid();
  }

  /** A configurable check of {@code dir}. */
  public static FolderCheck folder(Path dir) {
    return FolderCheck.of(dir);
  }

  /** The {@code .perf} files under {@code dir}, sorted (hidden folders and {@code target} skipped). */
  public static List<Path> list(Path dir) {
    return PerfFileTree.of(dir).files();
  }

  /**
   * Reads and parses one file.
   *
   * @throws UncheckedIOException if it cannot be read
   */
  public static ParseResult parse(Path file) {
    try {
      return PerfParser.parse(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
