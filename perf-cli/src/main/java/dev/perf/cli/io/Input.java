package dev.perf.cli.io;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One file to process: a path, or the standard input (named {@code -} on the command line).
 *
 * @param name the name used in messages and diagnostics
 * @param path the file; empty for standard input
 */
public record Input(String name, Optional<Path> path) {
  /** The name diagnostics give to standard input. */
  public static final String STDIN_NAME = "<stdin>";

  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }

  /** A file on disk. */
  public static Input of(Path path) {
    return new Input(path.toString(), Optional.of(path));
  }

  /** Standard input. */
  public static Input stdin() {
    return new Input(STDIN_NAME, Optional.empty());
  }

  /** True for standard input. */
  public boolean isStdin() {
    return path.isEmpty();
  }
}
